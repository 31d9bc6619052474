/**
 * Builds test/fixtures/anonymisation/eval-set.json: Danish case texts with
 * identifiers marked as ⟦kind|value⟧, and clean texts that contain the traps
 * a case text really has (organisations, towns, amounts, meeting dates, case
 * references, "Hans" as "his"). Deterministic (seeded), so the file only
 * changes when this script does. Run: npx ts-node scripts/build-anonymisation-eval.ts
 *
 * Honest limits: the texts are composed from templates by the same team that
 * wrote the scanner, and many (not all) names come from its lexicon; names
 * outside it appear after relation words and standalone, so recall on
 * unknown standalone names shows up as misses.
 */
import { writeFileSync } from 'node:fs';

let seed = 20261124;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const two = (n: number) => String(n).padStart(2, '0');

function cpr(): string {
  for (;;) {
    const year = 1950 + Math.floor(random() * 60);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const yy = year % 100;
    const seventh = year >= 2000 ? (yy <= 36 ? pick([4, 9]) : pick([5, 6, 7, 8])) : year >= 1937 ? pick([0, 1, 2, 3]) : pick([0, 1, 2, 3]);
    const serial = `${seventh}${Math.floor(random() * 1000).toString().padStart(3, '0')}`;
    const date = `${two(day)}${two(month)}${two(yy)}`;
    return pick([`${date}-${serial}`, `${date}${serial}`, `${date} ${serial}`, `${two(day)}.${two(month)}.${two(yy)}-${serial}`]);
  }
}

const phone = () => {
  const d = () => 2 + Math.floor(random() * 8);
  const n = `${d()}${Math.floor(random() * 10)}${Math.floor(random() * 10 ** 6).toString().padStart(6, '0')}`;
  return pick([`${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`, `${n.slice(0, 4)} ${n.slice(4)}`, n, `+45 ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`, `0045 ${n}`, `+45${n}`]);
};

const FIRST = ['Fatima', 'Mehmet', 'Abdi', 'Shilan', 'Reza', 'Imran', 'Zahra', 'Mette', 'Ahmad', 'Hawa', 'Kemal', 'Nasrin', 'Yasmin', 'Hodan', 'Elif', 'Berivan', 'Maryam', 'Saima', 'Farid', 'Sofie', 'Omar', 'Layla', 'Mustafa', 'Rojin', 'Arash', 'Usman', 'Mursal', 'Khadija', 'Ibrahim', 'Amina'];
const UNKNOWN_FIRST = ['Dilshad', 'Sabrina', 'Nadifa', 'Raouf', 'Gulnaz', 'Zerak', 'Perwin', 'Sahand', 'Mahroo', 'Fardowsa'];
const SURNAME = ['Hassan', 'Yilmaz', 'Warsame', 'Barzani', 'Karimi', 'Khan', 'Popal', 'Jensen', 'Ahmadi', 'Mohamud', 'Demir', 'Hosseini', 'Qureshi', 'Sultani', 'Al-Hassan', 'Nielsen'];
const RELATION = ['hendes bror', 'hans far', 'moren hedder', 'faren hedder', 'hendes kusine', 'hendes onkel', 'svigermoren', 'hendes mand', 'kæresten hedder', 'fru', 'hr.'];
const STREETS = ['Søndergade', 'Bispebjerg Parken', 'Grønnegade', 'Hovedvejen', 'Tingbjerg Allé', 'Gellerupparken', 'Vollsmose Allé', 'Stengårdsvej', 'Rosenhøj', 'Sundholmsvej'];
const TOWNS = ['2860 Søborg', '8700 Horsens', '8220 Brabrand', '5240 Odense NØ', '2700 Brønshøj', '2630 Taastrup', '2400 København NV'];
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const EMAIL_DOMAINS = ['gmail.com', 'hotmail.dk', 'outlook.com', 'yahoo.dk', 'live.dk'];

