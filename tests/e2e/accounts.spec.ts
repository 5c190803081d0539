import type { Browser, Page } from "@playwright/test";
import { generate } from "otplib";
import { expectAccessible } from "./support/axe";
import { test, expect } from "./support/fixtures";
import { loginAs, submitLogin } from "./support/login";

/** Reads the newest message to `to` from the staff outbox page and returns the portal path in it. */
async function linkFromOutbox(staff: Page, to: string, pathPrefix: string): Promise<string> {
  await staff.goto("/beheer/e-mail");
  const message = staff.getByRole("list", { name: "Uitgaande e-mail" }).getByRole("listitem").filter({ hasText: `Aan: ${to}` }).first();
  await expect(message).toBeVisible();
  await expectAccessible(staff);
  const text = (await message.locator("pre").textContent()) ?? "";
  const match = new RegExp(`https?://[^\\s]+(${pathPrefix}[A-Za-z0-9_-]+)`).exec(text);
  expect(match, `a link to ${pathPrefix} in: ${text}`).not.toBeNull();
  return match?.[1] ?? "";
}

async function freshPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test.describe("accounts", () => {
  test("a provider registers, confirms its e-mail through the link and logs in", async ({ page, browser }) => {
    const visitor = await freshPage(browser);
    await visitor.goto("/registreren");
    await expectAccessible(visitor);
    await visitor.getByLabel("Naam van de organisatie").fill("Jeugdhulp Het Anker");
    await visitor.getByLabel("KvK-nummer").fill("1234567");
    await visitor.getByLabel("AGB-code (optioneel)").fill("");
    await visitor.getByLabel("Straat en huisnummer").fill("Havenweg 3");
    await visitor.getByLabel("Postcode").fill("2611 AA");
    await visitor.getByLabel("Plaats").fill("Delft");
    await visitor.getByLabel("Algemeen e-mailadres van de organisatie").fill("info@anker.example");
    await visitor.getByLabel("Uw naam").fill("Sara de Boer");
    await visitor.getByLabel("Uw e-mailadres").fill("sara@anker.example");
    await visitor.getByLabel("Wachtwoord").fill("zeven zeilboten op de vliet");
    await visitor.getByRole("button", { name: "Registreren" }).click();
    await expect(visitor.getByText("Een KvK-nummer bestaat uit precies 8 cijfers.")).toBeVisible();
    await visitor.getByLabel("KvK-nummer").fill("12345678");
    await visitor.getByRole("button", { name: "Registreren" }).click();
    await expect(visitor.getByText("Bijna klaar: bevestig uw e-mailadres")).toBeVisible();
    await expectAccessible(visitor);

    await visitor.goto("/inloggen");
    await submitLogin(visitor, "sara@anker.example", "zeven zeilboten op de vliet");
    await expect(visitor.getByText("Bevestig eerst uw e-mailadres")).toBeVisible();
    await expectAccessible(visitor);

    await loginAs(page, "staff");
    await expectAccessible(page);
    await page.goto("/beheer/organisaties");
    await expectAccessible(page);
    const registration = page.getByRole("region", { name: "Nieuwe registraties" }).getByRole("listitem").filter({ hasText: "Jeugdhulp Het Anker" });
    await expect(registration).toContainText("KvK 12345678");
    await expect(registration).toContainText("E-mail nog niet bevestigd");
    const link = await linkFromOutbox(page, "sara@anker.example", "/e-mail-bevestigen/");
    await visitor.goto(link);
    await expectAccessible(visitor);
    await visitor.getByRole("button", { name: "Bevestig mijn e-mailadres" }).click();
    await expect(visitor.getByText("Uw e-mailadres is bevestigd")).toBeVisible();
    await visitor.goto("/inloggen");
    await submitLogin(visitor, "sara@anker.example", "zeven zeilboten op de vliet");
    await expect(visitor).toHaveURL("/aanbieder");
    await expect(visitor.getByText("Jeugdhulpaanbieder bij Jeugdhulp Het Anker")).toBeVisible();
    await expectAccessible(visitor);
  });

  test("staff invite a school user, who sets a password through the link and logs in", async ({ page, browser }) => {
    await loginAs(page, "staff");
    await expectAccessible(page);
    await page.goto("/beheer/organisaties");
    await expectAccessible(page);
    const horizon = page.getByRole("region", { name: "SBO Horizon" });
    await horizon.getByText("Iemand uitnodigen voor SBO Horizon").click();
    const form = horizon.getByRole("form", { name: "Uitnodigen voor SBO Horizon" });
    await form.getByLabel("Naam").fill("Anna Smit");
    await form.getByLabel("E-mailadres").fill("anna@horizon.example");
    await form.getByRole("button", { name: "Uitnodigen" }).click();
    await expect(form.getByText("Uitnodiging verstuurd naar anna@horizon.example")).toBeVisible();

    const link = await linkFromOutbox(page, "anna@horizon.example", "/wachtwoord-instellen/");
    const invitee = await freshPage(browser);
    await invitee.goto(link);
    await expectAccessible(invitee);
    await invitee.getByLabel("Nieuw wachtwoord").fill("drie kikkers in de sloot");
    await invitee.getByLabel("Herhaal het wachtwoord").fill("drie kikkers in de sloot");
    await invitee.getByRole("button", { name: "Wachtwoord instellen" }).click();
    await expect(invitee.getByText("Uw wachtwoord is ingesteld")).toBeVisible();
    await invitee.goto("/inloggen");
    await submitLogin(invitee, "anna@horizon.example", "drie kikkers in de sloot");
    await expect(invitee).toHaveURL("/school");
    await expect(invitee.getByText("School bij SBO Horizon")).toBeVisible();
    await expectAccessible(invitee);

    await invitee.goto(link);
    await expect(invitee.getByText("Deze link werkt niet (meer)")).toBeVisible();
    await expect(invitee.getByText(/Deze uitnodiging is al gebruikt\./)).toBeVisible();
    await expect(invitee.getByRole("link", { name: "Wachtwoord vergeten" })).toBeVisible();
    await expectAccessible(invitee);
  });

  test("a new staff member sets up TOTP at the first login, then logs in with a code and once with a recovery code", async ({ page, browser }) => {
    await loginAs(page, "staff");
    await expectAccessible(page);
    await page.goto("/beheer/organisaties");
    await expectAccessible(page);
    const servicebureau = page.getByRole("region", { name: "Servicebureau Jeugdhulp Haaglanden" });
    await servicebureau.getByText("Iemand uitnodigen voor Servicebureau Jeugdhulp Haaglanden").click();
    const form = servicebureau.getByRole("form", { name: "Uitnodigen voor Servicebureau Jeugdhulp Haaglanden" });
    await form.getByLabel("Naam").fill("Kees Verbeek");
    await form.getByLabel("E-mailadres").fill("kees@servicebureau.example");
    await form.getByRole("button", { name: "Uitnodigen" }).click();
    await expect(form.getByText("Uitnodiging verstuurd naar kees@servicebureau.example")).toBeVisible();
    const link = await linkFromOutbox(page, "kees@servicebureau.example", "/wachtwoord-instellen/");

    const kees = await freshPage(browser);
    await kees.goto(link);
    await kees.getByLabel("Nieuw wachtwoord").fill("vier vlinders boven het veld");
    await kees.getByLabel("Herhaal het wachtwoord").fill("vier vlinders boven het veld");
    await kees.getByRole("button", { name: "Wachtwoord instellen" }).click();
    await expect(kees.getByText("Uw wachtwoord is ingesteld")).toBeVisible();
    await kees.goto("/inloggen");
    await submitLogin(kees, "kees@servicebureau.example", "vier vlinders boven het veld");

    // First login: nothing but the setup until TOTP is on.
    await expect(kees).toHaveURL("/account/tweestapsverificatie");
    await expect(kees.getByRole("heading", { level: 1, name: "Tweestapsverificatie instellen" })).toBeVisible();
    await expectAccessible(kees);
    await kees.goto("/beheer/tijdlijn");
    await expect(kees).toHaveURL("/account/tweestapsverificatie");
    const secret = ((await kees.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    await kees.getByLabel("Code uit de app").fill("000000");
    await kees.getByRole("button", { name: "Code controleren en inschakelen" }).click();
    await expect(kees.getByText("Deze code klopt niet.")).toBeVisible();
    const now = Math.floor(Date.now() / 1000);
    await kees.getByLabel("Code uit de app").fill(await generate({ secret, epoch: now }));
    await kees.getByRole("button", { name: "Code controleren en inschakelen" }).click();
    await expect(kees.getByText("Tweestapsverificatie staat aan")).toBeVisible();
    const codes = await kees.getByTestId("recovery-codes").getByRole("listitem").allTextContents();
    expect(codes).toHaveLength(10);
    await expectAccessible(kees);
    await kees.getByRole("link", { name: /verder naar het portaal/ }).click();
    await expect(kees).toHaveURL("/beheer");
    await expect(kees.getByRole("heading", { level: 1, name: "Welkom, Kees Verbeek" })).toBeVisible();

    // Second login: the password alone is not enough; the code of the step just used is refused.
    const again = await freshPage(browser);
    await again.goto("/inloggen");
    await submitLogin(again, "kees@servicebureau.example", "vier vlinders boven het veld");
    const codeField = again.getByLabel("Code uit uw authenticator-app");
    await expect(codeField).toBeVisible();
    await expectAccessible(again);
    await codeField.fill(await generate({ secret, epoch: now }));
    await again.getByRole("button", { name: "Code controleren en inloggen" }).click();
    await expect(again.getByRole("main").getByRole("alert")).toContainText("Deze code klopt niet of is al gebruikt.");
    await expect(again).toHaveURL("/inloggen");
    // The next step's code (the app shows it within 30 s; the server accepts one step of clock drift).
    await codeField.fill(await generate({ secret, epoch: now + 30 }));
    await again.getByRole("button", { name: "Code controleren en inloggen" }).click();
    await expect(again).toHaveURL("/beheer");

    // A recovery code works once.
    const recovery = await freshPage(browser);
    await recovery.goto("/inloggen");
    await submitLogin(recovery, "kees@servicebureau.example", "vier vlinders boven het veld");
    await recovery.getByLabel("Code uit uw authenticator-app").fill(codes[0] ?? "");
    await recovery.getByRole("button", { name: "Code controleren en inloggen" }).click();
    await expect(recovery).toHaveURL("/beheer");
    await recovery.goto("/account/tweestapsverificatie");
    await expect(recovery.getByText("U heeft nog 9 ongebruikte herstelcodes.")).toBeVisible();
    await expectAccessible(recovery);

    const reuse = await freshPage(browser);
    await reuse.goto("/inloggen");
    await submitLogin(reuse, "kees@servicebureau.example", "vier vlinders boven het veld");
    await reuse.getByLabel("Code uit uw authenticator-app").fill(codes[0] ?? "");
    await reuse.getByRole("button", { name: "Code controleren en inloggen" }).click();
    await expect(reuse.getByRole("main").getByRole("alert")).toContainText("Deze code klopt niet of is al gebruikt.");
  });
});
