import { useQuery } from '../api/hooks';
import type { ResultOf } from '../api/graphql';
import { Link, usePageTitle } from '../app/router';
import { ErrorSummary, Loading } from '../ui/Alerts';
import { DISCIPLINES, formatDateTime, MEETING_STATUS, MEMBERSHIP_ROLES } from '../ui/format';
import { NETWORK } from './queries';
import { ScheduleForm } from './ScheduleForm';
import { CasesSection } from '../cases/CasesSection';

type Member = ResultOf<typeof NETWORK>['network']['members'][number];

/** Members by discipline, then department: who from where sits at the table. */
function byDisciplineAndDepartment(members: Member[]) {
  const groups = new Map<string, Map<string, Member[]>>();
  for (const member of members) {
    const discipline = DISCIPLINES[member.staffMember.department.discipline] ?? member.staffMember.department.discipline;
    const departments = groups.get(discipline) ?? new Map<string, Member[]>();
    departments.set(member.staffMember.department.name, [...(departments.get(member.staffMember.department.name) ?? []), member]);
    groups.set(discipline, departments);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'da'));
}

export function NetworkPage({ id }: { id: string }) {
  const { data, problems, loading, reload } = useQuery(NETWORK, { id });
  usePageTitle(data?.network.name ?? (problems ? 'Netværk' : undefined));
  if (loading && !data) return <Loading />;
  if (!data) return (<><h1>Netværk</h1><ErrorSummary problems={problems ?? []} /></>);
  const { network, me } = data;
  const coordinates = network.members.some((m) => m.role === 'COORDINATOR' && m.staffMember.id === me.staffMember.id) || me.roles.includes('MUNICIPALITY_ADMIN');
  return (
    <>
      <h1>{network.name}</h1>
      <p className="font-lead">{network.purpose}</p>
      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">Kommende møder</h2>
        {network.upcomingMeetings.length === 0 ? (
          <p>Der er ingen planlagte møder.</p>
        ) : (
          <table className="table table--zebra">
            <caption className="sr-only">Kommende møder i {network.name}</caption>
            <thead>
              <tr>
                <th scope="col">Møde</th>
                <th scope="col">Tidspunkt</th>
                <th scope="col">Sted</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {network.upcomingMeetings.map((meeting) => (
                <tr key={meeting.id}>
                  <td>
                    <Link href={`/moede/${meeting.id}`}>{meeting.title}</Link>
                  </td>
                  <td>{formatDateTime(meeting.startsAt)}</td>
                  <td>{meeting.place ?? ''}</td>
                  <td>{MEETING_STATUS[meeting.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <CasesSection networkId={network.id} />
      {coordinates && <ScheduleForm networkId={network.id} cadence={network.cadence} onScheduled={reload} />}
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">Medlemmer ({network.members.length})</h2>
        {byDisciplineAndDepartment(network.members).map(([discipline, departments]) => (
          <section key={discipline} aria-label={discipline}>
            <h3>{discipline}</h3>
            {[...departments.entries()].map(([department, members]) => (
              <div key={department}>
                <h4 className="h5">{department}</h4>
                <ul>
                  {members.map((member) => (
                    <li key={member.id}>
                      {member.staffMember.displayName}
                      {member.role !== 'MEMBER' && ` (${MEMBERSHIP_ROLES[member.role].toLowerCase()})`} – <a href={`mailto:${member.staffMember.email}`}>{member.staffMember.email}</a>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))}
      </section>
    </>
  );
}
