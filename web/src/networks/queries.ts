import { graphql } from '../api/graphql';

export const MY_NETWORKS = graphql(`
  query MyNetworks {
    networks {
      id
      name
      kind
      purpose
      upcomingMeetings(limit: 3) { id title startsAt endsAt status place }
    }
  }
`);

export const NETWORK = graphql(`
  query Network($id: ID!) {
    network(id: $id) {
      id
      name
      purpose
      cadence
      members {
        id
        role
        joinedOn
        staffMember { id displayName email department { id name discipline } }
      }
      upcomingMeetings(limit: 12) { id title startsAt endsAt status place }
    }
    me { roles staffMember { id } }
  }
`);

export const SCHEDULE_MEETING = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) { id }
  }
`);

export const SCHEDULE_SERIES = graphql(`
  mutation ScheduleSeries($input: ScheduleMeetingSeriesInput!) {
    scheduleMeetingSeries(input: $input) { id meetings { id startsAt } }
  }
`);
