import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { useAction, useQuery } from '../api/hooks';
import { fieldError } from '../api/messages';
import { Link, usePageTitle } from '../app/router';
import { ErrorSummary, Loading, Notice } from '../ui/Alerts';
import { CheckboxGroup, SelectField } from '../ui/Choices';
import { Field } from '../ui/Field';
import { CASELOAD_AGES, COUNSELLOR_ROLES, danishDate, ESCALATION_REASONS, ESCALATION_STATUS, ESCALATION_TARGETS, formatDate, formatDateTime, RISK_LEVELS, TARGET_GROUPS } from '../ui/format';
import { COUNSELLING_CASE, REFER, RISK } from './queries';

type Reason = 'RISK' | 'VIOLENCE' | 'ACUTE' | 'OTHER';
type Target = 'SPECIALIST_TEAM' | 'SAFETY_CONSULTANT';
type Level = 'LOW' | 'MODERATE' | 'HIGH';

/** One case of the team: refer it to the specialist team and follow the answer; a PATRIARK assessment for the certified. */
export function CounsellingCasePage({ teamId, id }: { teamId: string; id: string }) {
  const { data, problems, loading, reload } = useQuery(COUNSELLING_CASE, { id, teamId });
  usePageTitle(data ? `Sag ${data.counsellingCase.reference}` : problems ? 'Sag' : undefined);
  const [target, setTarget] = useState<Target>('SPECIALIST_TEAM');
  const [targetTeam, setTargetTeam] = useState('');
  const [reasons, setReasons] = useState<Reason[]>([]);
  const [level, setLevel] = useState<Level | ''>('');
  const [assessedOn, setAssessedOn] = useState(danishDate());
  const [nextReview, setNextReview] = useState(danishDate(91));
  const [notice, setNotice] = useState<string>();
  const refer = useAction();
  const assess = useAction();
  if (loading && !data) return <Loading />;
  if (!data) return (<><h1>Sag</h1><ErrorSummary problems={problems ?? []} /></>);
  const kase = data.counsellingCase;
  const mine = data.teamCompetences.find((m) => m.staffMember.id === data.me.staffMember.id);
  const certified = mine?.patriarkStatus === 'VALID' || mine?.patriarkStatus === 'EXPIRING_SOON';
  const teams = new Map(data.specialistTeams.map((t) => [t.id, t.name]));

  async function submitReferral(event: FormEvent) {
    event.preventDefault();
    const input = { caseId: kase.id, target, reasons, targetTeamId: target === 'SPECIALIST_TEAM' ? targetTeam || null : null };
    if (await refer.run(() => request(REFER, { input }))) {
      await reload();
      setNotice('Sagen er henvist. Svaret vises her, når det kommer.');
    }
  }
  async function submitAssessment(event: FormEvent) {
    event.preventDefault();
    if (!level) return;
    if (await assess.run(() => request(RISK, { input: { caseId: kase.id, level, assessedOn, nextReviewOn: nextReview } }))) {
      await reload();
      setNotice('Risikovurderingen er registreret.');
    }
  }

  return (
    <>
      <p>
        <Link href={`/team/${teamId}`}>Tilbage til teamet</Link>
      </p>
      <h1>Sag {kase.reference}</h1>
      <dl className="meeting-facts">
        <dt>Rådgiver</dt>
        <dd>{kase.counsellor.displayName}</dd>
        <dt>Rolle</dt>
        <dd>{COUNSELLOR_ROLES[kase.counsellorRole]}</dd>
        <dt>Målgruppe</dt>
        <dd>{TARGET_GROUPS[kase.targetGroup]}</dd>
        <dt>Alder</dt>
        <dd>{CASELOAD_AGES[kase.ageBand]}</dd>
        <dt>Åbnet</dt>
        <dd>{formatDate(kase.openedOn)}</dd>
        <dt>Status</dt>
        <dd>{kase.status === 'OPEN' ? 'Åben' : 'Lukket'}</dd>
      </dl>
      <Notice>{notice}</Notice>
      <section aria-labelledby="referrals-heading">
        <h2 id="referrals-heading">Henvisninger</h2>
        {kase.escalations.length === 0 && <p>Sagen er ikke henvist.</p>}
        <ul className="nobullet-list exchange-list">
          {kase.escalations.map((escalation) => (
            <li key={escalation.id}>
              <p>
                <strong>{escalation.targetTeamId ? (teams.get(escalation.targetTeamId) ?? ESCALATION_TARGETS[escalation.target]) : ESCALATION_TARGETS[escalation.target]}</strong> · {formatDateTime(escalation.createdAt)} ·{' '}
                <span className="escalation-status">{ESCALATION_STATUS[escalation.status]}</span>
              </p>
              <p>Årsag: {escalation.reasons.map((r) => ESCALATION_REASONS[r]).join(', ')}</p>
              {escalation.response && <p>Svar: {escalation.response}</p>}
            </li>
          ))}
        </ul>
        {kase.status === 'OPEN' && (
          <form onSubmit={(e) => void submitReferral(e)} aria-label="Henvis sagen">
            <ErrorSummary problems={refer.problems} title="Sagen blev ikke henvist" />
            <SelectField label="Henvis til" options={Object.entries(ESCALATION_TARGETS) as [Target, string][]} value={target} onChange={setTarget} />
            {target === 'SPECIALIST_TEAM' && <SelectField label="Hvilket specialteam?" options={data.specialistTeams.map((t) => [t.id, t.name] as [string, string])} value={targetTeam} onChange={setTargetTeam} empty="Vælg specialteam" error={fieldError(refer.problems, 'targetTeamId')} />}
            <CheckboxGroup idPrefix="reason" legend="Hvorfor?" options={Object.entries(ESCALATION_REASONS) as [Reason, string][]} value={reasons} onChange={setReasons} error={fieldError(refer.problems, 'reasons')} />
            <button type="submit" className="button button-primary" disabled={refer.pending || reasons.length === 0 || (target === 'SPECIALIST_TEAM' && !targetTeam)}>
              Henvis sagen
            </button>
          </form>
        )}
      </section>
      <section aria-labelledby="risk-heading">
        <h2 id="risk-heading">PATRIARK-risikovurdering</h2>
        {kase.riskAssessments.length === 0 ? (
          <p>Der er ingen risikovurdering.</p>
        ) : (
          <ul>
            {kase.riskAssessments.map((r) => (
              <li key={r.id}>
                {formatDate(r.assessedOn)}: {RISK_LEVELS[r.level].toLowerCase()} risiko, næste vurdering senest {formatDate(r.nextReviewOn)}
              </li>
            ))}
          </ul>
        )}
        {!certified && <p>Kun medarbejdere med en gyldig PATRIARK-certificering kan registrere en risikovurdering.</p>}
        {certified && kase.status === 'OPEN' && (
          <form onSubmit={(e) => void submitAssessment(e)} aria-label="Registrér risikovurdering">
            <ErrorSummary problems={assess.problems} title="Vurderingen blev ikke registreret" />
            <SelectField label="Risikoniveau" options={Object.entries(RISK_LEVELS) as [Level, string][]} value={level} onChange={setLevel} empty="Vælg" />
            <Field label="Vurderet den" error={fieldError(assess.problems, 'assessedOn')}>
              <input className="form-input input-width-s" type="date" value={assessedOn} onChange={(e) => setAssessedOn(e.target.value)} />
            </Field>
            <Field label="Næste vurdering senest" error={fieldError(assess.problems, 'nextReviewOn')}>
              <input className="form-input input-width-s" type="date" value={nextReview} onChange={(e) => setNextReview(e.target.value)} />
            </Field>
            <button type="submit" className="button button-primary" disabled={assess.pending || !level}>
              Registrér vurderingen
            </button>
          </form>
        )}
      </section>
    </>
  );
}
