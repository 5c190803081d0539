import fs from "node:fs";
import type { Browser, Page } from "@playwright/test";
import type { DemoAccountKey } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { setDemoClock } from "./support/demo-clock";
import { demoClockTest as test, expect } from "./support/fixtures";
import { loginAs } from "./support/login";
import { pdfText } from "./support/pdf";
import { withDb } from "./support/database";

// Plan of approach (issue 8) for SBO Prinsenhof, chosen providers Jeugdhulp
// De Brug and Kompas Jeugd en Gezin (choice final): the school writes its
// part; each provider writes its approach per topic and its deployment rows;
// Kompas's over-budget deployment is refused with the amount over and then
// fixed; version 1 is frozen; De Brug, Kompas, the school and Gemeente
// Pijnacker-Nootdorp sign it; the final plan downloads as a PDF with the hash
// and all four signatures. Only the choice and a published amount (other
// issues' journeys) are written straight into the e2e database, and removed
// afterwards; everything of the plan goes through the browser.

const PREFIX = "e2e-plan";

async function seedChoiceAndBudget(): Promise<string> {
  return withDb(async (db) => {
    const ids = (await db.query(`
      SELECT s.id AS "schoolId", s."procedureId", brug.id AS "brugId", kompas.id AS "kompasId"
        FROM "School" s, "Organisation" brug, "Organisation" kompas
       WHERE s.name = 'SBO Prinsenhof' AND brug.name = 'Jeugdhulp De Brug' AND kompas.name = 'Kompas Jeugd en Gezin'`)).rows[0] as Record<string, string>;
    // Published 30 November 2025: the 20-day standstill is over on 12 January 2026.
    await db.query(
      `INSERT INTO "SchoolChoice" (id, "schoolId", version, status, motivation, "submittedAt", "publishedAt", "createdAt")
       VALUES ($1, $2, 1, 'SUBMITTED', 'Beide plannen vullen elkaar aan.', '2025-11-30T11:00:00Z', '2025-11-30T11:00:00Z', now())`, [`${PREFIX}-choice`, ids.schoolId]);
    await db.query(`INSERT INTO "SchoolChoiceProvider" ("choiceId", "providerOrganisationId") VALUES ($1, $2), ($1, $3)`, [`${PREFIX}-choice`, ids.brugId, ids.kompasId]);
    const calc = `${PREFIX}-budget`;
    await db.query(
      `INSERT INTO "BudgetCalculation" (id, "procedureId", version, "baseYear", status, "holidayAllowancePct", "yearEndBonusPct", "socialPremiumPct",
         "pensionPremiumPct", "overheadPct", "riskSurchargePct", "costPerFteCents", "createdAt", "publishedAt")
       VALUES ($1, $2, 900, 2026, 'PUBLISHED', 8, 8.33, 20, 15, 12, 3, 9130852, now(), '2025-09-20T08:00:00Z')`, [calc, ids.procedureId]);
    await db.query(`INSERT INTO "ContractYear" (id, "calculationId", year, months) VALUES ($1, $2, 2026, 10)`, [`${PREFIX}-year`, calc]);
    await db.query(`INSERT INTO "BudgetSchoolAmount" (id, "calculationId", "schoolId", year, "amountCents") VALUES ($1, $2, $3, 2026, 7403393)`, [`${PREFIX}-amount`, calc, ids.schoolId]);
    return ids.schoolId as string;
  });
}

async function removeSeed(schoolId: string): Promise<void> {
  await withDb(async (db) => {
    await db.query(`DELETE FROM "PlanOfApproach" WHERE "schoolId" = $1`, [schoolId]);
    await db.query(`DELETE FROM "SchoolChoice" WHERE id = $1`, [`${PREFIX}-choice`]);
    await db.query(`DELETE FROM "BudgetCalculation" WHERE id = $1`, [`${PREFIX}-budget`]);
  });
}

async function pageFor(browser: Browser, key: DemoAccountKey): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, key);
  return page;
}

const PLAN_HEADING = "Plan van aanpak — SBO Prinsenhof";

/** A chosen provider opens Prinsenhof's plan from its list of plans. */
async function openProviderPlan(page: Page): Promise<void> {
  await page.goto("/aanbieder/plan-van-aanpak");
  await expect(page.getByRole("row", { name: /SBO Prinsenhof/ })).toContainText("Jeugdhulp De Brug, Kompas Jeugd en Gezin");
  await expectAccessible(page);
  await page.getByRole("link", { name: "SBO Prinsenhof" }).click();
  await expect(page.getByRole("heading", { level: 1, name: PLAN_HEADING })).toBeVisible();
}

