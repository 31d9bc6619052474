import { danishLexicon, DanishLexicon } from '../danish-lexicon';
import { FIRST_NAMES, NOT_NAMES, SURNAME_SET } from '../name-lexicon';
import { isOrganisationWord } from '../organisations';
import { FindingKind } from '../finding';
import { looksLikeStreet } from './addresses';
import { Detector, Span } from './span';

/**
 * Names by lexicon and by context. Danish capitalises proper nouns only, so
 * the strongest signal is a capitalised word mid-sentence that the Danish
 * dictionary does not know as a common word or a place. Beside it: a given
 * name or surname from the lexicons (also in lower case, as in text
 * messages), a word after a relation word, a title or "hedder", a word before
 * a verb at the start of a sentence, a word coordinated with a name, a line
 * that holds only a name (lists, signatures) and the value of a label such as
 * "Navn:" or "Mor:". A found name extends over the surname, particles (bin,
 * al-, van der) and initials after it.
 */
const RELATION =
  'familien|familie|bror|broren|brors|brødre|brødrene|søster|søsteren|søstre|mor|moren|moderen|mors|far|faren|faderen|fars|fætter|fætteren|kusine|kusinen|onkel|onklen|faster|moster|farbror|morbror|tante|mand|manden|kone|konen|hustru|hustruen|ægtefælle|ægtefællen|kæreste|kæresten|datter|datteren|søn|sønnen|barn|barnet|pige|pigen|dreng|drengen|svigermor|svigermoren|svigerfar|svigerfaren|svigerinde|svigerinden|svoger|svogeren|forlovede|forloveden|nabo|naboen|veninde|veninden|ven|vennen|bedstemor|bedstefar|farmor|farfar|mormor|morfar|stedfar|stedfaren|stedmor|stedmoren|lillesøster|lillebror|storesøster|storebror|halvbror|halvsøster|søskende|forældre|elev|eleven|borger|borgeren|kvinden|manden|klient|værge|værgen|lærer|læreren|kontakt|kontaktperson|navn|ung|unge|pårørende|deltager|deltagere|anmelder';
