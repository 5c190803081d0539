import type { Browser, Locator, Page } from "@playwright/test";
import { applicationForm, clusterPart, CLUSTERS, fillApplication, pdf, submitApplication, type ApplicationInput, type ReferenceInput } from "./support/admission";
import { expectAccessible } from "./support/axe";
import { setDemoClock } from "./support/demo-clock";
import { demoClockTest as test, expect } from "./support/fixtures";
import { loginAs } from "./support/login";
import type { DemoAccountKey } from "./support/accounts";

// Admission from application to announcement (issue 6), entirely through the
// browser: in the window De Brug applies for SBO with 26 months of SBO
// references and a PDF and gets a receipt; Kompas, with 18 months, gets the
// warning and submits anyway. Staff cannot open the content before the
// close. After it, staff admit De Brug and reject Kompas, which a second
// staff member confirms. Before the announcement both providers read "In
// beoordeling" and the public list is not out; after it each reads its own
// result with the motivation and the public list shows De Brug only.

const SBO = CLUSTERS.SBO;
const DE_BRUG = "Jeugdhulp De Brug";
const KOMPAS = "Kompas Jeugd en Gezin";
const ADMIT = "De referenties tonen ruim twee jaar ervaring binnen SBO en de expertise is overtuigend onderbouwd.";
const REJECT = "De referenties tonen anderhalf jaar ervaring binnen SBO; gevraagd is minimaal twee jaar.";
const DE_BRUG_CARE = "De Brug werkt samen met de CJG's en wijkteams rond de SBO-scholen in Haaglanden.";

function sboReference(schoolName: string, startOn: string, endOn: string): ReferenceInput {
  return {
    schoolName, place: "Delft", cluster: SBO, startOn, endOn,
    description: "Groepsgewijze interventies en leerkrachtondersteuning.", contactName: "J. de Boer", contactEmail: "j.deboer@school.example",
  };
}

function sboApplication(signer: string, reference: ReferenceInput, careLandscape: string): ApplicationInput {
  return {
    signer: { name: signer, function: "Directeur", signedOn: "2025-09-19" },
    references: [reference],
    clusters: {
      [SBO]: {
        careLandscape,
        educationalOffer: "Wij kennen het SBO en de samenwerkingsverbanden in Delft en Zoetermeer.",
        expertise: "Onze gedragswetenschappers hebben hier jaren ervaring mee op SBO-scholen.",
      },
    },
    documents: [{ file: pdf("referentieverklaring-sbo.pdf"), label: "Referentieverklaring SBO" }],
  };
}

// 1 January 2023 – 28 February 2025: 26 months. 1 January 2024 – 30 June 2025: 18 months.
const DE_BRUG_APPLICATION = sboApplication("Pieter Jansen", sboReference("SBO Laurentiusschool", "2023-01-01", "2025-02-28"), DE_BRUG_CARE);
const KOMPAS_APPLICATION = sboApplication("Fatima El Amrani", sboReference("SBO Horizon", "2024-01-01", "2025-06-30"), "Kompas kent de wijkteams en het CJG in Zoetermeer.");

async function pageFor(browser: Browser, key: DemoAccountKey): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, key);
  return page;
}

/** A provider fills the whole application in the window and submits it. */
async function apply(provider: Page, application: ApplicationInput, experience: string, belowMinimum: boolean) {
  await provider.goto("/aanbieder/toelating");
  await expect(provider.getByTestId("admission-window")).toContainText("De toelatingsprocedure is open tot en met 30 september 2025 23:59 CEST");
  const form = applicationForm(provider);
  await fillApplication(form, application);
  await expect(clusterPart(form, SBO).getByTestId("experience-SBO")).toContainText(`voor dit cluster: ${experience}${belowMinimum ? "" : " — voldoet aan het minimum."}`);
  return submitApplication(provider, { belowMinimum });
}

