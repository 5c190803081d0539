// Single-use e-mail links (invitation, password reset, e-mail confirmation):
// whether one still works, and what to tell the person when it does not.
// Pure: `now` is a parameter.

export type TokenState = "VALID" | "EXPIRED" | "USED";
export type LinkKind = "EMAIL_CONFIRMATION" | "INVITATION" | "PASSWORD_RESET";

/**
 * A link works until just before `expiresAt`: at `expiresAt` itself it has
 * expired. A used link stays USED, also after it would have expired.
 */
export function tokenState(expiresAt: Date, usedAt: Date | null, now: Date): TokenState {
  if (usedAt) return "USED";
  return now.getTime() < expiresAt.getTime() ? "VALID" : "EXPIRED";
}

/**
 * Why a link does not work and the way out. `kind` is null for an unknown
 * link (mistyped, cut off, or replaced by a newer one). The pages and forms
 * show a link next to the way out the text names.
 */
export function unusableLinkMessage(kind: LinkKind | null, state: Exclude<TokenState, "VALID"> | "UNKNOWN"): string {
  if (kind === "EMAIL_CONFIRMATION") {
    if (state === "USED") return "Uw e-mailadres is al bevestigd. U kunt inloggen.";
    if (state === "EXPIRED") {
      return "Deze bevestigingslink is verlopen (hij is 24 uur geldig). Registreer uw organisatie opnieuw met hetzelfde KvK-nummer; de onbevestigde registratie wordt dan vervangen.";
    }
    return "Deze bevestigingslink is ongeldig. Controleer of u de hele link uit de e-mail heeft gebruikt, of neem contact op met het Servicebureau.";
  }
  if (kind === "INVITATION") {
    if (state === "USED") return "Deze uitnodiging is al gebruikt. Log in met uw wachtwoord, of vraag via 'Wachtwoord vergeten' een nieuwe link aan.";
    if (state === "EXPIRED") {
      return "Deze uitnodiging is verlopen. Vraag degene die u uitnodigde om een nieuwe uitnodiging, of vraag via 'Wachtwoord vergeten' een nieuwe link aan.";
    }
  }
  if (kind === "PASSWORD_RESET") {
    if (state === "USED") return "Deze link is al gebruikt. Log in met uw nieuwe wachtwoord, of vraag via 'Wachtwoord vergeten' een nieuwe link aan.";
    if (state === "EXPIRED") return "Deze link is verlopen (hij is een uur geldig). Vraag via 'Wachtwoord vergeten' een nieuwe link aan.";
  }
  return "Deze link is ongeldig of vervangen door een nieuwere. Controleer of u de hele link uit de laatste e-mail heeft gebruikt, of vraag via 'Wachtwoord vergeten' een nieuwe link aan.";
}
