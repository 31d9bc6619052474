/**
 * Organisations and public services that staff in this field name, with their
 * public lines: counselling services, NGOs, helplines, authorities. A word of
 * one of these names is not a person's name, and a number given as theirs
 * ("Ring til Headspace på ...") is not a citizen's phone. Kept to names a
 * citizen is unlikely to carry; lower case, one entry per name.
 */
const NAMES = [
  'headspace', 'lokk', 'børns vilkår', 'børnetelefonen', 'mødrehjælpen', 'red barnet', 'redbarnet', 'etnisk ung', 'livslinien', 'lev uden vold',
  'dansk flygtningehjælp', 'flygtningehjælpen', 'bydelsmødre', 'bydelsmødrene', 'fonden for socialt ansvar', 'baba', 'sex & samfund', 'sexlinien',
  'ungdommens røde kors', 'røde kors', 'exitcirklen', 'joan-søstrene', 'dannerhuset', 'danner', 'center for voldsramte', 'ventilen', 'sind',
  'psykiatrifonden', 'cyberhus', 'natteravnene', 'kirkens korshær', 'blå kors', 'kfum', 'kfuk', 'sabaah', 'lgbt+ danmark', 'foreningen nydansker',
  'mellemfolkeligt samvirke', 'socialstyrelsen', 'vive', 'rigspolitiet', 'nest', 'politiet', 'ankestyrelsen', 'familieretshuset',
  'udlændingestyrelsen', 'kriminalforsorgen', 'borgerservice', 'ombudsmanden', 'børnerådet', 'institut for menneskerettigheder', 'alfa',
  'etnisk konsulentteam', 'tæk', 'ssp', 'ppr', 'ungerådgivningen', 'krisecentret', 'kvindekrisecentret', 'ungdomsskolen', 'sundhedsplejen',
  'jobcentret', 'jobcenter', 'boligsocialt hus', 'den sociale vagt', 'den sociale døgnvagt', 'det kriminalpræventive råd', 'dkr', 'falck',
  'mødrehjælpens rådgivning', 'børnehuset', 'statsforvaltningen', 'unicef', 'amnesty', 'amnesty international', 'dignity', 'kvinfo', 'viso',
  'retshjælpen', 'mino danmark',
];

const ENTRIES = NAMES.map((name) => name.split(/\s+/));
const WORDS = new Set(ENTRIES.flat());

/** Is this lower-case word part of an organisation's name? */
export function isOrganisationWord(lower: string): boolean {
  return WORDS.has(lower);
}

/** "Den Sociale Vagt", "Det Kriminalpræventive Råd": a capitalised name after "Den"/"Det" names an institution, not a person. */
const DEFINITE_NAME = /(?:^|[^\p{L}])(?:Den|Det)(?:\s+\p{Lu}[\p{L}-]*){1,3}\s*$/u;

/** What an organisation's line is called after its name: "LOKK's rådgivning", "Headspaces chat". */
const SERVICE_WORD = /(?:'s|s)\s+(?:rådgivning|rådgivningslinje|linje|hotline|telefon|telefonlinje|chat|vagt|døgnvagt|sekretariat|kontor|afdeling|nummer|hovednummer)\s*$/iu;

/** An institution's own line: "skolens kontor", "klubbens telefon", "kommunens hovednummer". */
const INSTITUTION_GENITIVE = /(?:skolen|kommunen|klubben|fritidsklubben|jobcentret|jobcenteret|rådhuset|biblioteket|sundhedsplejen|tandplejen|politiet|institutionen|børnehaven|vuggestuen|afdelingen|forvaltningen|centret|centeret|huset|sekretariatet|krisecentret)s$/iu;

/** Does the text end in an organisation's name (before its number or address), or in a service of one? */
export function endsInOrganisation(text: string): boolean {
  if (DEFINITE_NAME.test(text)) return true;
  const service = SERVICE_WORD.exec(text);
  // "skolens kontor", or "klubbens" once "telefon på" is cut off before the number.
  if (INSTITUTION_GENITIVE.test(service ? text.slice(0, service.index + 1) : text.trimEnd())) return true;
  const words = (service ? text.slice(0, service.index) : text).toLowerCase().match(/[\p{L}+&-]+/gu) ?? [];
  return ENTRIES.some((entry) => entry.length <= words.length && entry.every((word, k) => words[words.length - entry.length + k] === word || words[words.length - entry.length + k] === `${word}s`));
}