/**
 * Waits until the last change is saved: the status first says it is not
 * (pending, or a save still running), then saved. The draft autosaves 1.5 s
 * after the last change; `now` clicks "Nu opslaan" instead of waiting.
 */
async function expectSaved(page: Page, { now = false } = {}): Promise<void> {
  const status = page.getByTestId("autosave-status");
  await expect(status).toHaveText(/^(Wijzigingen worden zo opgeslagen…|Bezig met opslaan…)$/);
  if (now) await page.getByRole("button", { name: "Nu opslaan" }).click();
  await expect(status).toHaveText(/^(Concept o|O)pgeslagen om \d\d:\d\d CES?T$/);
}

async function fillApproaches(page: Page, text: string): Promise<void> {
  const areas = await page.getByRole("region", { name: "Aanpak per onderwerp" }).getByRole("textbox").all();
  expect(areas).toHaveLength(7);
  for (const area of areas) await area.fill(text);
}

/** Adds a named hbo row to the own part of the deployment table. */
async function addRow(page: Page, name: string, skj: string, hours: string): Promise<void> {
  await page.getByRole("button", { name: "Medewerker of vacature toevoegen" }).click();
  const row = page.getByRole("group", { name: /^Rij \d+ \(vacature als de naam leeg is\)$/ });
  await row.getByLabel("Naam", { exact: true }).fill(name);
  const named = page.getByRole("group", { name: new RegExp(`^Rij \\d+: ${name}$`) });
  await named.getByLabel("SKJ-registratienummer").fill(skj);
  await named.getByLabel("Uren per week").fill(hours);
}

const AGREEMENTS = {
  "Gedragswetenschapper of orthopedagoog voor advies": "Orthopedagoog van De Brug op afroep.",
  "Vervanging bij afwezigheid langer dan twee weken": "Een collega die de school al kent.",
  "Continuïteit van personeel": "Vast team van beide aanbieders.",
} as const;

/** Signs version 1 for the page's organisation: the list of signatories shows it, and the signer keeps the receipt on screen. */
async function sign(page: Page, organisation: string, signerName: string, functionName: string): Promise<void> {
  const panel = page.getByRole("region", { name: "Ondertekening" });
  // The signer is the logged-in account: its name is shown, not typed.
  await expect(panel.getByLabel("Uw naam")).toHaveValue(signerName);
  await expect(panel.getByLabel("Uw naam")).not.toBeEditable();
  await panel.getByLabel("Uw functie").fill(functionName);
  await panel.getByLabel(/Ik ben bevoegd/).check();
  await panel.getByRole("button", { name: "Versie 1 ondertekenen" }).click();
  await expect(panel.getByRole("listitem").filter({ hasText: `: ${organisation} —` })).toContainText(`ondertekend door ${signerName} (${functionName}) op`);
  await expect(panel.getByRole("region", { name: "Ontvangstbewijs" })).toContainText("Ondertekening plan van aanpak, versie 1");
  await expect(panel.getByText("U heeft versie 1 ondertekend.")).toBeVisible();
}

// Budget 2026 (10 months): € 74.033,93; one fte (30 h a week) costs € 91.308,52 a year,
// so a row costs 9.130.852 × hours/30 × 10/12 cents, rounded: 15 h € 38.045,22,
// 20 h € 50.726,96, 10 h € 25.363,48.
const OVER = "De inzet kost € 88.772,18: € 14.738,25 boven het vaste jaarbedrag van € 74.033,93. Verminder de uren.";
const FIXED = "Totaal 2026 (10 maanden): € 63.408,70 van het vaste bedrag € 74.033,93 — nog € 10.625,23 over.";

