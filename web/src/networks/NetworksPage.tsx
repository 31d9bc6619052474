import { useQuery } from '../api/hooks';
import { Link, usePageTitle } from '../app/router';
import { ErrorSummary, Loading } from '../ui/Alerts';
import { formatDateTime, MEETING_STATUS } from '../ui/format';
import { MY_NETWORKS } from './queries';

/** Start page: the person's networks, and their next meetings across all of them. */
export function NetworksPage() {
  usePageTitle('Mine netværk');
  const { data, problems, loading } = useQuery(MY_NETWORKS, {});
  const upcoming = (data?.networks ?? [])
    .flatMap((network) => network.upcomingMeetings.map((meeting) => ({ ...meeting, network: network.name })))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <>
      <h1>Mine netværk</h1>
      {loading && !data && <Loading />}
      {problems && <ErrorSummary problems={problems} />}
      {data && (
        <>
          <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">Mine kommende møder</h2>
            {upcoming.length === 0 ? (
              <p>Der er ingen planlagte møder i dine netværk.</p>
            ) : (
              <ul className="nobullet-list meeting-list">
                {upcoming.map((meeting) => (
                  <li key={meeting.id}>
                    <Link href={`/moede/${meeting.id}`}>{meeting.title}</Link>
                    <br />
                    <span>
                      {meeting.network} · {formatDateTime(meeting.startsAt)}
                      {meeting.place ? ` · ${meeting.place}` : ''} · {MEETING_STATUS[meeting.status]}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="networks-heading">
            <h2 id="networks-heading">Netværk</h2>
            {data.networks.length === 0 ? (
              <p>Du er ikke medlem af et netværk endnu.</p>
            ) : (
              <ul className="nobullet-list">
                {data.networks.map((network) => (
                  <li key={network.id}>
                    <h3 className="h4">
                      <Link href={network.kind === 'COUNSELLOR_TEAM' || network.kind === 'SPECIALIST_TEAM' ? `/team/${network.id}` : `/netvaerk/${network.id}`}>{network.name}</Link>
                    </h3>
                    <p>{network.purpose}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
