// Links in e-mail that act as a credential (set a password, confirm an
// address) must not stay readable for staff once the mail has really been
// sent: whoever reads the link can take over the account. Pure.

/** The pages whose last path segment is a single-use token. */
const TOKEN_PATHS = ["wachtwoord-instellen", "e-mail-bevestigen"] as const;

export const REDACTED_TOKEN = "[verborgen]";

const TOKEN_LINK = new RegExp(`(/(?:${TOKEN_PATHS.join("|")})/)[A-Za-z0-9_-]+`, "g");

/**
 * Replaces the token in every token link with "[verborgen]", in plain text
 * and in HTML alike (".../wachtwoord-instellen/[verborgen]"). Anything else
 * stays as it is.
 */
export function redactTokenLinks(body: string): string {
  return body.replace(TOKEN_LINK, `$1${REDACTED_TOKEN}`);
}