const mark = (kind: string, value: string) => `⟦${kind}|${value}⟧`;
const fullName = () => `${pick(FIRST)} ${pick(SURNAME)}`;
const address = () => pick([`${pick(STREETS)} ${1 + Math.floor(random() * 120)}`, `${pick(STREETS)} ${1 + Math.floor(random() * 40)}, ${1 + Math.floor(random() * 6)}. ${pick(['th', 'tv', 'mf'])}.`]);
const birth = () => {
  const year = 1990 + Math.floor(random() * 25);
  const day = 1 + Math.floor(random() * 28);
  const month = 1 + Math.floor(random() * 12);
  return pick([
    ['født ', `${day}. ${MONTHS[month - 1]} ${year}`],
    ['f. ', `${two(day)}.${two(month)}.${year}`],
    ['fødselsdato: ', `${day}/${month}-${year}`],
    ['født den ', `${day}. ${MONTHS[month - 1]} ${year}`],
  ]);
};

const WITH_IDENTIFIERS: (() => string)[] = [
  () => `Kvinden oplyser sit CPR-nummer ${mark('cpr', cpr())} ved samtalen i jobcentret.`,
  () => `Sagen vedrører en pige (CPR ${mark('cpr', cpr())}), som ikke må gå til fritidsaktiviteter.`,
  () => `Hun kan kontaktes på ${mark('phone', phone())} efter skoletid.`,
  () => `Moren har ringet fra ${mark('phone', phone())} flere gange i denne uge.`,
  () => `Borgeren skriver fra ${mark('email', `${pick(FIRST).toLowerCase()}.${pick(SURNAME).toLowerCase().replace('-', '')}@${pick(EMAIL_DOMAINS)}`)} og beder om et møde.`,
  () => `Familien bor på ${mark('address', address())} i en treværelses lejlighed.`,
  () => `Hun er flyttet til ${mark('address', pick(TOWNS))} hos en veninde.`,
  () => {
    const [word, date] = birth();
    return `Den unge er ${word}${mark('birth_date', date)} og går i 9. klasse.`;
  },
  () => `${mark('name', fullName())} har fortalt sin lærer, at hun ikke må have en telefon.`,
  () => `Samtalen var med ${mark('name', fullName())}, som er bekymret for sin datter.`,
  () => `Pigen fortæller, at ${pick(RELATION)} ${mark('name', pick([...FIRST, ...UNKNOWN_FIRST]))} kontrollerer, hvem hun ser.`,
  () => `Drengen siger, at ${pick(RELATION)} ${mark('name', pick(UNKNOWN_FIRST))} truer ham, hvis han taler med skolen.`,
  () => `Hun nævner, at ${mark('name', pick(FIRST))} følger efter hende fra skolen hver dag.`,
  () => `Vi har talt med ${mark('name', pick(UNKNOWN_FIRST))} ${mark('name', pick(SURNAME))} om situationen.`.replace(/⟧ ⟦name\|/, ' ').replace(/⟦name\|([^⟧]+)⟧ ([A-ZÆØÅ][^⟧ ]*)⟧/, '⟦name|$1 $2⟧'),
];

const CLEAN = [
  'Pigen er mellem 13 og 17 år og fortæller om begrænsninger i hverdagen. Hun må ikke deltage i fritidsaktiviteter efter skole.',
  'Sagsbehandleren har kontaktet Etnisk Konsulentteam for råd om risikovurdering efter PATRIARK.',
  'Netværket drøftede sagen GLX-2026-014 på mødet den 7. juni 2026 kl. 14.30.',
  'Bydelsmødre i området har tilbudt at tage en uformel snak med moren.',
  'Hans mor har givet udtryk for bekymring for sønnens fremtid.',
  'Kvinden modtager kontanthjælp på ca. 12.500 kr. om måneden og er aktivitetsparat.',
  'SSP har set en stigning i henvendelser om digital kontrol blandt unge i 18-24-årsalderen.',
  'Jobcenter Horsens og Ungecenteret har aftalt en koordineret indsats.',
  'Der er udarbejdet en handleplan efter § 115 i retsplejeloven.',
  'Mødet med sikkerhedskonsulenten er flyttet til tirsdag i uge 23.',
  'Baba og fædregruppen i Gellerup holder møde om forældreroller i april.',
  'Skolen oplyser, at fraværet er steget med 20 % det seneste halvår.',
  'Hun har været i Danmark i 11 år og taler godt dansk.',
  'Familien har boet i Aarhus siden 2015 og har fire børn i alderen 3-14 år.',
  'Sundhedsplejen har observeret, at moren virker isoleret og sjældent forlader lejligheden.',
  'Den unge kvinde frygter at blive sendt til familiens hjemland i sommerferien.',
  'Vi anbefaler en samtale med en tolk og inddragelse af en ressourceperson fra netværket.',
  'Politiet er orienteret, og der er ikke aktuel fare.',
  'Sagen blev første gang drøftet i netværket i marts; udfaldet evalueres ved næste møde.',
  'Den boligsociale medarbejder har haft tre hjemmebesøg siden januar.',
  'Pigen har fået tilbudt et forløb hos Etnisk Familieteam.',
  'Kommunen har modtaget 643 henvendelser og haft 286 borgersager på to år.',
  'Drengen på 15 år går på en efterskole uden for kommunen.',
  'Imamen i lokalområdet er blevet spurgt om råd af familien.',
  'Kvinden ønsker hjælp til at finde egen bolig og job som social- og sundhedshjælper.',
  'Fra Gladsaxe deltog to sundhedsplejersker, en SSP-konsulent og en jobrådgiver.',
  'Lægen har henvist til psykolog, og ventetiden er seks uger.',
  'Moren siger, at faren bestemmer, hvem datteren må være venner med.',
  'Netværket foreslår action card nr. 3 om mistanke om negativ social kontrol.',
  'Der var 14 deltagere på workshoppen i Høje Taastrup den 12. maj.',
];

