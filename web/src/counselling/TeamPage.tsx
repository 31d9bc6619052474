import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { useAction, useQuery } from '../api/hooks';
import { Link, usePageTitle } from '../app/router';
import { ErrorSummary, Loading, Notice } from '../ui/Alerts';
import { CASELOAD_AGES, CASELOAD_OUTCOMES, CERTIFICATION, COUNSELLOR_ROLES, formatDate, INQUIRY_CHANNELS, INQUIRY_SOURCES, INQUIRY_SUBJECTS, TARGET_GROUPS } from '../ui/format';
import { SelectField } from '../ui/Choices';
import { LOG_INQUIRY, TEAM } from './queries';
import { StatisticsSection } from './StatisticsSection';
import { ReferralsToTeam, UpskillingSection } from './TeamSections';

type Source = 'COLLEAGUE' | 'CITIZEN' | 'EXTERNAL_ACTOR';
type Subject = 'CONCRETE_CASE' | 'GENERAL_KNOWLEDGE';
type Channel = 'PHONE' | 'EMAIL' | 'IN_PERSON' | 'MEETING' | 'OTHER';

/** A counsellor team's own page: log an inquiry in three choices, the caseload, competences; statistics for anyone. */
export function TeamPage({ id }: { id: string }) {
  const team = useQuery(TEAM, { teamId: id });
  usePageTitle(team.data?.network.name ?? (team.problems ? 'Team' : undefined));
  if (team.loading && !team.data) return <Loading />;
  if (!team.data) {
    // Outside the team (a steering group): only the statistics, with small cells suppressed.
    return (
      <>
        <h1>Teamets statistik</h1>
        <StatisticsSection teamId={id} />
      </>
    );
  }
  const { network, inquiries, caseload, teamCompetences, departments } = team.data;
  return (
    <>
      <h1>{network.name}</h1>
      {network.kind === 'SPECIALIST_TEAM' && <ReferralsToTeam teamId={id} />}
      <InquiryForm teamId={id} departments={departments} onLogged={team.reload} />
      <section aria-labelledby="inquiries-heading">
        <h2 id="inquiries-heading">Seneste henvendelser</h2>
        {inquiries.nodes.length === 0 ? (
          <p>Ingen henvendelser endnu.</p>
        ) : (
          <ul>
            {inquiries.nodes.map((inquiry) => (
              <li key={inquiry.id}>
                {formatDate(inquiry.receivedOn)}: {INQUIRY_SOURCES[inquiry.source]}, {INQUIRY_SUBJECTS[inquiry.subject].toLowerCase()}, {INQUIRY_CHANNELS[inquiry.channel].toLowerCase()} – {inquiry.receivedBy.displayName}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="caseload-heading">
        <h2 id="caseload-heading">Sager ({caseload.nodes.length})</h2>
        <table className="table table--zebra">
          <caption className="sr-only">Teamets sager</caption>
          <thead>
            <tr>
              <th scope="col">Sag</th>
              <th scope="col">Rådgiver</th>
              <th scope="col">Rolle</th>
              <th scope="col">Målgruppe</th>
              <th scope="col">Alder</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {caseload.nodes.map((kase) => (
              <tr key={kase.id}>
                <td>
                  <Link href={`/team/${id}/sag/${kase.id}`}>{kase.reference}</Link>
                  <br />
                  {formatDate(kase.openedOn)}
                </td>
                <td>{kase.counsellor.displayName}</td>
                <td>{COUNSELLOR_ROLES[kase.counsellorRole]}</td>
                <td>{TARGET_GROUPS[kase.targetGroup]}</td>
                <td>{CASELOAD_AGES[kase.ageBand]}</td>
                <td>{kase.status === 'OPEN' ? 'Åben' : `Lukket${kase.outcome ? `: ${CASELOAD_OUTCOMES[kase.outcome].toLowerCase()}` : ''}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="competences-heading">
        <h2 id="competences-heading">Kompetencer</h2>
        <table className="table table--zebra">
          <caption className="sr-only">Teamets kompetencer og certificeringer</caption>
          <thead>
            <tr>
              <th scope="col">Medlem</th>
              <th scope="col">PATRIARK-certificering</th>
              <th scope="col">Diplommodul</th>
              <th scope="col">Seneste supervision</th>
            </tr>
          </thead>
          <tbody>
            {teamCompetences.map((member) => (
              <tr key={member.staffMember.id}>
                <td>{member.staffMember.displayName}</td>
                <td>
                  <span className={`certification certification-${member.patriarkStatus.toLowerCase()}`}>{CERTIFICATION[member.patriarkStatus]}</span>
                  {member.patriarkValidUntil && ` (til ${formatDate(member.patriarkValidUntil)})`}
                </td>
                <td>{member.hasDiplomaModule ? 'Ja' : 'Nej'}</td>
                <td>{member.lastSupervisionOn ? formatDate(member.lastSupervisionOn) : 'Ingen'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <UpskillingSection departments={departments} />
      <StatisticsSection teamId={id} />
    </>
  );
}

function InquiryForm({ teamId, departments, onLogged }: { teamId: string; departments: { id: string; name: string }[]; onLogged: () => Promise<void> }) {
  const [source, setSource] = useState<Source>('COLLEAGUE');
  const [subject, setSubject] = useState<Subject>('CONCRETE_CASE');
  const [channel, setChannel] = useState<Channel>('PHONE');
  const [department, setDepartment] = useState('');
  const [notice, setNotice] = useState<string>();
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { teamId, source, subject, channel, askerDepartmentId: source === 'COLLEAGUE' && department ? department : null };
    if (await action.run(() => request(LOG_INQUIRY, { input }))) {
      await onLogged();
      setNotice('Henvendelsen er registreret.');
    }
  }

  return (
    <section aria-labelledby="inquiry-heading">
      <h2 id="inquiry-heading">Registrér en henvendelse</h2>
      <form onSubmit={(e) => void submit(e)} aria-label="Registrér henvendelse">
        <ErrorSummary problems={action.problems} title="Henvendelsen blev ikke registreret" />
        <fieldset>
          <legend className="form-label">Hvem henvendte sig?</legend>
          <ul className="nobullet-list">
            {(Object.keys(INQUIRY_SOURCES) as Source[]).map((value) => (
            <li key={value}>
              <input className="form-radio" type="radio" id={`source-${value}`} name="source" checked={source === value} onChange={() => setSource(value)} />
              <label htmlFor={`source-${value}`}>{INQUIRY_SOURCES[value]}</label>
            </li>
          ))}
          </ul>
        </fieldset>
        <fieldset>
          <legend className="form-label">Om hvad?</legend>
          <ul className="nobullet-list">
            {(Object.keys(INQUIRY_SUBJECTS) as Subject[]).map((value) => (
            <li key={value}>
              <input className="form-radio" type="radio" id={`subject-${value}`} name="subject" checked={subject === value} onChange={() => setSubject(value)} />
              <label htmlFor={`subject-${value}`}>{INQUIRY_SUBJECTS[value]}</label>
            </li>
          ))}
          </ul>
        </fieldset>
        <SelectField label="Hvordan?" options={Object.entries(INQUIRY_CHANNELS) as [Channel, string][]} value={channel} onChange={setChannel} />
        {source === 'COLLEAGUE' && <SelectField label="Kollegaens afdeling" hint="Valgfrit" options={departments.map((d) => [d.id, d.name] as [string, string])} value={department} onChange={setDepartment} empty="Ikke angivet" />}
        <button type="submit" className="button button-primary" disabled={action.pending}>
          Registrér henvendelsen
        </button>
      </form>
      <Notice>{notice}</Notice>
    </section>
  );
}