const RELATION_WORDS = new Set(RELATION.split('|'));
/** Words for a person that are not relations: never a name before an age or a role. */
const PERSON_NOUNS = new Set('kvinde kvinder mand mænd dreng drenge pige piger barn børn teenager baby dame herre person personer elev elever borger borgere'.split(' '));
const TITLE = 'hr|fru|frk|fr|dr|sheikh|imam|imamen';
/** A title right before the word; only the abbreviated ones take a dot ("imam. Svar:" ends a sentence). */
const AFTER_TITLE = /(?:^|[^\p{L}])(?:(?:hr|frk|fr|dr)\.?|fru|sheikh|imam|imamen)\s*$/iu;
const NAME_CUE = new RegExp(`(?:^|[^\\p{L}])(?:(?:${RELATION})(?:\\s+(?:hedder|hed|er|kaldet|kaldes|ved navn))?|hedder|hed|kaldet|kaldes|ved navn|jeg er|det er|(?:sms|sms'en|besked|beskeden|mail|mailen|opkald|opkaldet|brev|brevet)\\s+fra|(?:${TITLE})\\.?)\\s*[,:(]?\\s*$`, 'iu');
const LABEL = new RegExp(`(?:^|\\n)\\s*[-•*]?\\s*(?:${RELATION}|mor til \\w+|far til \\w+)\\s*:\\s*$`, 'iu');
const SIGN_OFF = /(?:^|\n|[.!?]\s+)\s*(?:mvh\.?|m\.v\.h\.?|vh\.?|kh\.?|venlig hilsen|venlige hilsner|med venlig hilsen|hilsen|de bedste hilsner|kærlig hilsen|tak|på forhånd tak)[,!]?\s*$/i;
const VERB_AFTER =
  /^\s*(?:\(\d|,\s*\d{1,2}\s*(?:år|,)|(?:er|var|har|havde|siger|sagde|fortæller|fortalte|oplyser|oplyste|nævner|nævnte|bor|boede|går|gik|kom|kommer|vil|skal|kan|må|blev|bliver|ringede|ringer|skrev|skriver|mener|føler|frygter|ønsker|ønskede|virker|virkede|ved|tror|svarer|svarede|møder|mødte|bad|beder|deltog|deltager|og|eller|\(|,\s*(?:\d|som|der|hvis|hendes|hans))(?![\p{L}]))/iu;
/** A verb right after the word, not a conjunction: "Hans siger" is a name, "Hans og hendes børn" a pronoun. */
const VERB_ONLY_AFTER =
  /^\s*(?:er|var|har|havde|siger|sagde|fortæller|fortalte|oplyser|oplyste|nævner|nævnte|bor|boede|går|gik|kom|kommer|vil|skal|kan|må|blev|bliver|ringede|ringer|skrev|skriver|mener|føler|frygter|ønsker|ønskede|svarer|svarede|mødte|bad|beder|deltog|spurgte|spørger|sendte|sender)(?![\p{L}])/iu;
/** Words for a person directly before a capitalised word mid-sentence: "Drengen Emir", "eleven Victoria", "familien Rosenkilde" (Danish capitalises only names there). */
const PERSON_WORDS =
  'broren|søsteren|moren|moderen|faren|faderen|fætteren|kusinen|onklen|manden|konen|hustruen|ægtefællen|kæresten|datteren|sønnen|barnet|pigen|drengen|eleven|borgeren|kvinden|klienten|veninden|vennen|naboen|svigermoren|svigerfaren|svigerinden|svogeren|forloveden|lillesøster|lillebror|storesøster|storebror|familien';
/** One of them directly before the word, or before an opening parenthesis: "Drengen Emir", "Drengen (Aras)". */
const PERSON_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${PERSON_WORDS})(\\s*\\(\\s*|\\s)$`, 'iu');
/** Words that open a parenthesis as often as a name does: "Pigen (Hun er 14 år)". */
const FUNCTION_WORDS = new Set('hun han de den det der som se jf ca fx og men ikke alle begge ingen evt bl'.split(' '));
const STREET_ONLY_ENDING = /\p{L}{3,}(?:gade|gaden|vej|vejen|allé|alle|stræde|strædet|boulevard|plads|pladsen|torv|torvet|passage|passagen)s?$/u;
/** An age right after a word: "på 12 år", "(14)", ", 15 år". */
const AGE_AFTER = /^\s*(?:(?:på\s+)?\d{1,2}\s*år(?![\p{L}])|\(\s*\d{1,2}\s*(?:år)?\s*\))/u;
/** Followed by a reflexive or object pronoun at the start of a sentence: an imperative ("Meld dig", "Skriv jer"), not a name. */
const IMPERATIVE_AFTER = /^\s+(?:dig|jer|venligst)(?![\p{L}])/iu;
/** A greeting before the word: "hej sanne", "Kære Per". */
const GREETING = /(?:^|[^\p{L}])(?:hej|hejsa|hejhej|hey|hi|hallo|kære|dav|goddag|godmorgen)\s*[,!]?\s*$/iu;
/** After a genitive: "Farhias lillebror", "Amirs mor". */
const RELATION_AFTER =
  /^\s+(?:bror|broren|søster|søsteren|mor|moren|far|faren|fætter|kusine|onkel|faster|moster|farbror|morbror|tante|mand|kone|hustru|kæreste|datter|søn|forældre|familie|svigermor|svigerfar|svigerinde|svoger|forlovede|lillesøster|lillebror|storesøster|storebror|halvbror|halvsøster|søskende|bedstemor|bedstefar|farmor|farfar|mormor|morfar|stedfar|stedmor|veninde|ven|venner|klasse|lærer|kontaktlærer)(?![\p{L}])/iu;
/** Words that make a run of capitalised words a place's name ("Sinatur Hotel Storebælt", "Café Nora"), not a person's. */
const VENUE_WORDS = new Set('hotel hotellet kro kroen café cafe caféen restaurant restauranten kursuscenter kursuscentret konferencecenter vandrerhjem vandrerhjemmet camping klinik klinikken apotek apoteket teater teatret biograf biografen arena stadion hallen'.split(' '));
/** A venue, organisation or work before a word makes that word its name: "Hotel Comwell", "Café Nora", "Foreningen Nydansker", "Filmen Ækte vare". */
const NAMES_THE_NEXT = new Set([...VENUE_WORDS, ...'foreningen fonden projektet projekt firmaet virksomheden filmen bogen romanen serien programmet udsendelsen forestillingen appen spillet sangen podcasten'.split(' ')]);
/** An Arabic particle joined by a hyphen to a word that is not Danish: "Al-Sayed", "El-Amin", "Abu-Bakr". */
const PARTICLE_PREFIXED = /^(?:al|el|abu|abd|ben|bin|ibn)-\p{L}{2,}$/u;
const PARTICLES = new Set(['bin', 'ibn', 'bint', 'binti', 'al', 'el', 'abu', 'abd', 'van', 'von', 'der', 'den', 'de', 'la', 'le', 'da', 'dos', 'du', 'ben', 'ould', 'ter', 'mac', 'mc']);
/** Capitalised words that are neither people nor common words: platforms and services staff mention. */
const NOT_PEOPLE = new Set(
  'facebook instagram snapchat tiktok whatsapp messenger telegram signal youtube google microsoft teams outlook iphone android aula mitid nemid e-boks eboks netflix discord zoom skype sms mvh vh kh hilsen fwd emne sendt fra til cc re dato adr tlf mob mobil att vedr ang cpr pkt ref kl nr ca jf evt inkl ekskl hr frk fr dr'.split(' '),
);
/** The suffixes of housing-area and farm names ("Charlotteager", "Taastrupgaard"): places, unless the word is a known surname. */
const AREA_SUFFIX = /(?:ager|gård|gaard|gården|parken|vænget|vænge|haven|bakken|høj|lund|hegn|toften|vangen|bjerg|holm|sletten|engen|marken|byen|strand)$/;

interface Token {
  word: string;
  lower: string;
  start: number;
  end: number;
  capitalised: boolean;
  abbreviation: boolean;
  /** Letters of a code ("ab12", "x7k"): never a name. */
  inCode: boolean;
  /** A capital inside the word ("PowerPoint", "OneDrive", "iPad"): a product or a service, not a person (Mc, Mac, O' and D' excepted). */
  camelCase: boolean;
}

const TOKEN = /[\p{L}](?:[\p{L}\p{M}]|['-](?=[\p{L}]))*/gu;
const ABBREVIATIONS = /(?:^|[^\p{L}])(?:hr|fru|frk|dr|m|kl|ca|bl\.a|jf|nr|evt|inkl|ekskl|mht|vedr|tlf|adr|st|th|tv|mf|f|ref|pkt|jvf|iflg|pga|mv|osv|el|dvs|ang|att)\.\s*$/iu;

/**
 * What a word is does not depend on the text it is in: remembered across scans
 * (bounded), since the same few thousand words recur in every text.
 */
class WordMemo {
  private readonly known = new Map<string, boolean>();

  has(word: string): boolean {
    return this.known.has(word);
  }

  get(word: string, compute: (word: string) => boolean): boolean {
    const remembered = this.known.get(word);
    if (remembered !== undefined) return remembered;
    const value = compute(word);
    if (this.known.size >= 20_000) this.known.clear();
    this.known.set(word, value);
    return value;
  }
}

const MEMO = { lexiconName: new WordMemo(), word: new WordMemo(), plainWord: new WordMemo(), placeOrWordParts: new WordMemo(), definiteCompound: new WordMemo(), typo: new WordMemo() };

const LETTERS = 'abcdefghijklmnopqrstuvwxyzæøå';

class NameContext {
  private readonly lexicon: DanishLexicon = danishLexicon();

  readonly multiLine: boolean;

  constructor(
    private readonly text: string,
    readonly tokens: Token[],
  ) {
    this.multiLine = text.trim().includes('\n');
  }

  private stripGenitive(lower: string): string {
    return lower.length > 3 && /s$/.test(lower) ? lower.slice(0, -1) : lower;
  }

  /** In a name list, or the dictionary's proper nouns; also in the genitive ("Amirs"). */
  isLexiconName(lower: string): boolean {
    return MEMO.lexiconName.get(lower, (word) => this.computeLexiconName(word));
  }

  private computeLexiconName(lower: string): boolean {
    const parts = lower.split('-').filter((part) => part.length > 1);
    return parts.length > 0 && parts.some((part) => this.isSingleLexiconName(part) || this.isSingleLexiconName(this.stripGenitive(part))) && !NOT_PEOPLE.has(lower);
  }

  /** In the curated lists of given names and surnames: a person's name even where it is also a word ("Per", "Line", "Bo"). */
  isPersonName(lower: string): boolean {
    const stem = this.stripGenitive(lower);
    return FIRST_NAMES.has(lower) || SURNAME_SET.has(lower) || FIRST_NAMES.has(stem) || SURNAME_SET.has(stem);
  }

  private isSingleLexiconName(lower: string): boolean {
    return FIRST_NAMES.has(lower) || SURNAME_SET.has(lower) || this.lexicon.isProperName(lower);
  }

  /** A common word, a compound of them, a hyphenated compound ending in one ("Baba-projektet"), or a word the scanner keeps out. */
  isWord(lower: string): boolean {
    return MEMO.word.get(lower, (word) => this.computeWord(word));
  }

  private computeWord(lower: string): boolean {
    if (NOT_NAMES.has(lower) || NOT_PEOPLE.has(lower)) return true;
    const parts = lower.split('-');
    const last = parts[parts.length - 1];
    if (parts.length > 1) return last.length > 2 && this.lexicon.isWordOrCompound(last) && !(FIRST_NAMES.has(last) || SURNAME_SET.has(last));
    return this.lexicon.isWordOrCompound(lower);
  }

  /** A common word as such, not only as a compound. */
  isPlainWord(lower: string): boolean {
    return MEMO.plainWord.get(lower, (word) => this.computePlainWord(word));
  }

  private computePlainWord(lower: string): boolean {
    if (!lower.includes('-')) return this.lexicon.isWord(lower) || NOT_NAMES.has(lower) || NOT_PEOPLE.has(lower);
    return NOT_NAMES.has(lower) || NOT_PEOPLE.has(lower) || lower.split('-').some((part) => this.lexicon.isWord(part));
  }

  /** A capitalised entry of the dictionary (towns it lacks the place flag for, "Holstebro", as well as brands and names). */
  isDictionaryProperNoun(lower: string): boolean {
    return this.lexicon.isProperName(lower);
  }

  /**
   * A compound whose last part is a noun in its definite form ("Multisalen",
   * "Kulturhuset", "Mødelokalet"): a named room, building or thing. Danish
   * names are never in the definite form.
   */
  endsInDefiniteNoun(lower: string): boolean {
    return MEMO.definiteCompound.get(lower, (word) => {
      for (let at = 3; at <= word.length - 5; at++) {
        const tail = word.slice(at);
        const article = /(?:en|et)$/.exec(tail);
        if (!article || !this.lexicon.isWord(tail)) continue;
        const noun = tail.slice(0, -2);
        // "hallen", "rummet": the consonant doubles before the article.
        if (this.lexicon.isWord(noun) || (noun.length > 2 && noun.at(-1) === noun.at(-2) && this.lexicon.isWord(noun.slice(0, -1)))) return true;
      }
      return false;
    });
  }

  /** Typo checks not yet remembered that one scan may make: past them a word is taken as it is written (a name, the safe side). */
  private typoChecksLeft = 40;

  /** A common word of five letters or more with one letter left out or two swapped ("Famlien", "Skloen"): a typo, not a name. */
  isTypoOfWord(lower: string): boolean {
    if (!MEMO.typo.has(lower) && this.typoChecksLeft-- <= 0) return false;
    return MEMO.typo.get(lower, (word) => {
      if (word.length < 5 || word.length > 16 || word.includes('-')) return false;
      for (let at = 0; at <= word.length; at++) {
        for (const letter of LETTERS) if (this.lexicon.isWord(word.slice(0, at) + letter + word.slice(at), false)) return true;
        if (at < word.length - 1 && this.lexicon.isWord(word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2), false)) return true;
      }
      return false;
    });
  }

  isPlace(lower: string, capitalised: boolean): boolean {
    // A quarter or harbour named by its direction ("Vesterbro", "Nordhavn"); -gaard and -holm endings are surnames ("Østergaard").
    const directional = DIRECTIONAL.exec(lower);
    if (capitalised && directional && !SURNAME_ENDING.test(lower) && this.lexicon.isWord(directional[1]) && !this.isPersonName(lower)) return true;
    const parts = lower.split('-');
    if (MEMO.placeOrWordParts.get(lower, () => parts.every((part) => this.lexicon.isPlace(part) || this.lexicon.isWord(part)))) return parts.some((part) => this.lexicon.isPlace(part));
    return capitalised && AREA_SUFFIX.test(lower) && !this.isLexiconName(lower);
  }

  before(token: Token, length = 60): string {
    return this.text.slice(Math.max(0, token.start - length), token.start);
  }

  sentenceStart(token: Token): boolean {
    const before = this.before(token, 30);
    if (ABBREVIATIONS.test(before)) return false;
    return /(?:^|[.!?:;]\s*|\n\s*(?:[-•*>]\s*|\d{1,2}[.)]\s*)?|["„«»]\s*|^\s*[-•*>]\s*)$/.test(before);
  }

  /** Words in the same line only, single space between: the surname after a given name. */
  adjacent(a: Token, b: Token | undefined): b is Token {
    return !!b && /^(?: |-| \(?)$/.test(this.text.slice(a.end, b.start)) && !/\n/.test(this.text.slice(a.end, b.start));
  }

  after(token: Token): string {
    return this.text.slice(token.end, token.end + 40);
  }

  lineOf(token: Token): string {
    const start = this.text.lastIndexOf('\n', token.start - 1) + 1;
    const end = this.text.indexOf('\n', token.end);
    return this.text.slice(start, end < 0 ? undefined : end);
  }
}

const DIRECTIONAL = /^(?:vester|øster|nørre|sønder|nord|syd|øst|vest)(\p{L}{2,})$/u;
const SURNAME_ENDING = /(?:gaard|gård|holm|lund|bjerg|berg|skov|dal|sen|strup|rup)$/u;

const isDigit = (code: number) => code >= 48 && code <= 57;
const CAMEL_CASE = /^\p{L}[\p{Ll}\p{M}]*\p{Lu}/u;
const PERSON_INNER_CAPITAL = /^(?:Ma?c|O'|D')\p{Lu}|-\p{Lu}/u;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[0];
    const lower = word.toLowerCase();
    const capitalised = word[0] !== lower[0];
    const end = m.index + word.length;
    tokens.push({
      word,
      lower,
      start: m.index,
      end,
      capitalised,
      abbreviation: capitalised && word.length > 1 && word === word.toUpperCase() && word !== lower,
      inCode: isDigit(text.charCodeAt(m.index - 1)) || isDigit(text.charCodeAt(end)),
      camelCase: CAMEL_CASE.test(word) && !PERSON_INNER_CAPITAL.test(word),
    });
  }
  return tokens;
}

/** A word for a member of staff before "fra": the word after it is where they work ("medarbejder fra Hedebo"). */
const STAFF_ROLE = /(?:medarbejder|konsulent|lærer|rådgiver|sagsbehandler|pædagog|plejerske|mentor|leder|kollega|repræsentant|psykolog|vejleder|koordinator|tovholder|chef|jurist|assistent|sekretær|ansat)(?:e|en|ne|er|erne)?$/;
/** Words after a name that make it an organisation's: "Mino Danmark", "Amnesty International". */
const ORGANISATION_AFTER_NAME = new Set(['danmark', 'denmark', 'international', 'norden']);

/**
 * Where the words around a capitalised word make it a place, a room or an
 * organisation: "i Holstebro" (a dictionary proper noun after "i"; a person
 * is rarely "in" someone), "medarbejder fra Hedebo", "Mino Danmark", a named
 * room in the definite form ("Multisalen").
 */
function placeByContext(context: NameContext, i: number): boolean {
  const { tokens } = context;
  const token = tokens[i];
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  const spaceBefore = !!previous && context.before(token, token.start - previous.end) === ' ';
  if (spaceBefore && previous.lower === 'i' && context.isDictionaryProperNoun(token.lower)) return true;
  if (spaceBefore && previous.lower === 'fra' && !/s$/.test(token.lower) && !!tokens[i - 2] && STAFF_ROLE.test(tokens[i - 2].lower) && context.adjacent(tokens[i - 2], previous)) return true;
  if (context.adjacent(token, next) && next.capitalised && ORGANISATION_AFTER_NAME.has(next.lower)) return true;
  return context.endsInDefiniteNoun(token.lower);
}

/** Is token i, on its own, a name? */
function startsName(context: NameContext, i: number): boolean {
  const token = context.tokens[i];
  const { lower, capitalised } = token;
  if (token.abbreviation || token.inCode || token.camelCase || lower.length < 2 || NOT_PEOPLE.has(lower)) return false;
  const before = context.before(token, 40);
  // "hej sanne": a given name after a greeting, even one that is also a word.
  if (lower.length >= 3 && context.isLexiconName(lower) && GREETING.test(before)) return true;
  // Most tokens are common words in lower case: out before any context is read.
  if (!capitalised && (lower.length < 3 || context.isPlainWord(lower))) return false;
  const previous = context.tokens[i - 1];
  if (previous && NAMES_THE_NEXT.has(previous.lower) && /^\s+$/.test(context.before(token, token.start - previous.end))) return false;
  // An acronym then a word: an organisation's own name ("RED Safehouse", "LOKK Rådgivning"), unless the word is a person's name.
  if (capitalised && previous?.abbreviation && previous.word.length >= 3 && / $/.test(context.before(token, token.start - previous.end)) && !context.isPersonName(lower)) return false;
  if (isOrganisationWord(lower) && !context.isPersonName(lower)) return false;
  // A street named without its number ("på Nørrebrogade"): a place. Only endings no surname has (not -gaard, -holm, -lund).
  if (capitalised && STREET_ONLY_ENDING.test(lower) && !context.isPersonName(lower)) return false;
  if (capitalised && !context.isPersonName(lower) && placeByContext(context, i)) return false;
  const personBefore = capitalised ? PERSON_BEFORE.exec(before) : null;
  if (personBefore && (!personBefore[1].includes('(') || !FUNCTION_WORDS.has(lower))) return true;
  if (capitalised && PARTICLE_PREFIXED.test(lower) && !context.isWord(lower)) return true;
  const lexiconName = context.isLexiconName(lower);
  // A compound reading ("Fat-ima") does not outweigh the dictionary's own proper noun.
  const word = lexiconName ? context.isPlainWord(lower) : context.isWord(lower);
  const place = context.isPlace(lower, capitalised);
  if (capitalised && AFTER_TITLE.test(before.slice(-12))) return true;
  // A capitalised common word that is no one's name ("Pigen", "Etnisk"): nothing below could make it one.
  if (capitalised && word && !lexiconName) return false;
  const cueWouldDecide = capitalised ? context.isPersonName(lower) || (!word && !place) : !word && !place && (lower.length >= 4 || FIRST_NAMES.has(lower));
  if (cueWouldDecide && (NAME_CUE.test(before) || LABEL.test(before) || SIGN_OFF.test(before))) return true;
  if (place || looksLikeStreet(lower, context.after(token))) return false;
  if (capitalised) {
    if (!context.sentenceStart(token)) return !word || context.isPersonName(lower);
    // An age after a name of the lexicon, also one that is a word: "Ask på 12 år", "Rose (14)"; not after a word for a person ("Dreng på 16 år").
    if (lexiconName && !RELATION_WORDS.has(lower) && !PERSON_NOUNS.has(lower) && AGE_AFTER.test(context.after(token))) return true;
    // "Meld dig", "Husk": an imperative, the verb's stem ("melde" without its -e), is no one's name.
    if (!context.isPersonName(lower) && (IMPERATIVE_AFTER.test(context.after(token)) || context.isPlainWord(`${lower}e`))) return false;
    if (lexiconName && !word) return true;
    // Asked last, where it would decide: a typo's corrections are a few hundred lookups.
    const typo = () => !lexiconName && context.isTypoOfWord(lower);
    // A given name that is also a word, before a verb: "Jette nævnte", "Bo har".
    if (context.isPersonName(lower) && VERB_ONLY_AFTER.test(context.after(token))) return true;
    // A genitive before a relation: "Farhias lillebror".
    if (!word && !place && /s$/.test(lower) && RELATION_AFTER.test(context.after(token)) && !typo()) return true;
    const next = context.tokens[i + 1];
    if (!word && (VERB_AFTER.test(context.after(token)) || (context.adjacent(token, next) && next.capitalised && !context.isWord(next.lower))) && !typo()) return true;
    if (lexiconName && context.adjacent(token, next) && next.capitalised && context.isLexiconName(next.lower) && !context.isWord(next.lower)) return true;
    // A given name at the start, then a capitalised word on the same line that is no place, venue or organisation: "Per Storm fra ...".
    if (context.isPersonName(lower) && context.adjacent(token, next) && next.capitalised && !next.abbreviation && !context.isPlace(next.lower, true) && !VENUE_WORDS.has(next.lower) && !isOrganisationWord(next.lower) && !NOT_PEOPLE.has(next.lower) && !(next.lower.includes('-') && context.isWord(next.lower))) return true;
    // A name in a list with its role: "Sanne Frost, SSP" (also a name that is a word; never a relation word: "Mor – bekymret").
    if (lexiconName && !RELATION_WORDS.has(lower) && !PERSON_NOUNS.has(lower) && next?.capitalised && context.adjacent(token, next) && standsAlone(context, token, true)) return true;
    return !word && standsAlone(context, token) && !typo();
  }
  // In lower case a three-letter word is more often an abbreviation than a name: only the curated given names count ("ali", "mia").
  return (lower.length >= 4 ? lexiconName : FIRST_NAMES.has(lower)) && !word;
}

/** A line that holds only this name, perhaps after a bullet and before a parenthesis: a list of people or a signature. */
function standsAlone(context: NameContext, token: Token, withRole = false): boolean {
  // A one-line text is a title ("Retry", "Velkomst"), not a list.
  if (!context.multiLine) return false;
  let line = context.lineOf(token).replace(/\(.*?\)/g, '').trim();
  // A list of people with their places: "Sanne Frost, SSP", "Bo Møller – boligsocialt team".
  if (withRole) line = line.replace(/\s*(?:,|–|-|:)\s*[\p{L}\d][\p{L}\p{M}\d.' -]{0,40}$/u, '');
  return /^[-•*]?\s*[\p{Lu}][\p{L}\p{M}'-]*(?:\s+(?:[\p{Lu}][\p{L}\p{M}'-]*|[\p{Lu}]\.|al-[\p{L}]+|bin|ibn|van|der|el))*\.?,?$/u.test(line) && line.split(/\s+/).length <= 4;
}

/** Surname, particles and initials after a name: "Fatima Zahra El Idrissi", "Yusuf ibn Rashid", "Yasmin K.", "ahmad rezaei". */
function extend(context: NameContext, i: number): number {
  const tokens = context.tokens;
  let last = i;
  while (last + 1 < tokens.length && context.adjacent(tokens[last], tokens[last + 1])) {
    const next = tokens[last + 1];
    const gap = tokenGap(context, tokens[last], next);
    if (gap.includes('(')) break;
    const { lower } = next;
    // Mid-sentence Danish capitalises only names, so a capitalised word right after a name is its surname, also one that is a word or a place ("Peter Hvid", "Kasper Lindholm").
    const surnameLike = !context.sentenceStart(next) && !isOrganisationWord(lower) && !VENUE_WORDS.has(lower);
    const nameLike = next.capitalised
      ? !next.abbreviation && !NOT_PEOPLE.has(lower) && (context.isLexiconName(lower) || (!context.isWord(lower) && !context.isPlace(lower, true)) || next.word.length === 1 || surnameLike)
      : (PARTICLES.has(lower) && particleChainEndsInName(context, last + 1)) ||
        /^(?:al|el)-/.test(lower) ||
        (!tokens[i].capitalised && lower.length >= 3 && !context.isWord(lower) && !context.isPlace(lower, false));
    if (!nameLike) break;
    last += 1;
  }
  return last;
}

/**
 * The given name before a surname that was found first: "Gul Agha Noorzai", "Van Thanh Nguyen",
 * "Ruud van Dijk". Mid-sentence a capitalised word before a name belongs to it.
 */
function extendBack(context: NameContext, i: number, covered: number): number {
  const tokens = context.tokens;
  let first = i;
  while (first - 1 > covered && context.adjacent(tokens[first - 1], tokens[first]) && !tokenGap(context, tokens[first - 1], tokens[first]).includes('(')) {
    const previous = tokens[first - 1];
    const particle = PARTICLES.has(previous.lower) && !previous.capitalised;
    // At the start of a sentence only a word that is not an ordinary word as such ("Hun", "Pigen"); a compound reading ("Gul-nar") does not count.
    const capitalisedName =
      previous.capitalised && !previous.abbreviation && !NOT_PEOPLE.has(previous.lower) && (!context.sentenceStart(previous) || !context.isPlainWord(previous.lower) || context.isPersonName(previous.lower));
    if (particle && first - 2 > covered && tokens[first - 2].capitalised && context.adjacent(tokens[first - 2], previous)) {
      first -= 2;
      continue;
    }
    // A line that holds only the name ("Rima Saleh" in a contact block): its first word belongs to it, even one that is also a word.
    const lineOfName = previous.capitalised && !previous.abbreviation && standsAlone(context, previous) && context.sentenceStart(previous);
    if (!(capitalisedName || lineOfName) || context.isPlace(previous.lower, true)) break;
    first -= 1;
  }
  return first;
}

/** "van der Berg": particles, then a capitalised word. */
function particleChainEndsInName(context: NameContext, from: number): boolean {
  const tokens = context.tokens;
  let at = from;
  while (tokens[at] && PARTICLES.has(tokens[at].lower) && context.adjacent(tokens[at], tokens[at + 1])) at += 1;
  return at > from - 1 && !!tokens[at]?.capitalised && at !== from;
}

function tokenGap(context: NameContext, a: Token, b: Token): string {
  return context.before(b, b.start - a.end);
}

/** "Kim og Said", "Sara og Sami Haddad": a word coordinated with a found name is a name when it could be one. */
function coordinated(context: NameContext, names: Set<number>): void {
  const tokens = context.tokens;
  const queue = [...names];
  while (queue.length > 0) {
    const i = queue.pop()!;
    for (const j of [i + 2, i - 2]) {
      const candidate = tokens[j];
      if (!candidate || names.has(j) || candidate.abbreviation || !candidate.capitalised) continue;
      const [left, right] = j > i ? [tokens[i], candidate] : [candidate, tokens[i]];
      if (!/^\s*(?:og|eller|,|&)\s*$/.test(context.before(right, right.start - left.end))) continue;
      const couldBe = context.isLexiconName(candidate.lower) || !context.isWord(candidate.lower);
      if (!couldBe || context.isPlace(candidate.lower, true)) continue;
      names.add(j);
      queue.push(j);
    }
  }
}

export const names: Detector = (text) => {
  const context = new NameContext(text, tokenize(text));
  const starts = new Set<number>();
  for (let i = 0; i < context.tokens.length; i++) if (startsName(context, i)) starts.add(i);
  coordinated(context, starts);
  const found: Span[] = [];
  const ordered = [...starts].sort((a, b) => a - b);
  let covered = -1;
  for (const start of ordered) {
    if (start <= covered) continue;
    const first = extendBack(context, start, covered);
    const last = extend(context, start);
    covered = last;
    const after = context.tokens[last + 1];
    if (after && after.capitalised && VENUE_WORDS.has(after.lower) && context.adjacent(context.tokens[last], after)) continue; // "Sinatur Hotel ...": a venue
    // An initial keeps its dot: "Yasmin K."
    const end = context.tokens[last].end + (/^\.(?!\p{L})/u.test(text.slice(context.tokens[last].end)) && context.tokens[last].word.length === 1 ? 1 : 0);
    found.push({ kind: FindingKind.NAME, start: context.tokens[first].start, end });
  }
  return found;
};