/** Written by hand, not from the templates: formats and positions the templates do not produce. */
const HARD = [
  '⟦name|Nadifa⟧ kom for sent til samtalen og virkede nervøs.',
  'Deltagere fra familien: ⟦name|Sahand⟧, ⟦name|Mahroo⟧ og ⟦name|Perwin⟧.',
  'Hun har skrevet til ⟦email|N.Ahmadi+skole@Outlook.DK⟧ om fraværet.',
  'Faren (⟦name|Kemal Yilmaz⟧) mødte op uanmeldt.',
  'Oplyst CPR: ⟦cpr|010203 4567⟧.',
  'Telefon: ⟦phone|+45 2030 4050⟧ (mor).',
  'Ny adresse: ⟦address|Nørrebrogade 212, st. tv.⟧, ⟦address|2200 København N⟧.',
  'Hun fylder år ⟦birth_date|3. marts 2010⟧, oplyste hun, og er altså født ⟦birth_date|3. marts 2010⟧.',
  'Pigen siger: "⟦name|Farhiya⟧ må ikke vide, at jeg har været her."',
  'Søsteren, ⟦name|Rahel⟧, har hjulpet hende med at søge bolig.',
  'Familien ⟦name|Al-Sayed⟧ er kendt af skolen.',
  'Datteren ⟦name|Zeynep⟧ på 17 år går på gymnasiet.',
  'Fætteren ⟦name|Baran⟧ holder øje med hendes telefon.',
  'Der er sendt sms til ⟦phone|22 33 44 55⟧ og ⟦phone|0045 28 91 76 34⟧.',
  'Sagen vedrører ⟦name|Leyla Demir⟧ og hendes to børn.',
];

const PREFIXES = ['', 'Bekymringen: ', 'Hvad er gjort: ', 'Fortællingen: ', 'Spørgsmål til netværket: '];
const texts: { text: string; clean: boolean }[] = [];
for (let i = 0; i < 400; i++) {
  const sentences = [pick(WITH_IDENTIFIERS)(), pick(CLEAN), random() < 0.5 ? pick(WITH_IDENTIFIERS)() : pick(CLEAN)];
  texts.push({ text: pick(PREFIXES) + sentences.join(' '), clean: false });
}
for (const text of HARD) texts.push({ text, clean: false });
for (let i = 0; i < 200; i++) {
  const count = 1 + Math.floor(random() * 4);
  texts.push({ text: Array.from({ length: count }, () => pick(CLEAN)).join(' '), clean: true });
}
writeFileSync('test/fixtures/anonymisation/eval-set.json', `${JSON.stringify({ note: 'Built by scripts/build-anonymisation-eval.ts; identifiers marked as ⟦kind|value⟧. All fictional.', texts }, null, 1)}\n`);
console.log(`wrote ${texts.length} texts`);
