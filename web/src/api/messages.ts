import { ApiError, ApiProblem } from './client';

/**
 * What each error code means to the person using the page, in Danish. The
 * API's own messages are English and meant for developers; the page shows
 * these instead, chosen by `extensions.code`.
 */
const MESSAGES: Record<string, string> = {
  BAD_USER_INPUT: 'Oplysningerne er ikke udfyldt rigtigt.',
  UNAUTHENTICATED: 'Du er ikke logget ind længere. Log ind igen.',
  CSRF_TOKEN_INVALID: 'Siden er forældet. Genindlæs siden og prøv igen.',
  FORBIDDEN: 'Du har ikke adgang til at gøre dette.',
  NOT_FOUND: 'Det findes ikke, eller du har ikke adgang til det.',
  CONFLICT: 'Det er allerede registreret.',
  RATE_LIMITED: 'Du har sendt mange forespørgsler på kort tid. Vent et øjeblik og prøv igen.',
  SERVICE_UNAVAILABLE: 'Tjenesten svarer ikke lige nu. Prøv igen om lidt.',
  NETWORK_ERROR: 'Der er ingen forbindelse til tjenesten. Tjek din netværksforbindelse og prøv igen.',
  INTERNAL_SERVER_ERROR: 'Der skete en fejl hos os. Prøv igen, og kontakt support hvis det sker igen.',
  PERSONAL_DATA_DETECTED: 'Teksten ser ud til at indeholde personoplysninger (fx navn, cpr-nummer, telefonnummer eller adresse). Fjern dem, og prøv igen.',
  AGENDA_OVERLAP: 'Punktet overlapper det foregående punkt. Flyt starttidspunktet eller gør det foregående punkt kortere.',
  AGENDA_OVERRUN: 'Dagsordenen går ud over mødets tidsramme. Gør punkterne kortere eller mødet længere.',
  AGENDA_TALK_REQUIRED: 'Et eksternt oplæg skal blive på dagsordenen. Aflys oplægget for at fjerne det.',
  MEETING_CANCELLED: 'Mødet er aflyst.',
  MEETING_NOT_STARTED: 'Det kan først registreres, når mødet er begyndt.',
  MINUTES_NOT_CIRCULATED: 'Referatet skal sendes i høring, før det kan godkendes.',
  MINUTES_APPROVED: 'Referatet er godkendt. En rettelse kræver en bemærkning om, hvad der er ændret.',
  MINUTES_FINDINGS_UNRESOLVED: 'Referatet indeholder mulige personoplysninger. Fjern dem fra teksten, eller lad koordinatoren kvittere for hver med en begrundelse, før referatet sendes i høring eller godkendes.',
  SPEAKER_DOUBLE_BOOKED: 'Oplægsholderen er allerede booket på det tidspunkt.',
  TALK_NOT_HELD: 'Et oplæg kan først vurderes, når det er holdt.',
  INVALID_STATUS_TRANSITION: 'Det kan ikke lade sig gøre i den nuværende status.',
  IDEMPOTENCY_KEY_REUSED: 'Forespørgslen er allerede sendt med andre oplysninger.',
  PAYLOAD_TOO_LARGE: 'Teksten er for lang.',
};

export function messageFor(problem: Pick<ApiProblem, 'code'>): string {
  return MESSAGES[problem.code] ?? MESSAGES.INTERNAL_SERVER_ERROR;
}

/** The problems of an error, or one generic problem for anything else. */
export function problemsOf(error: unknown): ApiProblem[] {
  if (error instanceof ApiError) return error.problems;
  return [{ code: 'INTERNAL_SERVER_ERROR', message: '', fields: [] }];
}

/** The Danish message for the first problem that concerns `field` (an input path's last part, e.g. `title`). */
export function fieldError(problems: ApiProblem[], field: string): string | undefined {
  const hit = problems.find((p) => p.fields.some((path) => path === field || path.endsWith(`.${field}`)));
  return hit ? messageFor(hit) : undefined;
}
