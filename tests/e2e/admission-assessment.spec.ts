import type { Browser, Locator, Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./support/accounts";
import { createSubmittedApplication } from "./support/admission-assessment";
import { expectAccessible } from "./support/axe";
import { setDemoClock } from "./support/demo-clock";
import { demoClockTest as test, expect } from "./support/fixtures";
import { loginAs, submitLogin } from "./support/login";

// Admission, staff side (issue 6): the content is sealed until the admission
// window closes; staff assess every requirement and decide per cluster; a
// second staff member confirms "not admitted"; the provider sees "In
// beoordeling" until the announcement and its decisions after it, the public
// list shows the admitted providers, and the provider gets an e-mail.

const SBO = "Speciaal Basisonderwijs (SBO)";
const C3 = "Cluster 3 SO (Keerkring)";
const ADMIT = "De referenties tonen ruim twee jaar ervaring binnen SBO en de expertise is overtuigend onderbouwd.";
const REJECT = "De referentieopdracht is uitgevoerd op een SBO-school; ervaring binnen cluster 3 is niet aangetoond.";

async function providerPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/inloggen");
  await expectAccessible(page);
  await submitLogin(page, email, DEMO_PASSWORD);
  await expect(page).toHaveURL("/aanbieder");
  await expectAccessible(page);
  return page;
}

async function assess(cluster: Locator, name: string, index: number, verdict: "Voldaan" | "Niet voldaan", note = "") {
  const form = cluster.getByRole("form", { name: `Beoordeling: ${name}, eis ${index}` });
  await form.getByLabel(verdict, { exact: true }).check();
  if (note) await form.getByLabel("Toelichting").fill(note);
  await form.getByRole("button", { name: "Beoordeling opslaan" }).click();
  await expect(cluster.getByText(new RegExp(`^Eisen beoordeeld: ${index} van`))).toBeVisible();
}

