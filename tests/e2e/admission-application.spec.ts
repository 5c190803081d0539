import type { Browser, Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { setDemoClock } from "./support/demo-clock";
import { demoClockTest as test, expect } from "./support/fixtures";
import { loginAs } from "./support/login";

// Admission application, provider side (issue 6): in the window a provider
// fills the application (autosaved, surviving a reload), is shown what is
// missing, sees the experience computed from its references with a warning
// below two years, uploads a PDF (a renamed executable is refused), submits
// with a receipt; after the close the page is read-only; another provider
// cannot open the application by its id.

const CLOSED = "De toelatingsprocedure is gesloten sinds 30 september 2025 23:59 (Europe/Amsterdam).";

async function loggedIn(browser: Browser, key: "provider" | "provider2"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, key);
  return page;
}

test.describe("admission application", () => {
  test("a provider drafts, completes and submits an application with a receipt; read-only after the close", async ({ page, browser }) => {
    // A long journey: two provider logins, a staff login with its second factor, three clock moves.
    test.setTimeout(240_000);
    await loginAs(page, "staff");
    await setDemoClock(page, "2025-09-15T10:00", "15 september 2025 10:00 CEST");

    const provider = await loggedIn(browser, "provider");
    await provider.goto("/aanbieder/toelating");
    await expect(provider.getByRole("heading", { level: 1, name: "Aanvraag tot toelating" })).toBeVisible();
    await expect(provider.getByTestId("admission-window")).toContainText("De toelatingsprocedure is open tot en met 30 september 2025 23:59 CEST");
    await expectAccessible(provider);
    const form = provider.getByRole("form", { name: "Aanvraag tot toelating" });

    // Submitting an empty application lists what is missing, each a link to its field.
    await form.getByRole("button", { name: "Aanvraag indienen" }).click();
    await expect(form.getByRole("heading", { name: /Nog niet compleet: \d+ onderdelen/ })).toBeFocused();
    await form.getByRole("link", { name: "Kies ten minste één cluster waarvoor u toelating aanvraagt." }).click();
    const cluster4 = form.getByRole("checkbox", { name: /^Cluster 4 SO\/VSO/ });
    await expect(cluster4).toBeFocused();
    await expectAccessible(provider);

    await cluster4.check();
    for (const declaration of await form.getByRole("checkbox", { name: /Ik verklaar namens mijn organisatie/ }).all()) await declaration.check();
    await form.getByLabel("Naam van de ondertekenaar").fill("Pieter Jansen");
    await form.getByLabel("Functie").fill("Bestuurder");
    await form.getByLabel("Datum van ondertekening").fill("2025-09-12");

    // One reference of 1 year and 6 months: the experience is shown with a warning.
    await form.getByRole("button", { name: "Referentieopdracht toevoegen" }).click();
    const reference = form.getByRole("group", { name: "Referentie 1" });
    await reference.getByLabel("Naam van de school").fill("De Strandwacht");
    await reference.getByLabel("Plaats").fill("Monster");
    await reference.getByLabel("Begindatum").fill("2024-06-01");
    await reference.getByLabel("Einddatum (tot en met)").fill("2024-05-31");
    await expect(reference.getByLabel("Einddatum (tot en met)")).toHaveAccessibleDescription("De einddatum ligt vóór de begindatum.");
    await reference.getByLabel("Begindatum").fill("2023-01-01");
    await reference.getByLabel("Einddatum (tot en met)").fill("2024-06-30");
    await expect(reference.getByText("Duur van deze opdracht: 1 jaar en 6 maanden.")).toBeVisible();
    await reference.getByLabel("Beschrijving van de jeugdhulp die u op de school leverde").fill("Groepsgewijze interventies en leerkrachtondersteuning.");
    await reference.getByLabel("Contactpersoon bij de school").fill("J. de Boer");
    await reference.getByLabel("E-mailadres contactpersoon").fill("j.deboer@school.example");
    const experience = form.getByTestId("experience-C4_SO_VSO");
    await expect(experience).toContainText("1 jaar en 6 maanden");
    await expect(experience).toContainText("gevraagd is minimaal 2 jaar");

    // The draft is saved automatically and survives a reload.
    await expect(form.getByTestId("autosave-status")).toHaveText(/^Concept opgeslagen om \d\d:\d\d CEST$/);
    await expectAccessible(provider);
    await provider.reload();
    await expect(form.getByRole("group", { name: "Referentie 1" }).getByLabel("Naam van de school")).toHaveValue("De Strandwacht");
    await expect(form.getByLabel("Naam van de ondertekenaar")).toHaveValue("Pieter Jansen");
    await expect(form.getByRole("checkbox", { name: /^Cluster 4 SO\/VSO/ })).toBeChecked();

    await form.getByLabel("Kennis van het zorglandschap in de regio").fill("Wij werken samen met de CJG's en wijkteams in Haaglanden.");
    await form.getByLabel("Kennis van het onderwijsaanbod voor Cluster 4 SO/VSO").fill("Wij kennen het SO en VSO cluster 4 in Delft en Zoetermeer.");
    for (const expertise of ["psychiatrische stoornissen", "gedragsproblemen", "sociaal-emotionele problemen"]) {
      await form.getByLabel(`Expertise op het gebied van ${expertise}.`).fill(`Onze gedragswetenschappers hebben ervaring met ${expertise}.`);
    }

    // Documents: checked by content; a renamed executable is refused, a PDF is accepted.
    const upload = form.getByLabel("Document toevoegen");
    await upload.setInputFiles({ name: "verklaring.pdf", mimeType: "application/pdf", buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]) });
    await expect(form.getByText("Dit bestand is geen PDF, DOCX of ODT (gecontroleerd op de inhoud, niet op de naam).")).toBeVisible();
    await upload.setInputFiles({ name: "referentieverklaring.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n%%EOF\n") });
    await expect(form.getByRole("link", { name: "referentieverklaring.pdf" })).toBeVisible();
    await form.getByLabel("Omschrijving van document 1").fill("Referentieverklaring De Strandwacht");

    // Below two years: a warning first, then "Toch indienen".
    await form.getByRole("button", { name: "Aanvraag indienen" }).click();
    await expect(form.getByRole("heading", { name: "Let op: toch indienen?" })).toBeFocused();
    await expectAccessible(provider);
    await form.getByRole("button", { name: "Toch indienen" }).click();
    await expect(provider.getByText("Uw aanvraag is ontvangen (versie 1).")).toBeVisible();
    const receipt = provider.getByRole("region", { name: "Ontvangstbewijs" });
    await expect(receipt).toContainText("Aanvraag tot toelating, versie 1");
    const receiptNumber = (await receipt.getByTestId("receipt-number").textContent()) ?? "";
    expect(receiptNumber).toMatch(/^TOE-2025-\d{6}$/);
    const versions = provider.getByRole("region", { name: "Ingediende versies" });
    await expect(versions.getByRole("link", { name: `ontvangstbewijs ${receiptNumber}` })).toBeVisible();
    await expectAccessible(provider);

    // The submitted version has its own page; another provider cannot open it.
    await versions.getByRole("link", { name: "Versie 1" }).click();
    await expect(provider.getByRole("heading", { level: 1, name: "Aanvraag tot toelating, versie 1" })).toBeVisible();
    await expect(provider.getByText("Referentieverklaring De Strandwacht")).toBeVisible();
    await expectAccessible(provider);
    const versionPath = new URL(provider.url()).pathname;
    const other = await loggedIn(browser, "provider2");
    await other.goto(versionPath);
    await expect(other.getByRole("heading", { level: 1, name: "Aanvraag niet gevonden" })).toBeVisible();
    await expect(other.getByText("Deze aanvraag bestaat niet of is niet van uw organisatie.")).toBeVisible();
    await expectAccessible(other);

    // After the close: read-only, with the way to the decision.
    await setDemoClock(page, "2025-10-01T00:00", "1 oktober 2025 00:00 CEST");
    await provider.goto("/aanbieder/toelating");
    await expect(provider.getByTestId("admission-window")).toHaveText(CLOSED);
    await expect(provider.getByRole("form", { name: "Aanvraag tot toelating" })).toHaveCount(0);
    const submitted = provider.getByRole("region", { name: "Uw ingediende aanvraag" });
    await expect(submitted).toContainText("Ingediend, versie 1");
    await expect(submitted).toContainText("1 jaar en 6 maanden");
    await expect(provider.getByRole("link", { name: "Besluit over uw aanvraag" })).toHaveAttribute("href", "/aanbieder/toelating/besluit");
    await expectAccessible(provider);
  });
});
