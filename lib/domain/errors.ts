// Expected failures. Every code has a Dutch default message that tells the
// user what happened and what to do; services may pass a more specific one.
// Anything that is not a DomainError is logged and shown as a generic error.

export const ERROR_CODES = {
  UNAUTHENTICATED: "U bent niet (meer) ingelogd. Log opnieuw in.",
  FORBIDDEN: "U heeft geen toegang tot deze functie.",
  NOT_FOUND: "Niet gevonden. Het gevraagde bestaat niet of is niet voor u zichtbaar.",
  PHASE_CLOSED: "Dit kan nu niet: de termijn hiervoor is niet open.",
  VALIDATION: "Controleer de gemarkeerde velden.",
  CONFLICT: "Dit is intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.",
  RATE_LIMITED: "Te veel pogingen. Wacht even en probeer het opnieuw.",
  DEMO_ONLY: "Dit kan alleen in de demomodus van het portaal.",
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: Record<string, string>;

  constructor(code: ErrorCode, message?: string, fieldErrors?: Record<string, string>) {
    super(message ?? ERROR_CODES[code]);
    this.name = "DomainError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