test.describe("plan of approach", () => {
  let schoolId = "";
  test.beforeAll(async () => {
    schoolId = await seedChoiceAndBudget();
  });
  test.afterAll(async () => {
    if (schoolId) await removeSeed(schoolId);
  });

  test("school and both chosen providers complete the plan, an over-budget deployment is refused and fixed, all four parties sign, and the PDF has the hash and every signature", async ({ page, browser, request }) => {
    test.setTimeout(240_000);
    await loginAs(page, "staff");
    await setDemoClock(page, "2026-01-12T10:00", "12 januari 2026 10:00 CET");

    // The school writes its part.
    const school = await pageFor(browser, "school");
    await school.goto("/school/plan-van-aanpak");
    await expect(school).toHaveURL(`/school/plan-van-aanpak/${schoolId}`);
    await expect(school.getByRole("heading", { level: 1, name: PLAN_HEADING })).toBeVisible();
    await expect(school.getByText("Gekozen aanbieder(s): Jeugdhulp De Brug en Kompas Jeugd en Gezin.")).toBeVisible();
    for (const [label, text] of [
      ["Context van de school", "SBO met 120 leerlingen."], ["Doelen van de school voor collectieve jeugdhulp", "Minder uitval."],
      ["Pedagogisch klimaat", "Rustig."], ["Aansluiting op de ontwikkelingsperspectiefplannen (OPP)", "Sluit aan op de OPP's."], ["Praktische afspraken", "Dinsdag overleg."],
    ] as const) await school.getByLabel(label).fill(text);
    await expectSaved(school);
    await expectAccessible(school);

    // Kompas opens the plan while De Brug is still writing: its form holds no agreements yet.
    const kompas = await pageFor(browser, "provider2");
    await openProviderPlan(kompas);
    await expect(kompas.getByLabel("Continuïteit van personeel", { exact: true })).toHaveValue("");

    // De Brug writes its approach, one employee and the agreements.
    const brug = await pageFor(browser, "provider");
    await openProviderPlan(brug);
    await fillApproaches(brug, "De Brug: aanpak voor dit onderwerp.");
    await addRow(brug, "Anna de Vries", "100012345", "15");
    for (const [label, text] of Object.entries(AGREEMENTS)) await brug.getByLabel(label, { exact: true }).fill(text);
    await expect(brug.getByText("Totaal 2026 (10 maanden): € 38.045,22 van het vaste bedrag € 74.033,93 — nog € 35.988,71 over.")).toBeVisible();
    await expectSaved(brug);
    await expectAccessible(brug);

    // Kompas writes its approach in the form it opened earlier; that save leaves De Brug's agreements alone.
    await fillApproaches(kompas, "Kompas: aanpak voor dit onderwerp.");
    await expectSaved(kompas, { now: true });
    await kompas.reload();
    for (const [label, text] of Object.entries(AGREEMENTS)) await expect(kompas.getByLabel(label, { exact: true })).toHaveValue(text);
    await expect(kompas.getByRole("listitem").filter({ hasText: "Anna de Vries" })).toHaveText(/^Rij \d: Anna de Vries — Jeugdprofessional, 15 uur per week \(Jeugdhulp De Brug\)$/);

    // Kompas deploys 20 hours: over the fixed amount, shown live and refused when freezing.
    await addRow(kompas, "Bram Jansen", "160039340", "20");
    const providerPart = kompas.getByRole("region", { name: "Deel van de aanbieder invullen" });
    await expect(providerPart.getByRole("status").filter({ hasText: "boven het vaste jaarbedrag" })).toHaveText(OVER);
    await expectSaved(kompas, { now: true });
    const signing = kompas.getByRole("region", { name: "Ondertekening" });
    await signing.getByRole("button", { name: "Plan vastleggen voor ondertekening" }).click();
    await expect(signing.getByRole("alert")).toContainText("Het plan kan nog niet worden vastgelegd voor ondertekening. Nog nodig:");
    await expect(signing.getByRole("alert")).toContainText(`Inzet: ${OVER}`);
    await expect(kompas.getByTestId("plan-hash")).toHaveCount(0);
    await expectAccessible(kompas);

    // Fixed: 10 hours fit, and the plan is frozen as version 1.
    await kompas.getByRole("group", { name: /^Rij \d: Bram Jansen$/ }).getByLabel("Uren per week").fill("10");
    await expect(providerPart.getByText(FIXED)).toBeVisible();
    await expect(providerPart.getByText("boven het vaste jaarbedrag")).toHaveCount(0);
    await expectSaved(kompas, { now: true });
    await signing.getByRole("button", { name: "Plan vastleggen voor ondertekening" }).click();
    await expect(signing).toContainText("Ter ondertekening (versie 1)");
    await expect(kompas.getByTestId("plan-hash")).toHaveText(/^[0-9a-f]{64}$/);
    const hash = (await kompas.getByTestId("plan-hash").textContent()) ?? "";
    await sign(kompas, "Kompas Jeugd en Gezin", "Fatima El Amrani", "Bestuurder");
    await expectAccessible(kompas);
    await kompas.context().close();

    // De Brug comes back to the same version; its row has the number the plan gives it.
    await brug.reload();
    await expect(brug.getByTestId("plan-hash")).toHaveText(hash);
    const names = await brug.getByRole("table", { name: "Inzet van jeugdhulpverleners" }).getByRole("rowheader").allTextContents();
    expect(names.slice(0, 2).sort()).toEqual(["Anna de Vries", "Bram Jansen"]);
    await expect(brug.getByRole("group", { name: `Rij ${names.indexOf("Anna de Vries") + 1}: Anna de Vries` })).toBeVisible();
    await sign(brug, "Jeugdhulp De Brug", "Pieter Jansen", "Directeur");
    await brug.context().close();

    await school.reload();
    await expect(school.getByTestId("plan-hash")).toHaveText(hash);
    await sign(school, "SBO Prinsenhof", "Marieke Bakker", "Directeur");
    await school.context().close();

    // Prinsenhof stands in Pijnacker-Nootdorp: that municipality signs last, and the plan is final.
    const municipality = await pageFor(browser, "municipality");
    // The municipality also reads the published choice of its school, with the motivation.
    await municipality.goto("/gemeente/uitslagen");
    const result = municipality.getByRole("region", { name: "SBO Prinsenhof (Pijnacker)" });
    await expect(result).toContainText("Jeugdhulp De Brug");
    await expect(result).toContainText("Kompas Jeugd en Gezin");
    await expect(result.getByText("Beide plannen vullen elkaar aan.")).toBeVisible();
    await expectAccessible(municipality);
    await municipality.goto("/gemeente/plannen");
    await expectAccessible(municipality);
    await municipality.getByRole("link", { name: "SBO Prinsenhof" }).click();
    await expect(municipality.getByText("Pijnacker, Gemeente Pijnacker-Nootdorp;")).toBeVisible();
    await expect(municipality.getByTestId("plan-hash")).toHaveText(hash);
    await sign(municipality, "Gemeente Pijnacker-Nootdorp", "Eva Mulder", "Wethouder");
    await municipality.reload();
    await expect(municipality.getByRole("heading", { name: "Definitief plan (versie 1)" })).toBeVisible();
    const signatures = [
      { heading: "Jeugdhulpaanbieder: Jeugdhulp De Brug", signer: "Pieter Jansen, Directeur", email: "aanbieder@debrug.example" },
      { heading: "Jeugdhulpaanbieder: Kompas Jeugd en Gezin", signer: "Fatima El Amrani, Bestuurder", email: "aanbieder@kompas.example" },
      { heading: "School: SBO Prinsenhof", signer: "Marieke Bakker, Directeur", email: "intern-begeleider@prinsenhof.example" },
      { heading: "Gemeente: Gemeente Pijnacker-Nootdorp", signer: "Eva Mulder, Wethouder", email: "inkoop@pijnacker-nootdorp.example" },
    ];
    const signatories = municipality.getByRole("region", { name: "Ondertekening" }).getByRole("listitem");
    await expect(signatories).toHaveCount(4);
    for (const { heading, signer } of signatures) {
      const [name, fn] = signer.split(", ");
      await expect(signatories.filter({ hasText: heading })).toContainText(`ondertekend door ${name} (${fn}) op`);
    }
    await expectAccessible(municipality);

    // The final plan downloads as a PDF with the hash and the four signatures.
    const link = municipality.getByRole("link", { name: "Download het definitieve plan (PDF)" });
    const href = (await link.getAttribute("href")) ?? "";
    const [download, response] = await Promise.all([
      municipality.waitForEvent("download"),
      municipality.waitForResponse((r) => new URL(r.url()).pathname === href),
      link.click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(download.suggestedFilename()).toBe("plan-van-aanpak-sbo-prinsenhof-versie-1.pdf");
    const pdf = fs.readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain(`SHA-256 van de inhoud: ${hash}`);
    expect(text).toContain("Definitief: door alle partijen ondertekend.");
    // Each signature names the signing account: name and e-mail address.
    for (const { heading, signer, email } of signatures) {
      const [name, fn] = signer.split(", ");
      expect(text).toContain(`${heading}\nOndertekend door ${name} (${email}), ${fn}, op `);
    }
    expect(text).not.toContain("Nog niet ondertekend.");
    await municipality.context().close();

    await page.goto("/beheer/plannen");
    const row = page.getByRole("row", { name: /SBO Prinsenhof/ });
    await expect(row).toContainText("Definitief (versie 1)");
    await expect(row.getByRole("cell").last()).toHaveText("Niemand");
    await expectAccessible(page);
    // Without a login there is no PDF (a logged-in non-party gets 404: tests/integration/plan.int.test.ts).
    expect((await request.get(href)).status()).toBe(401);
  });
});
