import type { Browser, Page } from "@playwright/test";
import {
  applicationForm,
  clusterCheckbox,
  clusterPart,
  CLUSTERS,
  fillApplication,
  pdf,
  referenceGroup,
  submitApplication,
  type ApplicationInput,
} from "./support/admission";
import { exclusionGroundSeeds } from "../../prisma/seed/haaglanden";
import { expectAccessible } from "./support/axe";
import { setDemoClock } from "./support/demo-clock";
import { demoClockTest as test, expect } from "./support/fixtures";
import { loginAs } from "./support/login";

// Admission application, provider side (issue 6): what a provider may not
// submit is refused with a way to each field (nothing chosen yet, an end date
// before the start, a renamed executable); the draft is saved automatically
// and survives a reload; the experience is computed from the references, with
// a warning below two years; the submitted version has a receipt and its own
// page, which another provider cannot open. De Brug has no application yet
// when this runs (first in file order, or alone). The journey through staff
// and the announcement (admission-assessment.spec.ts) runs after it and
// applies for De Brug again, as a new version of this application.

const DE_BRUG_C4: ApplicationInput = {
  signer: { name: "Pieter Jansen", function: "Bestuurder", signedOn: "2025-09-12" },
  references: [
    {
      schoolName: "De Strandwacht",
      place: "Monster",
      cluster: CLUSTERS.C4,
      startOn: "2023-01-01",
      endOn: "2024-06-30",
      description: "Groepsgewijze interventies en leerkrachtondersteuning.",
      contactName: "J. de Boer",
      contactEmail: "j.deboer@school.example",
    },
  ],
  clusters: {
    [CLUSTERS.C4]: {
      careLandscape: "Wij werken samen met de CJG's en wijkteams in Haaglanden.",
      educationalOffer: "Wij kennen het SO en VSO cluster 4 in Delft en Zoetermeer.",
      expertise: "Onze gedragswetenschappers hebben hier jaren ervaring mee.",
    },
  },
  documents: [{ file: pdf("referentieverklaring.pdf"), label: "Referentieverklaring De Strandwacht" }],
};

async function loggedIn(browser: Browser, key: "provider" | "provider2"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, key);
  return page;
}

const BIJLAGE_2_GROUND = "Er is geen onherroepelijke veroordeling zoals bedoeld in artikel 2.86 van de Aanbestedingswet 2012.";

