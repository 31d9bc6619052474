import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { useAction, useQuery } from '../api/hooks';
import { fieldError } from '../api/messages';
import { navigate, usePageTitle } from '../app/router';
import { ErrorSummary, Loading } from '../ui/Alerts';
import { CheckboxGroup } from '../ui/Choices';
import { Field } from '../ui/Field';
import { AFFECTED, AGE_BANDS, CONCERNS, formatDateTime } from '../ui/format';
import { GuardedText, GuardState } from './GuardedText';
import { CASES, CREATE_CASE } from './queries';

type AgeBand = 'AGE_0_5' | 'AGE_6_12' | 'AGE_13_17' | 'AGE_18_24' | 'AGE_25_29' | 'AGE_30_49' | 'AGE_50_PLUS';
type Concern = 'CONTROL_OF_RELATIONSHIPS_AND_MARRIAGE' | 'DIGITAL_CONTROL' | 'ECONOMIC_CONTROL' | 'OTHER' | 'RESTRICTED_FREEDOM_OF_MOVEMENT' | 'RISK_OF_BEING_TAKEN_ABROAD' | 'THREATS_OR_VIOLENCE';
type Affected = 'THE_PERSON' | 'CHILDREN_IN_HOUSEHOLD';
const CLEAN: GuardState = { findings: 0, quasiIdentifiers: false, checked: true };

/** Bring a concrete case to the network without exposing anyone: the guard checks every text as it is written. */
export function NewCasePage({ networkId }: { networkId: string }) {
  usePageTitle('Ny sag til sparring');
  const network = useQuery(CASES, { networkId });
  const [ageBand, setAgeBand] = useState<AgeBand | ''>('');
  const [affected, setAffected] = useState<Affected[]>(['THE_PERSON']);
  const [concerns, setConcerns] = useState<Concern[]>([]);
  const [meetingId, setMeetingId] = useState('');
  const [narrative, setNarrative] = useState('');
  const [question, setQuestion] = useState('');
  const [actionsTaken, setActionsTaken] = useState('');
  const [guards, setGuards] = useState<Record<string, GuardState>>({ narrative: CLEAN, question: CLEAN, actionsTaken: CLEAN });
  const [acknowledged, setAcknowledged] = useState(false);
  const [missing, setMissing] = useState<string[]>([]);
  const action = useAction();
  const guard = (field: string) => (state: GuardState) => setGuards((all) => ({ ...all, [field]: state }));
  const findings = Object.values(guards).reduce((n, g) => n + g.findings, 0);
  const checking = Object.values(guards).some((g) => !g.checked);
  const quasi = Object.values(guards).some((g) => g.quasiIdentifiers);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const absent = [!ageBand && 'ageBand', concerns.length === 0 && 'concernCategories', affected.length === 0 && 'affected', !narrative.trim() && 'narrative', !question.trim() && 'question'].filter(Boolean) as string[];
    setMissing(absent);
    if (absent.length || findings > 0 || checking || (quasi && !acknowledged)) return;
    const input = { networkId, meetingId: meetingId || null, ageBand: ageBand as AgeBand, affected, concernCategories: concerns, narrative, question, actionsTaken, acknowledgeQuasiIdentifiers: acknowledged };
    const result = await action.run(() => request(CREATE_CASE, { input }));
    if (result) navigate(`/sag/${result.createCaseDiscussion.id}`);
  }

  if (network.loading && !network.data) return <Loading />;
  return (
    <>
      <h1>Ny sag til sparring</h1>
      <p className="font-lead">
        Beskriv sagen, så ingen kan genkende den: ingen navne, cpr-numre, adresser, telefonnumre, e-mailadresser eller fødselsdatoer. Teksten tjekkes, mens du skriver, og
        sagen kan først gemmes, når den er anonym.
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Ny sag">
        <ErrorSummary problems={action.problems} title="Sagen blev ikke gemt" />
        <Field label="Aldersgruppe" error={missing.includes('ageBand') ? 'Vælg en aldersgruppe.' : fieldError(action.problems, 'ageBand')}>
          <select className="form-select" value={ageBand} onChange={(e) => setAgeBand(e.target.value as AgeBand)}>
            <option value="">Vælg</option>
            {Object.entries(AGE_BANDS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <CheckboxGroup idPrefix="affected" legend="Hvem er berørt?" options={Object.entries(AFFECTED) as [Affected, string][]} value={affected} onChange={setAffected} error={missing.includes('affected') ? 'Vælg mindst én.' : fieldError(action.problems, 'affected')} />
        <CheckboxGroup idPrefix="concern" legend="Hvad drejer bekymringen sig om?" options={Object.entries(CONCERNS) as [Concern, string][]} value={concerns} onChange={setConcerns} error={missing.includes('concernCategories') ? 'Vælg mindst én.' : fieldError(action.problems, 'concernCategories')} />
        <Field label="Til hvilket møde?" hint="Valgfrit">
          <select className="form-select" value={meetingId} onChange={(e) => setMeetingId(e.target.value)}>
            <option value="">Intet bestemt møde</option>
            {(network.data?.network.upcomingMeetings ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.title}, {formatDateTime(m.startsAt)}
              </option>
            ))}
          </select>
        </Field>
        <GuardedText label="Sagsfremstilling" hint={missing.includes('narrative') ? 'Skriv sagsfremstillingen.' : 'Hvad er situationen? Skriv om personen uden at kunne genkendes.'} value={narrative} onChange={setNarrative} onGuard={guard('narrative')} rows={8} />
        <GuardedText label="Spørgsmål til netværket" hint={missing.includes('question') ? 'Skriv dit spørgsmål.' : 'Hvad vil du gerne have sparring på?'} value={question} onChange={setQuestion} onGuard={guard('question')} rows={3} />
        <GuardedText label="Hvad er der gjort indtil nu?" hint="Valgfrit" value={actionsTaken} onChange={setActionsTaken} onGuard={guard('actionsTaken')} rows={3} />
        {quasi && (
          <div className="alert alert-warning" role="alert">
            <div className="alert-body">
              <p className="alert-heading">Kan sagen genkendes alligevel?</p>
              <p className="alert-text">
                Teksten nævner en præcis alder, en navngiven skole eller institution og et navngivet boligområde. Hver for sig er de ufarlige, men sammen kan de pege på én bestemt
                person. Gør oplysningerne mere generelle (fx «i teenagealderen», «en skole i kommunen»), eller bekræft, at sagen ikke kan genkendes.
              </p>
              <input className="form-checkbox" type="checkbox" id="acknowledge-quasi" checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} />
              <label htmlFor="acknowledge-quasi">Jeg har vurderet, at sagen ikke kan genkendes ud fra disse oplysninger</label>
            </div>
          </div>
        )}
        <button type="submit" className="button button-primary" disabled={action.pending || findings > 0 || checking || (quasi && !acknowledged)}>
          Gem sagen
        </button>
        {findings > 0 && <p className="form-hint">Sagen kan gemmes, når alle personoplysninger er erstattet.</p>}
      </form>
    </>
  );
}
