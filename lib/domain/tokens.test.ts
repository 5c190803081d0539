import { describe, expect, it } from "vitest";
import { tokenState, unusableLinkMessage } from "./tokens";

describe("tokenState", () => {
  const expiresAt = new Date("2026-03-29T01:00:00.000Z");
  const at = (ms: number) => new Date(expiresAt.getTime() + ms);

  it("is VALID until one millisecond before expiresAt", () => {
    expect(tokenState(expiresAt, null, at(-1))).toBe("VALID");
    expect(tokenState(expiresAt, null, at(-7 * 86_400_000))).toBe("VALID");
  });
  it("is EXPIRED at expiresAt itself and after", () => {
    expect(tokenState(expiresAt, null, at(0))).toBe("EXPIRED");
    expect(tokenState(expiresAt, null, at(1))).toBe("EXPIRED");
  });
  it("is USED once used, before and after expiry", () => {
    expect(tokenState(expiresAt, at(-10), at(-1))).toBe("USED");
    expect(tokenState(expiresAt, at(-10), at(0))).toBe("USED");
    expect(tokenState(expiresAt, at(-10), at(1))).toBe("USED");
  });
});

describe("unusableLinkMessage", () => {
  it("sends an expired invitation to the inviter or to 'Wachtwoord vergeten'", () => {
    expect(unusableLinkMessage("INVITATION", "EXPIRED")).toMatch(/Vraag degene die u uitnodigde om een nieuwe uitnodiging, of vraag via 'Wachtwoord vergeten' een nieuwe link aan/);
  });
  it("sends an expired reset link to 'Wachtwoord vergeten', without the invitation text", () => {
    const message = unusableLinkMessage("PASSWORD_RESET", "EXPIRED");
    expect(message).toMatch(/Vraag via 'Wachtwoord vergeten' een nieuwe link aan/);
    expect(message).not.toMatch(/uitnodig/);
  });
  it("sends an expired confirmation link to registering again", () => {
    expect(unusableLinkMessage("EMAIL_CONFIRMATION", "EXPIRED")).toMatch(/Registreer uw organisatie opnieuw/);
  });
  it("names a way out for every kind and state", () => {
    for (const kind of ["INVITATION", "PASSWORD_RESET", "EMAIL_CONFIRMATION", null] as const) {
      for (const state of ["EXPIRED", "USED", "UNKNOWN"] as const) {
        expect(unusableLinkMessage(kind, state)).toMatch(/inloggen|Log in|Wachtwoord vergeten|Registreer|Servicebureau/);
      }
    }
  });
});