test.describe("admission application", () => {
  test("staff replace an example exclusion ground before the window opens; from the opening it is fixed and providers declare the new text", async ({ page, browser }) => {
    await loginAs(page, "staff");
    await setDemoClock(page, "2025-08-20T10:00", "20 augustus 2025 10:00 CEST");
    // "Wat moet ik nu doen?" on the staff landing asks for it until the opening.
    const task = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Uitsluitingsgronden vaststellen (tekst van Bijlage 2)" }) });
    await expect(task).toContainText("kan tot en met 31 augustus 2025 23:59 CEST");
    await task.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: "Uitsluitingsgronden" })).toBeVisible();
    await expectAccessible(page);
    const first = page.getByLabel("Grond 1", { exact: true });
    const save = page.getByRole("button", { name: "Uitsluitingsgronden opslaan" });
    await first.fill("Geen veroordeling.");
    await save.click();
    await expect(page.getByText("Schrijf de grond uit zoals de aanbieder die verklaart, in ten minste 20 tekens.")).toBeVisible();
    await first.fill(BIJLAGE_2_GROUND);
    const n = exclusionGroundSeeds.length;
    // A ground added and saved is the same ground afterwards: saving again changes nothing; removing it saves n again.
    await page.getByRole("button", { name: "Grond toevoegen" }).click();
    await page.getByLabel(`Grond ${n + 1}`, { exact: true }).fill("De organisatie heeft geen wezenlijke tekortkomingen vertoond bij een eerdere overheidsopdracht.");
    await save.click();
    const saved = page.getByRole("status").filter({ hasText: /^(Opgeslagen|Niets gewijzigd)/ });
    await expect(saved).toHaveText(`Opgeslagen: aanbieders verklaren ${n + 1} gronden.`);
    await save.click();
    await expect(saved).toHaveText("Niets gewijzigd.");
    await page.getByRole("button", { name: `Grond ${n + 1} verwijderen` }).click();
    await save.click();
    await expect(saved).toHaveText(`Opgeslagen: aanbieders verklaren ${n} gronden.`);
    await expectAccessible(page);

    await setDemoClock(page, "2025-09-15T10:00", "15 september 2025 10:00 CEST");
    await page.goto("/beheer/toelating/uitsluitingsgronden");
    await expect(page.getByText("Dit kan alleen vóór de opening op 1 september 2025 00:00 CEST (Toelatingsprocedure).")).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: BIJLAGE_2_GROUND })).toBeVisible();
    await expect(save).toHaveCount(0);
    await expectAccessible(page);

    const provider = await loggedIn(browser, "provider");
    await provider.goto("/aanbieder/toelating");
    const form = applicationForm(provider);
    await expect(form.getByRole("checkbox", { name: `Ik verklaar namens mijn organisatie: ${BIJLAGE_2_GROUND}` })).toBeVisible();
    await expect(form.getByText("Voorbeeldtekst: de definitieve tekst staat in Bijlage 2")).toHaveCount(exclusionGroundSeeds.length - 1);
    await expectAccessible(provider);
  });

  test("bad input is refused, the draft survives a reload, the application goes in with a receipt only its own organisation can open", async ({ page, browser }) => {
    // Two provider logins and a staff login with its second factor.
    test.setTimeout(180_000);
    await loginAs(page, "staff");
    await setDemoClock(page, "2025-09-15T10:00", "15 september 2025 10:00 CEST");

    const provider = await loggedIn(browser, "provider");
    await provider.goto("/aanbieder/toelating");
    await expect(provider.getByRole("heading", { level: 1, name: "Aanvraag tot toelating" })).toBeVisible();
    await expect(provider.getByTestId("admission-window")).toContainText("De toelatingsprocedure is open tot en met 30 september 2025 23:59 CEST");
    const form = applicationForm(provider);

    // Submitting an empty application lists what is missing, each a link to its field.
    await form.getByRole("button", { name: "Aanvraag indienen" }).click();
    await expect(form.getByRole("heading", { name: /Nog niet compleet: \d+ onderdelen/ })).toBeFocused();
    await form.getByRole("link", { name: "Kies ten minste één cluster waarvoor u toelating aanvraagt." }).click();
    await expect(clusterCheckbox(form, CLUSTERS.C4)).toBeFocused();
    await expectAccessible(provider);

    // One reference of 1 year and 6 months: the experience is shown with a warning.
    await fillApplication(form, DE_BRUG_C4);
    const reference = referenceGroup(form, 1);
    await expect(reference.getByText("Duur van deze opdracht: 1 jaar en 6 maanden.")).toBeVisible();
    const experience = clusterPart(form, CLUSTERS.C4).getByTestId("experience-C4_SO_VSO");
    await expect(experience).toContainText("1 jaar en 6 maanden");
    await expect(experience).toContainText("gevraagd is minimaal 2 jaar");

    // An end date before the start is wrong at once, at the field.
    const end = reference.getByLabel("Einddatum (tot en met)");
    await end.fill("2022-12-31");
    await expect(end).toHaveAccessibleDescription("De einddatum ligt vóór de begindatum.");
    await end.fill("2024-06-30");
    await expect(end).not.toHaveAccessibleDescription(/einddatum/);

    // The draft is saved automatically and survives a reload.
    await expect(form.getByTestId("autosave-status")).toHaveText(/^Concept opgeslagen om \d\d:\d\d CEST$/);
    await expectAccessible(provider);
    await provider.reload();
    await expect(referenceGroup(form, 1).getByLabel("Naam van de school")).toHaveValue("De Strandwacht");
    await expect(referenceGroup(form, 1).getByLabel("Einddatum (tot en met)")).toHaveValue("2024-06-30");
    await expect(form.getByLabel("Naam van de ondertekenaar")).toHaveValue("Pieter Jansen");
    await expect(clusterCheckbox(form, CLUSTERS.C4)).toBeChecked();
    await expect(form.getByLabel("Omschrijving van document 1")).toHaveValue("Referentieverklaring De Strandwacht");

    // An assignment that also counts for another school type is copied, not typed again.
    await referenceGroup(form, 1).getByRole("button", { name: "Referentie 1 kopiëren voor een ander cluster" }).click();
    const copy = referenceGroup(form, 2);
    await expect(copy.getByLabel("Telt voor schooltype (cluster)")).toBeFocused();
    await expect(copy.getByLabel("Telt voor schooltype (cluster)").locator("option:checked")).toHaveText(CLUSTERS.SBO);
    await expect(copy.getByLabel("Naam van de school")).toHaveValue("De Strandwacht");
    await expect(copy.getByLabel("Einddatum (tot en met)")).toHaveValue("2024-06-30");
    await copy.getByRole("button", { name: "Referentie 2 verwijderen" }).click();
    await expect(referenceGroup(form, 2)).toHaveCount(0);

    // Documents are checked by content: a renamed executable is refused and not added.
    await form.getByLabel("Document toevoegen").setInputFiles({ name: "verklaring.pdf", mimeType: "application/pdf", buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]) });
    await expect(form.getByText("Dit bestand is geen PDF, DOCX of ODT (gecontroleerd op de inhoud, niet op de naam).")).toBeVisible();
    await expect(form.getByRole("link", { name: "verklaring.pdf", exact: true })).toHaveCount(0);

    // Below two years: a warning first, then "Toch indienen"; a receipt.
    const submitted = await submitApplication(provider, { belowMinimum: true });
    expect(submitted.version).toBe(1);
    await expectAccessible(provider);

    // The submitted version has its own page; another provider cannot open it.
    await provider.getByRole("region", { name: "Ingediende versies" }).getByRole("link", { name: "Versie 1", exact: true }).click();
    await expect(provider.getByRole("heading", { level: 1, name: "Aanvraag tot toelating, versie 1" })).toBeVisible();
    await expect(provider.getByText("Referentieverklaring De Strandwacht")).toBeVisible();
    await expectAccessible(provider);
    const other = await loggedIn(browser, "provider2");
    await other.goto(`/aanbieder/toelating/versie/${submitted.applicationId}`);
    await expect(other.getByRole("heading", { level: 1, name: "Aanvraag niet gevonden" })).toBeVisible();
    await expect(other.getByText("Deze aanvraag bestaat niet of is niet van uw organisatie.")).toBeVisible();
    await expectAccessible(other);
  });
});