/** Staff assess requirement `index` (1-based) of the cluster. */
async function assess(cluster: Locator, index: number, verdict: "Voldaan" | "Niet voldaan", note: string) {
  const form = cluster.getByRole("form", { name: `Beoordeling: ${SBO}, eis ${index}` });
  await form.getByLabel(verdict, { exact: true }).check();
  await form.getByLabel("Toelichting").fill(note);
  await form.getByRole("button", { name: "Beoordeling opslaan" }).click();
  await expect(cluster.getByText(`Eisen beoordeeld: ${index} van 4`)).toBeVisible();
}

async function decide(cluster: Locator, outcome: "Toegelaten" | "Niet toegelaten", motivation: string) {
  const form = cluster.getByRole("form", { name: `Besluit over ${SBO}` });
  await form.getByLabel(outcome, { exact: true }).check();
  await form.getByLabel("Motivering").fill(motivation);
  await form.getByRole("button", { name: "Besluit vastleggen" }).click();
}


test.describe("admission assessment", () => {
  test("two providers apply, staff admit one and reject the other with four eyes, the results and the public list appear at the announcement", async ({ page, browser }) => {
    // Three staff logins (the last one resets the clock), two providers, four clock moves.
    test.setTimeout(300_000);
    await loginAs(page, "staff");
    await setDemoClock(page, "2025-09-22T10:00", "22 september 2025 10:00 CEST");

    // In the window: 26 months goes in at once, 18 months after the warning.
    const deBrug = await pageFor(browser, "provider");
    const deBrugApplication = await apply(deBrug, DE_BRUG_APPLICATION, "2 jaar en 2 maanden", false);
    const kompas = await pageFor(browser, "provider2");
    const kompasApplication = await apply(kompas, KOMPAS_APPLICATION, "1 jaar en 6 maanden", true);
    await expectAccessible(kompas);

    // Sealed: staff see who submitted, not what, until the window closes.
    await page.goto("/beheer/toelating");
    await expect(page.getByRole("status").filter({ hasText: "Verzegeld" })).toContainText("Dit kan pas na 30 september 2025 23:59 CEST (Toelatingsprocedure).");
    for (const organisation of [DE_BRUG, KOMPAS]) {
      const row = page.getByRole("row", { name: new RegExp(organisation) });
      await expect(row).toContainText("22 september 2025 10:");
      await expect(row.getByRole("link")).toHaveCount(0);
    }
    await expectAccessible(page);
    await page.goto(`/beheer/toelating/${deBrugApplication.applicationId}`);
    await expect(page.getByRole("status").filter({ hasText: "Verzegeld" })).toContainText("Dit kan pas na 30 september 2025 23:59 CEST");
    await expect(page.getByText(DE_BRUG_CARE)).toHaveCount(0);
    await expectAccessible(page);

    // After the close: staff admit De Brug ...
    await setDemoClock(page, "2025-10-02T10:00", "2 oktober 2025 10:00 CEST");
    await page.goto("/beheer/toelating");
    await expect(page.getByRole("row", { name: new RegExp(KOMPAS) })).toContainText("Nog niet beoordeeld");
    await expectAccessible(page);
    await page.getByRole("link", { name: DE_BRUG }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Aanvraag van ${DE_BRUG}` })).toBeVisible();
    const deBrugSbo = page.getByRole("region", { name: SBO, exact: true });
    await expect(deBrugSbo).toContainText("Berekende ervaring: 2 jaar en 2 maanden (minimaal 2 jaar)");
    await expect(deBrugSbo).toContainText(DE_BRUG_CARE);
    await expectAccessible(page);
    for (let i = 1; i <= 4; i++) await assess(deBrugSbo, i, "Voldaan", `Eis ${i} is aangetoond in de aanvraag.`);
    await decide(deBrugSbo, "Toegelaten", ADMIT);
    await expect(deBrugSbo.getByText("Definitief: toegelaten")).toBeVisible();

    // ... and reject Kompas, which waits for a second staff member.
    await page.goto(`/beheer/toelating/${kompasApplication.applicationId}`);
    await expect(page.getByRole("heading", { level: 1, name: `Aanvraag van ${KOMPAS}` })).toBeVisible();
    const kompasSbo = page.getByRole("region", { name: SBO, exact: true });
    await expect(kompasSbo).toContainText("Berekende ervaring: 1 jaar en 6 maanden (minimaal 2 jaar)");
    await assess(kompasSbo, 1, "Niet voldaan", "Anderhalf jaar ervaring binnen SBO, minder dan de gevraagde twee jaar.");
    for (let i = 2; i <= 4; i++) await assess(kompasSbo, i, "Voldaan", `Eis ${i} is aangetoond in de aanvraag.`);
    await decide(kompasSbo, "Niet toegelaten", REJECT);
    await expect(kompasSbo.getByText("Wacht op bevestiging (vier ogen)").first()).toBeVisible();
    await expect(kompasSbo.getByRole("button", { name: /Besluit bevestigen/ })).toHaveCount(0);
    await expectAccessible(page);

    const staff2 = await pageFor(browser, "staff2");
    await staff2.goto(page.url());
    const confirming = staff2.getByRole("region", { name: SBO, exact: true });
    await expect(confirming.getByText("Tweede medewerker: bevestig dit besluit of stuur het terug.")).toBeVisible();
    await expectAccessible(staff2);
    await confirming.getByRole("button", { name: /Besluit bevestigen/ }).click();
    await expect(confirming.getByText("Definitief: niet toegelaten")).toBeVisible();
    await expect(confirming).toContainText("Bevestigd door Daan Smit, 2 oktober 2025");

    // Before the announcement: the application is read-only and both providers read "In beoordeling"; the public list is not out.
    await setDemoClock(page, "2025-10-14T12:00", "14 oktober 2025 12:00 CEST");
    await deBrug.goto("/aanbieder/toelating");
    await expect(applicationForm(deBrug)).toHaveCount(0);
    await expect(deBrug.getByRole("region", { name: "Uw ingediende aanvraag" })).toContainText(`Ingediend, versie ${deBrugApplication.version}`);
    await expectAccessible(deBrug);
    await deBrug.getByRole("link", { name: "Besluit over uw aanvraag" }).click();
    await kompas.goto("/aanbieder/toelating/besluit");
    for (const [provider, motivation] of [[deBrug, ADMIT], [kompas, REJECT]] as const) {
      const main = provider.getByRole("main");
      await expect(main.getByRole("heading", { level: 1, name: "Besluit over uw aanvraag tot toelating" })).toBeVisible();
      await expect(main.getByText("In beoordeling", { exact: true })).toBeVisible();
      await expect(main).toContainText("Het Servicebureau maakt de besluiten bekend op 15 oktober 2025 00:00 CEST.");
      for (const outcome of ["Toegelaten", "Niet toegelaten"]) await expect(main.getByText(outcome, { exact: true })).toHaveCount(0);
      await expect(main.getByText(motivation)).toHaveCount(0);
    }
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto("/toegelaten-aanbieders");
    await expect(visitor.getByRole("main")).toContainText("wordt gepubliceerd op 15 oktober 2025 00:00 CEST");
    await expect(visitor.getByRole("main")).not.toContainText(DE_BRUG);

    // From the announcement: each provider reads its own result, the public list shows De Brug only.
    await setDemoClock(page, "2025-10-15T09:00", "15 oktober 2025 09:00 CEST");
    for (const [provider, outcome, motivation] of [[deBrug, "Toegelaten", ADMIT], [kompas, "Niet toegelaten", REJECT]] as const) {
      await provider.reload();
      const result = provider.getByRole("region", { name: SBO, exact: true });
      await expect(result.getByText(outcome, { exact: true })).toBeVisible();
      await expect(result).toContainText(motivation);
      await expectAccessible(provider);
    }
    await visitor.reload();
    const admitted = visitor.getByRole("main").getByRole("listitem");
    await expect(visitor.getByRole("region", { name: SBO, exact: true }).getByRole("listitem").filter({ hasText: DE_BRUG })).toBeVisible();
    await expect(admitted.filter({ hasText: DE_BRUG })).toHaveCount(1);
    await expect(visitor.getByRole("main")).not.toContainText(KOMPAS);
    await expectAccessible(visitor);
  });
});
