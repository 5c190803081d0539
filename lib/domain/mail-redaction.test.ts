import { describe, expect, it } from "vitest";
import { redactTokenLinks } from "./mail-redaction";

const token = "Zx8_k-3QmP0aLr7TtYv2WcN5bGd1HsJ9eF4uIoK6yXq";

describe("redactTokenLinks", () => {
  it("hides the token of a set-password and a confirmation link in plain text", () => {
    const text = `Stel uw wachtwoord in:\n\nhttps://portaal.example.nl/jeugdhulp/wachtwoord-instellen/${token}\n\nof bevestig: https://x.nl/e-mail-bevestigen/${token}.`;
    const redacted = redactTokenLinks(text);
    expect(redacted).not.toContain(token);
    expect(redacted).toBe(
      "Stel uw wachtwoord in:\n\nhttps://portaal.example.nl/jeugdhulp/wachtwoord-instellen/[verborgen]\n\nof bevestig: https://x.nl/e-mail-bevestigen/[verborgen].",
    );
  });

  it("hides the token in an HTML link, in href and text", () => {
    const url = `https://x.nl/wachtwoord-instellen/${token}`;
    expect(redactTokenLinks(`<p><a href="${url}">${url}</a></p>`)).toBe(
      '<p><a href="https://x.nl/wachtwoord-instellen/[verborgen]">https://x.nl/wachtwoord-instellen/[verborgen]</a></p>',
    );
  });

  it("leaves other links and text alone, and is idempotent", () => {
    const text = "Log in via https://x.nl/inloggen of https://x.nl/wachtwoord-vergeten; zie https://x.nl/aanbieder/reacties/abc123.";
    expect(redactTokenLinks(text)).toBe(text);
    const once = redactTokenLinks(`https://x.nl/wachtwoord-instellen/${token}`);
    expect(redactTokenLinks(once)).toBe(once);
  });
});
