export enum FindingKind {
  CPR = 'cpr',
  PHONE = 'phone',
  EMAIL = 'email',
  ADDRESS = 'address',
  BIRTH_DATE = 'birth_date',
  NAME = 'name',
}

export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
  /** The first two characters and the shape, never the value: "15****-****". */
  preview: string;
}

export const PLACEHOLDERS: Record<FindingKind, string> = {
  [FindingKind.CPR]: '[CPR]',
  [FindingKind.PHONE]: '[TLF]',
  [FindingKind.EMAIL]: '[EMAIL]',
  [FindingKind.ADDRESS]: '[ADRESSE]',
  [FindingKind.BIRTH_DATE]: '[FØDSELSDATO]',
  [FindingKind.NAME]: '[NAVN]',
};
