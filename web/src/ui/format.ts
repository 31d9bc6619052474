/** Dates and times as Danish readers expect them, always in Danish time whatever the browser's zone. */
const ZONE = 'Europe/Copenhagen';
const dateTime = new Intl.DateTimeFormat('da-DK', { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const date = new Intl.DateTimeFormat('da-DK', { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const time = new Intl.DateTimeFormat('da-DK', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });

const isoDate = new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE });

/**
 * The date in Denmark `days` from today, as `YYYY-MM-DD` for <input type="date">. Not
 * toISOString(): that is the UTC date, a day behind in Denmark from midnight until 01:00
 * (02:00 in summer), and the service judges dates by Danish time.
 */
export const danishDate = (days = 0) => isoDate.format(new Date(Date.now() + days * 86_400_000));
/** 1 January of this year in Denmark. */
export const danishYearStart = () => `${danishDate().slice(0, 4)}-01-01`;

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
export const formatDate = (iso: string) => date.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));
export const formatTime = (iso: string) => time.format(new Date(iso));

/** `YYYY-MM-DDTHH:mm` in Danish time, for <input type="datetime-local">. */
export function toLocalInput(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The instant a Danish wall-clock time (from <input type="datetime-local">) names, as ISO 8601. */
export function fromLocalInput(local: string): string {
  const [d, t] = local.split('T');
  const [y, m, day] = d.split('-').map(Number);
  const [h, min] = t.split(':').map(Number);
  // Start from the same wall time in UTC, then correct by the zone's offset at that instant (twice, across a DST change).
  let guess = Date.UTC(y, m - 1, day, h, min);
  for (let i = 0; i < 2; i++) {
    const shown = toLocalInput(new Date(guess).toISOString());
    const [sd, st] = shown.split('T');
    const [sy, sm, sday] = sd.split('-').map(Number);
    const [sh, smin] = st.split(':').map(Number);
    guess += Date.UTC(y, m - 1, day, h, min) - Date.UTC(sy, sm - 1, sday, sh, smin);
  }
  return new Date(guess).toISOString();
}

export const DISCIPLINES: Record<string, string> = {
  HEALTH_VISITING: 'Sundhedspleje',
  SCHOOL: 'Skole',
  SSP: 'SSP',
  HOUSING_SOCIAL_WORK: 'Boligsocialt arbejde',
  JOBCENTRE: 'Jobcenter',
  INTEGRATION_CENTRE: 'Integrationscenter',
  YOUTH_UNIT: 'Ungeenhed',
  OTHER: 'Andet',
};

export const MEMBERSHIP_ROLES: Record<string, string> = { COORDINATOR: 'Koordinator', MEMBER: 'Medlem', RESOURCE_PERSON: 'Ressourceperson' };

export const MEETING_STATUS: Record<string, string> = {
  PLANNED: 'Planlagt',
  AGENDA_PUBLISHED: 'Dagsorden udsendt',
  HELD: 'Afholdt',
  MINUTES_APPROVED: 'Referat godkendt',
  CANCELLED: 'Aflyst',
};

export const AGENDA_TYPES: Record<string, string> = {
  NEWS_ROUND: 'Nyt fra afdelingerne',
  KNOWLEDGE_SHARING: 'Videndeling',
  CASE_DISCUSSION: 'Sparring på sag',
  EXTERNAL_TALK: 'Eksternt oplæg',
  OTHER: 'Andet',
};

export const RSVP: Record<string, string> = { YES: 'Deltager', NO: 'Deltager ikke', MAYBE: 'Måske' };

export const TALK_STATUS: Record<string, string> = { INVITED: 'Inviteret', CONFIRMED: 'Bekræftet', DECLINED: 'Takket nej', CANCELLED: 'Aflyst' };

export const SPEAKER_KINDS: Record<string, string> = {
  RESEARCHER: 'Forsker',
  AUTHORITY: 'Myndighed',
  CIVIL_SOCIETY: 'Civilsamfund',
  LOCAL_ACTOR: 'Lokal aktør',
  SPECIALIST_TEAM: 'Specialteam',
};

export const MINUTES_STATUS: Record<string, string> = { DRAFT: 'Kladde', CIRCULATED: 'I høring', APPROVED: 'Godkendt' };

export const AGE_BANDS: Record<string, string> = {
  AGE_0_5: '0–5 år',
  AGE_6_12: '6–12 år',
  AGE_13_17: '13–17 år',
  AGE_18_24: '18–24 år',
  AGE_25_29: '25–29 år',
  AGE_30_49: '30–49 år',
  AGE_50_PLUS: '50 år eller derover',
};

export const CONCERNS: Record<string, string> = {
  CONTROL_OF_RELATIONSHIPS_AND_MARRIAGE: 'Kontrol af kærester og ægteskab',
  DIGITAL_CONTROL: 'Digital kontrol',
  ECONOMIC_CONTROL: 'Økonomisk kontrol',
  RESTRICTED_FREEDOM_OF_MOVEMENT: 'Begrænset bevægelsesfrihed',
  RISK_OF_BEING_TAKEN_ABROAD: 'Risiko for at blive taget med til udlandet',
  THREATS_OR_VIOLENCE: 'Trusler eller vold',
  OTHER: 'Andet',
};

export const AFFECTED: Record<string, string> = { THE_PERSON: 'Personen selv', CHILDREN_IN_HOUSEHOLD: 'Børn i husstanden' };

/** What the anonymisation guard found, in words. */
export const FINDING_KINDS: Record<string, string> = {
  name: 'navn',
  cpr: 'cpr-nummer',
  phone: 'telefonnummer',
  email: 'e-mailadresse',
  address: 'adresse',
  birth_date: 'fødselsdato',
};

export const PLACEHOLDERS: Record<string, string> = {
  name: '[NAVN]',
  cpr: '[CPR]',
  phone: '[TLF]',
  email: '[EMAIL]',
  address: '[ADRESSE]',
  birth_date: '[FØDSELSDATO]',
};

export const DATA_CATEGORIES: Record<string, string> = {
  FAMILY_SITUATION: 'Familieforhold',
  SCHOOL_ATTENDANCE: 'Skolegang og fravær',
  HOUSING: 'Boligforhold',
  EMPLOYMENT_AND_INCOME: 'Beskæftigelse og indkomst',
  HEALTH: 'Helbred',
  POLICE_CONTACT: 'Kontakt med politiet',
};

export const PURPOSES: Record<string, string> = { CASE_SPARRING: 'Sparring om sagen', COORDINATED_EFFORT: 'En koordineret indsats' };

export const CONSENT_STATUS: Record<string, string> = { ACTIVE: 'Gældende', WITHDRAWN: 'Tilbagekaldt', EXPIRED: 'Udløbet', NOT_YET_VALID: 'Ikke trådt i kraft' };

export const CONSENT_METHODS: Record<string, string> = { SIGNED_FORM: 'Underskrevet blanket', DIGITAL_SIGNATURE: 'Digital signatur (MitID)', ORAL_RECORDED: 'Mundtligt, noteret i journalen' };

export const CUSTODY_RELATIONS: Record<string, string> = { MOTHER: 'Mor', FATHER: 'Far', BOTH_PARENTS: 'Begge forældre', APPOINTED_CUSTODIAN: 'Beskikket værge', OTHER_CUSTODY_HOLDER: 'Anden forældremyndighedsindehaver' };

export const LEGAL_BASES: Record<string, string> = {
  SSP_ADMINISTRATION_OF_JUSTICE_ACT_115: 'SSP-samarbejde (retsplejelovens § 115)',
  CHILD_AT_RISK_NOTIFICATION: 'Underretningspligt (barnets lov)',
  ACUTE_DANGER: 'Akut fare for liv eller helbred',
  UNIFIED_ADMINISTRATION: 'Enhedsforvaltning (relevante oplysninger)',
};

/** Why an exchange was refused, in plain Danish. */
export const REFUSALS: Record<string, string> = {
  NO_CONSENT: 'Borgeren har ikke givet samtykke til denne udveksling.',
  CONSENT_WITHDRAWN: 'Borgeren har tilbagekaldt sit samtykke.',
  CONSENT_EXPIRED: 'Samtykket er udløbet.',
  DEPARTMENT_NOT_COVERED: 'Samtykket dækker ikke udveksling mellem disse to afdelinger.',
  CATEGORY_NOT_COVERED: 'Samtykket dækker ikke alle de typer oplysninger, du vil dele.',
  PURPOSE_NOT_COVERED: 'Samtykket dækker ikke dette formål.',
  NOT_ALLOWED_BY_POLICY: 'Kommunens regler for dataudveksling tillader ikke, at disse oplysninger går mellem de to afdelinger.',
};

export const REVIEW_STATUS: Record<string, string> = { NOT_REQUIRED: '', PENDING: 'Afventer gennemgang', REVIEWED: 'Gennemgået' };

export const INQUIRY_SOURCES: Record<string, string> = { COLLEAGUE: 'En kollega', CITIZEN: 'En borger', EXTERNAL_ACTOR: 'En ekstern aktør' };
export const INQUIRY_SUBJECTS: Record<string, string> = { CONCRETE_CASE: 'En konkret sag', GENERAL_KNOWLEDGE: 'Et spørgsmål om viden' };
export const INQUIRY_CHANNELS: Record<string, string> = { PHONE: 'Telefon', EMAIL: 'E-mail', IN_PERSON: 'Personligt', MEETING: 'På et møde', OTHER: 'Andet', UNKNOWN: 'Ukendt' };
export const COUNSELLOR_ROLES: Record<string, string> = { ADVICE_AND_SPARRING: 'Råd og sparring', CASE_OWNER_FROM_START: 'Sagsejer fra start', TOOK_OVER: 'Overtog sagen', INFORMED_ONLY: 'Kun orienteret' };
export const TARGET_GROUPS: Record<string, string> = { JOB_OR_EDUCATION_READY: 'Job- eller uddannelsesparat', ACTIVITY_READY: 'Aktivitetsparat', INTEGRATION_PROGRAMME: 'Integrationsprogram', SELF_SUPPORTING: 'Selvforsørgende', OTHER: 'Andet' };
export const CASELOAD_AGES: Record<string, string> = { UNDER_30: 'Under 30 år', AGE_30_49: '30–49 år', AGE_50_PLUS: '50 år eller derover', UNKNOWN: 'Ukendt' };
export const CASELOAD_OUTCOMES: Record<string, string> = { JOB: 'Job', EDUCATION: 'Uddannelse', NEITHER: 'Hverken job eller uddannelse' };
export const CERTIFICATION: Record<string, string> = { VALID: 'Gyldig', EXPIRING_SOON: 'Udløber snart', EXPIRED: 'Udløbet', NONE: 'Ingen' };

export const ESCALATION_TARGETS: Record<string, string> = { SPECIALIST_TEAM: 'Specialteamet', SAFETY_CONSULTANT: 'En sikkerhedskonsulent (uden for løsningen)' };
export const ESCALATION_REASONS: Record<string, string> = { RISK: 'Høj risiko', VIOLENCE: 'Vold', ACUTE: 'Akut situation', OTHER: 'Andet' };
export const ESCALATION_STATUS: Record<string, string> = { SENT: 'Sendt', ACCEPTED: 'Taget imod', DECLINED: 'Afvist', COMPLETED: 'Afsluttet' };
export const RISK_LEVELS: Record<string, string> = { LOW: 'Lav', MODERATE: 'Moderat', HIGH: 'Høj' };

export const LOCAL_ACTOR_KINDS: Record<string, string> = {
  NEIGHBOURHOOD_MOTHERS: 'Bydelsmødre',
  FATHER_GROUP: 'Fædregruppe',
  HOUSING_STAFF: 'Boligforening og ejendomskontor',
  FAITH_COMMUNITY: 'Trossamfund',
  GENERAL_PRACTITIONER: 'Praktiserende læge',
  CIVIL_SOCIETY_ORGANISATION: 'Civilsamfundsorganisation',
  POLICE: 'Politi',
  OTHER: 'Anden aktør',
};

export const ENGAGEMENT_KINDS: Record<string, string> = {
  DIALOGUE_MEETING: 'Dialogmøde',
  JOINT_ACTIVITY: 'Fælles aktivitet',
  NORM_CHANGE_INITIATIVE: 'Normforandrende indsats',
  REFERRAL_ROUTE: 'Henvisningsvej',
};

/** The first instant of a Danish date (`YYYY-MM-DD`), as ISO 8601: midnight in Denmark, not in the browser's zone. */
export const danishDayStart = (day: string) => fromLocalInput(`${day}T00:00`);
/** The last second of a Danish date, as ISO 8601. */
export const danishDayEnd = (day: string) => new Date(new Date(fromLocalInput(`${day}T23:59`)).getTime() + 59_000).toISOString();
