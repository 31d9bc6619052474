import { graphql } from '../api/graphql';

export const MEETING = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      id
      title
      startsAt
      endsAt
      status
      place
      onlineUrl
      cancellationReason
      seriesId
      network { id name members { role staffMember { id displayName } } }
      agenda { id position title type startsAt endsAt durationMinutes fixedTime talkId presenter { id displayName } }
      invitations { rsvp present respondedAt staffMember { id displayName department { name } } }
      talks { id topic startsAt endsAt status held speaker { id name organisation } }
      minutes { id version status body decisions changeNote circulatedAt approvedAt updatedAt author { displayName } approvedBy { displayName } findings { id kind field start end preview acknowledged reason } }
      minutesHistory { id version status body decisions changeNote createdAt approvedAt author { displayName } approvedBy { displayName } }
      actionItems { id text status dueOn completedAt owner { id displayName } }
      followUps { id text status dueOn meetingId owner { id displayName } }
      knowledgeTakeBack { id text createdAt staffMember { displayName } department { name } }
    }
    me { roles staffMember { id } }
  }
`);

export const RESPOND = graphql(`
  mutation Respond($input: RespondToInvitationInput!) {
    respondToInvitation(input: $input) { rsvp respondedAt }
  }
`);

export const RESCHEDULE = graphql(`
  mutation Reschedule($input: RescheduleMeetingInput!) {
    rescheduleMeeting(input: $input) { id startsAt endsAt }
  }
`);

export const CANCEL_MEETING = graphql(`
  mutation CancelMeeting($id: ID!, $reason: String) {
    cancelMeeting(id: $id, reason: $reason) { id status }
  }
`);

export const SET_AGENDA = graphql(`
  mutation SetAgenda($input: SetAgendaInput!) {
    setAgenda(input: $input) { id }
  }
`);

export const PUBLISH_AGENDA = graphql(`
  mutation PublishAgenda($meetingId: ID!) {
    publishAgenda(meetingId: $meetingId) { id status }
  }
`);

export const RECORD_ATTENDANCE = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) { id status }
  }
`);

export const SAVE_MINUTES = graphql(`
  mutation SaveMinutes($input: SaveMinutesInput!) {
    saveMinutes(input: $input) { id version status findings { id acknowledged } }
  }
`);

export const ACKNOWLEDGE_MINUTES_FINDING = graphql(`
  mutation AcknowledgeMinutesFinding($input: AcknowledgeMinutesFindingInput!) {
    acknowledgeMinutesFinding(input: $input) { id }
  }
`);

export const CIRCULATE_MINUTES = graphql(`
  mutation CirculateMinutes($meetingId: ID!) {
    circulateMinutes(meetingId: $meetingId) { id status }
  }
`);

export const APPROVE_MINUTES = graphql(`
  mutation ApproveMinutes($meetingId: ID!) {
    approveMinutes(meetingId: $meetingId) { id status }
  }
`);

export const ADD_ACTION_ITEM = graphql(`
  mutation AddActionItem($input: AddActionItemInput!) {
    addActionItem(input: $input) { id }
  }
`);

export const COMPLETE_ACTION_ITEM = graphql(`
  mutation CompleteActionItem($id: ID!) {
    completeActionItem(id: $id) { id status }
  }
`);

export const TAKE_BACK = graphql(`
  mutation TakeBack($input: RecordKnowledgeTakeBackInput!) {
    recordKnowledgeTakeBack(input: $input) { id }
  }
`);

export const SPEAKERS_FOR_INVITE = graphql(`
  query SpeakersForInvite {
    speakers { id name organisation topics kind }
  }
`);

export const INVITE_SPEAKER = graphql(`
  mutation InviteSpeaker($input: InviteSpeakerInput!) {
    inviteSpeaker(input: $input) { id status }
  }
`);

export const CANCEL_TALK = graphql(`
  mutation CancelTalk($id: ID!) {
    cancelTalk(id: $id) { id status }
  }
`);

export const RATE_TALK = graphql(`
  mutation RateTalk($input: RateTalkInput!) {
    rateTalk(input: $input)
  }
`);
