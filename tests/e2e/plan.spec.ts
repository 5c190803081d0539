import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import type { DemoAccountKey } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { setDemoClock } from "./support/demo-clock";
import { demoClockTest as test, expect } from "./support/fixtures";
import { loginAs } from "./support/login";

// Plan of approach (issue 8) for SBO Prinsenhof: the school writes its part,
// De Brug (chosen, choice final) writes its part with two employees within
// the fixed amount and freezes version 1; provider, school and Gemeente
// Pijnacker-Nootdorp sign it; the plan is final with a PDF. The choice and a
// published amount are written straight into the e2e database (other issues)
// and removed afterwards.

const DATA_DIR = process.env.E2E_DATA_DIR ?? ".data/e2e-pg";
const PREFIX = "e2e-plan";

async function withDb<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const port = Number(fs.readFileSync(path.join(DATA_DIR, "port"), "utf8").trim());
  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password: "postgres", database: "portal" });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function seedChoiceAndBudget(): Promise<string> {
  return withDb(async (db) => {
    const ids = (await db.query(`
      SELECT s.id AS "schoolId", s."procedureId", o.id AS "providerId"
        FROM "School" s, "Organisation" o WHERE s.name = 'SBO Prinsenhof' AND o.name = 'Jeugdhulp De Brug'`)).rows[0] as Record<string, string>;
    await db.query(
      `INSERT INTO "SchoolChoice" (id, "schoolId", version, status, motivation, "submittedAt", "publishedAt", "createdAt")
       VALUES ($1, $2, 1, 'SUBMITTED', 'Beste plan.', '2025-11-30T11:00:00Z', '2025-11-30T11:00:00Z', now())`, [`${PREFIX}-choice`, ids.schoolId]);
    await db.query(`INSERT INTO "SchoolChoiceProvider" ("choiceId", "providerOrganisationId") VALUES ($1, $2)`, [`${PREFIX}-choice`, ids.providerId]);
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

async function sign(page: Page, functionName: string): Promise<void> {
  await page.getByLabel("Uw functie").fill(functionName);
  await page.getByLabel(/Ik ben bevoegd/).check();
  await page.getByRole("button", { name: "Versie 1 ondertekenen" }).click();
  await expect(page.getByText("U heeft versie 1 ondertekend.")).toBeVisible();
}

test.describe("plan of approach", () => {
  let schoolId = "";
  test.beforeAll(async () => {
    schoolId = await seedChoiceAndBudget();
  });
  test.afterAll(async () => {
    if (schoolId) await removeSeed(schoolId);
  });

  test("school and provider complete the plan, every party signs, and the final plan has a PDF", async ({ page, browser }) => {
    test.setTimeout(240_000);
    await loginAs(page, "staff");
    await setDemoClock(page, "2026-01-12T10:00", "12 januari 2026 10:00 CET");

    const school = await pageFor(browser, "school");
    await school.goto("/school/plan-van-aanpak");
    await expect(school).toHaveURL(`/school/plan-van-aanpak/${schoolId}`);
    await expect(school.getByRole("heading", { level: 1, name: "Plan van aanpak — SBO Prinsenhof" })).toBeVisible();
    for (const [label, text] of [
      ["Context van de school", "SBO met 120 leerlingen."], ["Doelen van de school voor collectieve jeugdhulp", "Minder uitval."],
      ["Pedagogisch klimaat", "Rustig."], ["Aansluiting op de ontwikkelingsperspectiefplannen (OPP)", "Sluit aan op de OPP's."], ["Praktische afspraken", "Dinsdag overleg."],
    ] as const) await school.getByLabel(label).fill(text);
    await expect(school.getByTestId("plan-save-status")).toContainText("Opgeslagen om");
    await expectAccessible(school);

    const provider = await pageFor(browser, "provider");
    await provider.goto("/aanbieder/plan-van-aanpak");
    await expectAccessible(provider);
    await provider.getByRole("link", { name: "SBO Prinsenhof" }).click();
    await expect(provider.getByRole("heading", { level: 1, name: "Plan van aanpak — SBO Prinsenhof" })).toBeVisible();
    for (const area of await provider.locator("section[aria-labelledby='aanpak-per-onderwerp'] textarea").all()) {
      await area.fill("Onze aanpak voor dit onderwerp.");
    }
    for (const [n, name, skj, hours] of [[1, "Anna de Vries", "100012345", "15"], [2, "Chris Bakker", "160039340", "10"]] as const) {
      await provider.getByRole("button", { name: "Medewerker of vacature toevoegen" }).click();
      const row = provider.getByRole("group", { name: new RegExp(`^Rij ${n}`) });
      await row.getByLabel("Naam", { exact: true }).fill(name);
      await row.getByLabel("SKJ-registratienummer").fill(skj);
      await row.getByLabel("Uren per week").fill(hours);
    }
    await expect(provider.getByText(/Totaal 2026 \(10 maanden\): € [\d.]+,\d\d van het vaste bedrag € 74\.033,93 — nog/)).toBeVisible();
    await provider.getByLabel("Gedragswetenschapper of orthopedagoog voor advies").fill("Orthopedagoog op afroep.");
    await provider.getByLabel("Vervanging bij afwezigheid langer dan twee weken").fill("Een bekende collega.");
    await provider.getByLabel("Continuïteit van personeel", { exact: true }).fill("Vast team.");
    await expect(provider.getByTestId("plan-save-status")).toContainText("Opgeslagen om");
    await expectAccessible(provider);
    await provider.reload();
    await provider.getByRole("button", { name: "Plan vastleggen voor ondertekening" }).click();
    await expect(provider.getByTestId("plan-hash")).toHaveText(/^[0-9a-f]{64}$/);
    const hash = (await provider.getByTestId("plan-hash").textContent()) ?? "";
    await sign(provider, "Directeur");
    await expectAccessible(provider);

    await school.reload();
    await expect(school.getByTestId("plan-hash")).toHaveText(hash);
    await sign(school, "Directeur");

    const municipality = await pageFor(browser, "municipality");
    await municipality.goto("/gemeente/plannen");
    await expectAccessible(municipality);
    await municipality.getByRole("link", { name: "SBO Prinsenhof" }).click();
    await sign(municipality, "Wethouder");
    await municipality.reload();
    await expect(municipality.getByRole("heading", { name: "Definitief plan (versie 1)" })).toBeVisible();
    await expectAccessible(municipality);
    const href = await municipality.getByRole("link", { name: "Download het definitieve plan (PDF)" }).getAttribute("href");
    const pdf = await municipality.request.get(href ?? "");
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    await page.goto("/beheer/plannen");
    await expect(page.getByRole("row", { name: /SBO Prinsenhof/ })).toContainText("Definitief (versie 1)");
    await expectAccessible(page);
    // Another provider's login gets no PDF of this plan.
    const other = await pageFor(browser, "provider2");
    expect((await other.request.get(href ?? "")).status()).toBe(404);
  });
});
