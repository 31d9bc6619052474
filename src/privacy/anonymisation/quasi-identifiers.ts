/**
 * Combinations that identify in a small municipality even without a name:
 * an exact age, a named school or institution, and a named housing area or
 * street. Together they earn a warning the presenter must acknowledge.
 */
const UPPER = 'A-ZÆØÅ';
const L = 'A-Za-zÆØÅæøå';

const EXACT_AGE = /\b\d{1,2}(?:\s?år(?:ig|s)?\b|-årig)/i;
const NAMED_INSTITUTION = new RegExp(`\\b[${UPPER}][${L}-]+\\s?(?:[Ss]kole|[Gg]ymnasium|[Ee]fterskole|[Bb]ørnehave|[Vv]uggestue|[Ff]ritidsklub|[Uu]ngdomsskole|[Ii]nstitution)\\b|\\b[${UPPER}][${L}]+(?:skolen|gymnasiet|børnehaven)\\b`);
const NAMED_AREA = new RegExp(
  `\\b(?:Gellerupparken|Gellerup|Vollsmose|Tingbjerg|Mjølnerparken|Bispebjerg Parken|Rosenhøj|Skovvejen|Sundholmsvej|Nørrebro|Ishøj Strand|Gadehavegaard|Taastrupgård)\\b|\\b[${UPPER}][${L}]+(?:parken|vænget|gården|haven|bakken|kvarteret)\\b`,
);

export interface QuasiIdentifierWarning {
  exactAge: boolean;
  namedInstitution: boolean;
  namedArea: boolean;
}

export function quasiIdentifierWarning(text: string): QuasiIdentifierWarning | null {
  const found = { exactAge: EXACT_AGE.test(text), namedInstitution: NAMED_INSTITUTION.test(text), namedArea: NAMED_AREA.test(text) };
  return found.exactAge && found.namedInstitution && found.namedArea ? found : null;
}