test.describe("admission assessment", () => {
  test("the content is sealed for staff until the admission window closes", async ({ page }) => {
    const application = await createSubmittedApplication("Verzegeld Jeugdhulp", ["SBO"]);
    await loginAs(page, "staff");
    await setDemoClock(page, "2025-09-25T10:00", "25 september 2025 10:00 CEST");

    await page.goto("/beheer/toelating");
    await expect(page.getByRole("heading", { level: 1, name: "Toelating beoordelen" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Verzegeld" })).toContainText("Dit kan pas na 30 september 2025 23:59 CEST (Toelatingsprocedure).");
    const row = page.getByRole("row", { name: new RegExp(application.organisationName) });
    await expect(row).toContainText("20 september 2025 10:00 CEST");
    await expect(row.getByRole("link")).toHaveCount(0);
    await expectAccessible(page);

    await page.goto(`/beheer/toelating/${application.applicationId}`);
    await expect(page.getByRole("status").filter({ hasText: "verzegeld" })).toBeVisible();
    await expect(page.getByText("Wij werken samen met de wijkteams")).toHaveCount(0);
    await expectAccessible(page);
  });

  test("staff assess with four eyes; the provider sees its decisions and the public the admitted providers from the announcement on", async ({ page, browser }) => {
    test.setTimeout(300_000);
    const application = await createSubmittedApplication("Toelating Jeugdhulp", ["SBO", "C3_SO"]);
    await loginAs(page, "staff");
    await setDemoClock(page, "2025-10-01T10:00", "1 oktober 2025 10:00 CEST");

    await page.goto("/beheer/toelating");
    await page.getByRole("link", { name: application.organisationName }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Aanvraag van ${application.organisationName}` })).toBeVisible();
    const sbo = page.getByRole("region", { name: SBO, exact: true });
    await expect(sbo).toContainText("Berekende ervaring: 2 jaar en 3 maanden (minimaal 2 jaar)");
    await expect(sbo).toContainText("Wij werken samen met de wijkteams rond de scholen van SBO.");
    await expectAccessible(page);

    for (let i = 1; i <= 4; i++) await assess(sbo, SBO, i, "Voldaan");
    const sboDecision = sbo.getByRole("form", { name: `Besluit over ${SBO}` });
    await sboDecision.getByLabel("Toegelaten", { exact: true }).check();
    await sboDecision.getByLabel("Motivering").fill("Voldoet.");
    await sboDecision.getByRole("button", { name: "Besluit vastleggen" }).click();
    await expect(sboDecision.getByLabel("Motivering")).toHaveAccessibleDescription(/Schrijf een inhoudelijke motivering van minimaal 8 woorden en 40 tekens/);
    await expectAccessible(page);
    await sboDecision.getByLabel("Motivering").fill(ADMIT);
    await sboDecision.getByRole("button", { name: "Besluit vastleggen" }).click();
    await expect(sbo.getByText("Definitief: toegelaten")).toBeVisible();

    const c3 = page.getByRole("region", { name: C3, exact: true });
    await assess(c3, C3, 1, "Niet voldaan", "De referentie is op een SBO-school, niet binnen cluster 3.");
    await assess(c3, C3, 2, "Voldaan");
    await assess(c3, C3, 3, "Voldaan");
    const c3Decision = c3.getByRole("form", { name: `Besluit over ${C3}` });
    await c3Decision.getByLabel("Niet toegelaten").check();
    await c3Decision.getByLabel("Motivering").fill(REJECT);
    await c3Decision.getByRole("button", { name: "Besluit vastleggen" }).click();
    await expect(c3.getByText("Wacht op bevestiging (vier ogen)").first()).toBeVisible();
    await expect(c3.getByRole("button", { name: /Besluit bevestigen/ })).toHaveCount(0);
    await expectAccessible(page);

    // Before the announcement the provider sees "In beoordeling" and nothing else; the public list is not out yet.
    const provider = await providerPage(browser, application.email);
    await provider.goto("/aanbieder/toelating/besluit");
    await expect(provider.getByText("In beoordeling", { exact: true })).toBeVisible();
    await expect(provider.getByText(ADMIT)).toHaveCount(0);
    await expect(provider.getByRole("main")).toContainText("Het Servicebureau maakt de besluiten bekend op 15 oktober 2025 00:00 CEST.");
    await expectAccessible(provider);
    await provider.goto("/toegelaten-aanbieders");
    await expect(provider.getByRole("main")).toContainText("wordt gepubliceerd op 15 oktober 2025 00:00 CEST");
    await expect(provider.getByText(application.organisationName)).toHaveCount(0);
    await expectAccessible(provider);

    // The announcement: final decisions are frozen and visible; "not admitted" still awaits its second staff member.
    await setDemoClock(page, "2025-10-16T09:00", "16 oktober 2025 09:00 CEST");
    await page.goto("/beheer/toelating");
    await expect(page.getByRole("status").filter({ hasText: "Besluiten ontbreken na de bekendmaking" })).toBeVisible();
    // (Once per walk through the announcement; another journey may have walked through it first.)
    await expect(page.getByText(/De besluiten zijn op \d+ oktober 2025 \d\d:\d\d CEST per e-mail aan de aanbieders gestuurd\./)).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/beheer/toelating/${application.applicationId}`);
    await expect(page.getByRole("region", { name: SBO, exact: true }).getByText("Dit besluit is bekendgemaakt op 15 oktober 2025 00:00 CEST en ligt vast")).toBeVisible();
    await expect(page.getByRole("form", { name: `Besluit over ${SBO}` })).toHaveCount(0);
    await expectAccessible(page);

    await provider.goto("/aanbieder/toelating/besluit");
    const providerSbo = provider.getByRole("region", { name: SBO, exact: true });
    await expect(providerSbo.getByText("Toegelaten", { exact: true })).toBeVisible();
    await expect(providerSbo).toContainText(ADMIT);
    await expect(provider.getByRole("region", { name: C3, exact: true }).getByText("In beoordeling", { exact: true })).toBeVisible();
    await expect(provider.getByText(REJECT)).toHaveCount(0);
    await expectAccessible(provider);
    await provider.goto("/toegelaten-aanbieders");
    await expect(provider.getByRole("region", { name: SBO, exact: true }).getByRole("listitem").filter({ hasText: application.organisationName })).toBeVisible();
    await expect(provider.getByRole("region", { name: C3, exact: true })).not.toContainText(application.organisationName);
    await expectAccessible(provider);

    // A second staff member confirms "not admitted": final now, and mailed now.
    const staff2 = await (await browser.newContext()).newPage();
    await loginAs(staff2, "staff2");
    await staff2.goto(`/beheer/toelating/${application.applicationId}`);
    await expectAccessible(staff2);
    await staff2.getByRole("region", { name: C3, exact: true }).getByRole("button", { name: /Besluit bevestigen/ }).click();
    await expect(staff2.getByRole("status").filter({ hasText: "Besluit bevestigd. Het is nu definitief." })).toBeVisible();
    await expect(staff2.getByRole("region", { name: C3, exact: true }).getByText("Definitief: niet toegelaten")).toBeVisible();
    await expectAccessible(staff2);

    await provider.goto("/aanbieder/toelating/besluit");
    const providerC3 = provider.getByRole("region", { name: C3, exact: true });
    await expect(providerC3.getByText("Niet toegelaten", { exact: true })).toBeVisible();
    await expect(providerC3).toContainText(REJECT);
    await expectAccessible(provider);

    await page.goto("/beheer/e-mail");
    const mails = page.getByRole("listitem").filter({ hasText: `Aan: ${application.email}` });
    await expect(mails.filter({ hasText: `Besluit over uw aanvraag tot toelating: ${C3}` })).toHaveCount(1);
    await expectAccessible(page);
  });
});
