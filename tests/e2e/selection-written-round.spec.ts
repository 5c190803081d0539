import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import { expectAccessible } from "./support/axe";
import { setDemoClock } from "./support/demo-clock";
import { demoClockTest as test, expect } from "./support/fixtures";
import { loginAs } from "./support/login";
import type { DemoAccountKey } from "./support/accounts";

// Written round and scoring (issue 7): an admitted provider writes and submits
// a plan for SBO Prinsenhof; the school cannot open it before the close; after
// the close an evaluator declares no conflict of interest, reads the plan and
// scores it; staff see the sheet. Admission is built by another issue at the
// same time, so the admission decision is written straight into the e2e
// database here (and removed again afterwards).

const DATA_DIR = process.env.E2E_DATA_DIR ?? ".data/e2e-pg";
const TOPICS = 7;

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

async function admitDeBrugForPrinsenhofCluster(): Promise<string> {
  return withDb(async (db) => {
    const ids = (await db.query(`
      SELECT s."procedureId", s."clusterId", o.id AS "organisationId", u.id AS "staffId"
        FROM "School" s, "Organisation" o, "User" u
       WHERE s.name = 'SBO Prinsenhof' AND o.name = 'Jeugdhulp De Brug' AND u.email = 'medewerker@servicebureau.example'`)).rows[0] as Record<string, string>;
    const applicationId = `e2e-sel-app-${Date.now()}`;
    await db.query(
      `INSERT INTO "AdmissionApplication" (id, "procedureId", "organisationId", version, status, "submittedAt", "createdAt", "updatedAt")
       VALUES ($1, $2, $3, 1, 'SUBMITTED', '2025-09-20T08:00:00Z', now(), now())`,
      [applicationId, ids.procedureId, ids.organisationId],
    );
    await db.query(`INSERT INTO "ApplicationCluster" (id, "applicationId", "clusterId") VALUES ($1, $2, $3)`, [`${applicationId}-c`, applicationId, ids.clusterId]);
    await db.query(
      `INSERT INTO "AdmissionDecision" (id, "applicationClusterId", outcome, motivation, "decidedById", "decidedAt")
       VALUES ($1, $2, 'ADMITTED', 'Voldoet aan de eisen (e2e).', $3, '2025-10-06T08:00:00Z')`,
      [`${applicationId}-d`, `${applicationId}-c`, ids.staffId],
    );
    return applicationId;
  });
}

async function removeAdmission(applicationId: string): Promise<void> {
  await withDb((db) => db.query(`DELETE FROM "AdmissionApplication" WHERE id = $1`, [applicationId]));
}

async function pageFor(browser: Browser, key: DemoAccountKey): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, key);
  return page;
}

test.describe("written round and scoring", () => {
  test("a plan is written, sealed until the close, then declared, read and scored", async ({ page, browser }) => {
    test.setTimeout(240_000);
    const applicationId = await admitDeBrugForPrinsenhofCluster();
    try {
      await loginAs(page, "staff");
      await setDemoClock(page, "2025-10-20T10:00", "20 oktober 2025 10:00 CEST");

      // The provider writes: live word count, autosave, client-side refusal, submit with a receipt.
      const provider = await pageFor(browser, "provider");
      await provider.goto("/aanbieder/schriftelijke-ronde");
      await expect(provider.getByRole("heading", { level: 1, name: "Schriftelijke ronde" })).toBeVisible();
      await expectAccessible(provider);
      await provider.getByRole("link", { name: "SBO Prinsenhof" }).click();
      await expect(provider.getByRole("heading", { level: 1, name: "Schriftelijk plan voor SBO Prinsenhof" })).toBeVisible();
      await expectAccessible(provider);
      const first = provider.getByLabel("Uw uitwerking van onderwerp 1");
      await first.fill("Wij bakenen collectieve hulp af van individuele trajecten.");
      await expect(provider.getByTestId("word-count").first()).toHaveText("8 van 500 woorden");
      await expect(provider.getByTestId("autosave-status")).toHaveText(/^Concept opgeslagen om 10:0\d CEST$/);
      await provider.getByRole("button", { name: "Plan indienen" }).click();
      await expect(provider.getByLabel("Uw uitwerking van onderwerp 2")).toHaveAccessibleDescription(/Vul onderwerp 2/);
      for (let n = 2; n <= TOPICS; n++) await provider.getByLabel(`Uw uitwerking van onderwerp ${n}`).fill(`Onze aanpak voor onderwerp ${n} op deze school.`);
      await provider.getByRole("button", { name: "Plan indienen" }).click();
      await expect(provider.getByText("Uw plan is ingediend.")).toBeVisible();
      await expect(provider.getByTestId("receipt-number")).toHaveText(/^PLN-2025-\d{6}$/);
      await expectAccessible(provider);

      // The school cannot open anything before the close.
      const school = await pageFor(browser, "school");
      await school.goto("/school/beoordeling");
      await school.getByLabel("Beoordelaar toevoegen").selectOption({ label: "Marieke Bakker (intern-begeleider@prinsenhof.example)" });
      await school.getByRole("button", { name: "Toewijzen" }).click();
      await expect(school.getByText("De schriftelijke plannen zijn verzegeld.")).toBeVisible();
      await expectAccessible(school);

      // After the close: declaration, the plan, and the evaluator's own scores.
      await setDemoClock(page, "2025-11-03T10:00", "3 november 2025 10:00 CET");
      await school.reload();
      await expect(school.getByRole("listitem").filter({ hasText: "Jeugdhulp De Brug" })).toBeVisible();
      await school.getByLabel(/Ik verklaar dat ik geen belangenverstrengeling heb/).check();
      await school.getByRole("button", { name: "Verklaring vastleggen" }).click();
      await school.getByRole("link", { name: "Jeugdhulp De Brug" }).click();
      await expect(school.getByRole("heading", { level: 1, name: "Jeugdhulp De Brug — plan voor SBO Prinsenhof" })).toBeVisible();
      await expect(school.getByText("Wij bakenen collectieve hulp af van individuele trajecten.")).toBeVisible();
      await expectAccessible(school);
      for (let n = 1; n <= TOPICS; n++) {
        await school.getByRole("group", { name: new RegExp(`^${n}\\. `) }).getByLabel("2 (voldoende)").check();
        await school.getByLabel(`Toelichting bij onderwerp ${n}`).fill(`Bij onderwerp ${n} is de aanpak concreet genoeg voor onze school.`);
      }
      await school.getByRole("button", { name: "Beoordeling indienen" }).click();
      await expect(school.getByTestId("receipt-number")).toHaveText(/^BEO-2025-\d{6}$/);
      await expectAccessible(school);

      // Staff see the individual sheet for audit.
      await page.goto("/beheer/selectie");
      await expectAccessible(page);
      await page.getByRole("link", { name: "SBO Prinsenhof" }).click();
      await expect(page.getByRole("heading", { level: 1, name: /Selectie: SBO Prinsenhof/ })).toBeVisible();
      await expect(page.getByRole("columnheader", { name: /Marieke Bakker/ })).toBeVisible();
      await expectAccessible(page);
    } finally {
      await removeAdmission(applicationId);
    }
  });
});
