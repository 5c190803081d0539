import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import { expectAccessible } from "./support/axe";
import { setDemoClock } from "./support/demo-clock";
import { demoClockTest as test, expect } from "./support/fixtures";
import { loginAs } from "./support/login";
import type { DemoAccountKey } from "./support/accounts";

// Ranking, tie draw, interview, the school's choice and publication (issue 7
// part 2) for SBO De Vuurtoren. The written round and the consensus scores
// belong to part 1, so six candidates with submitted consensus sheets are
// written straight into the e2e database (Kompas first; two created
// providers tie at places 5 and 6) and removed again afterwards.

const DATA_DIR = process.env.E2E_DATA_DIR ?? ".data/e2e-pg";
const PREFIX = "e2e-res";

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

function scoresFor(total: number): number[] {
  const scores = [3, 3, 3, 3, 3, 3, 3];
  for (let over = 21 - total, i = 0; over > 0; over--, i = (i + 1) % 7) scores[i] = (scores[i] as number) - 1;
  return scores;
}

async function seedCandidates(): Promise<string> {
  return withDb(async (db) => {
    const ids = (await db.query(`
      SELECT s.id AS "schoolId", s."procedureId", o.id AS "kompasId"
        FROM "School" s, "Organisation" o WHERE s.name = 'SBO De Vuurtoren' AND o.name = 'Kompas Jeugd en Gezin'`)).rows[0] as Record<string, string>;
    const topics = (await db.query(`SELECT id FROM "Topic" WHERE "procedureId" = $1 ORDER BY number`, [ids.procedureId])).rows as { id: string }[];
    const candidates: [string, number][] = [[ids.kompasId as string, 21]];
    for (const [n, total] of [[1, 20], [2, 19], [3, 18], [4, 16], [5, 16]] as const) {
      const orgId = `${PREFIX}-org-${n}`;
      await db.query(`INSERT INTO "Organisation" (id, kind, name, "createdAt", "updatedAt") VALUES ($1, 'PROVIDER', $2, now(), now())`, [orgId, `E2E Aanbieder ${n}`]);
      candidates.push([orgId, total]);
    }
    for (const [orgId, total] of candidates) {
      await db.query(
        `INSERT INTO "WrittenPlan" (id, "procedureId", "schoolId", "organisationId", status, "submittedAt", "createdAt", "updatedAt")
         VALUES ($1, $2, $3, $4, 'SUBMITTED', '2025-10-30T09:00:00Z', now(), now())`,
        [`${PREFIX}-plan-${orgId}`, ids.procedureId, ids.schoolId, orgId],
      );
      const sheetId = `${PREFIX}-sheet-${orgId}`;
      await db.query(
        `INSERT INTO "ScoreSheet" (id, kind, "schoolId", "providerOrganisationId", conclusion, status, "submittedAt", "createdAt", "updatedAt")
         VALUES ($1, 'CONSENSUS', $2, $3, 'Een bruikbaar plan met duidelijke keuzes voor onze school.', 'SUBMITTED', '2025-11-04T09:00:00Z', now(), now())`,
        [sheetId, ids.schoolId, orgId],
      );
      const scores = scoresFor(total);
      for (const [i, topic] of topics.entries()) {
        await db.query(`INSERT INTO "ScoreItem" (id, "sheetId", "topicId", score, explanation) VALUES ($1, $2, $3, $4, $5)`,
          [`${sheetId}-${i}`, sheetId, topic.id, scores[i], `Toelichting voor onderwerp ${i + 1}: het plan beschrijft concreet de aanpak.`]);
      }
    }
    return ids.schoolId as string;
  });
}

async function removeCandidates(schoolId: string): Promise<void> {
  await withDb(async (db) => {
    await db.query(`DELETE FROM "InterviewInvitation" WHERE "schoolId" = $1`, [schoolId]);
    await db.query(`DELETE FROM "TieResolution" WHERE "schoolId" = $1`, [schoolId]);
    await db.query(`DELETE FROM "Interview" WHERE "selectionGroupId" = (SELECT "selectionGroupId" FROM "School" WHERE id = $1)`, [schoolId]);
    await db.query(`DELETE FROM "SchoolChoice" WHERE "schoolId" = $1`, [schoolId]);
    await db.query(`DELETE FROM "ScoreSheet" WHERE "schoolId" = $1`, [schoolId]);
    await db.query(`DELETE FROM "WrittenPlan" WHERE "schoolId" = $1 AND id LIKE $2`, [schoolId, `${PREFIX}-%`]);
    await db.query(`DELETE FROM "Organisation" WHERE id LIKE $1`, [`${PREFIX}-%`]);
  });
}

async function pageFor(browser: Browser, key: DemoAccountKey): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, key);
  return page;
}

test.describe("ranking, interviews, choice and publication", () => {
  test("a tie is drawn reproducibly, the interview confirmed, the choice made and the result published", async ({ page, browser }) => {
    test.setTimeout(240_000);
    const schoolId = await seedCandidates();
    try {
      await loginAs(page, "staff");
      await setDemoClock(page, "2025-11-05T09:00", "5 november 2025 09:00 CET");

      // Staff: the ranking shows the tie at the cut-off; a draw in the portal decides it, with the seed shown.
      await page.goto("/beheer/uitnodigingen");
      await expectAccessible(page);
      await page.getByRole("link", { name: "SBO De Vuurtoren" }).click();
      await expect(page.getByRole("heading", { level: 1, name: /SBO De Vuurtoren: rangorde/ })).toBeVisible();
      await expect(page.getByText("Gelijke stand op de grens: E2E Aanbieder 4, E2E Aanbieder 5 strijden om 1 plaats")).toBeVisible();
      await expectAccessible(page);
      await page.getByLabel(/Loten in het portaal/).check();
      await page.getByRole("button", { name: "Uitnodigingen vastleggen…" }).click();
      await page.getByRole("button", { name: "Ja, loot nu" }).click();
      await expect(page.getByText(/^Vastgelegd op 5 november 2025 09:\d\d CET: 5 uitgenodigd\.$/)).toBeVisible();
      await expect(page.getByText("Loting nagespeeld: zelfde uitkomst")).toBeVisible();
      await expect(page.getByText(/^Seed: [0-9a-f]{64}$/)).toBeVisible();
      await expectAccessible(page);

      // Staff schedule Kompas's interview in the selection group.
      await page.getByRole("link", { name: "Gesprekken van SBO Zoetermeer plannen" }).click();
      const slot = page.getByRole("form", { name: "Gesprek plannen met Kompas Jeugd en Gezin" });
      await slot.getByLabel("Datum").fill("2025-11-12");
      await slot.getByLabel("Begintijd (Nederlandse tijd)").fill("09:30");
      await slot.getByLabel("Eindtijd (Nederlandse tijd)").fill("10:30");
      await slot.getByLabel("Locatie").fill("SBO De Vuurtoren, Zoetermeer");
      await slot.getByRole("button", { name: "Gesprek inplannen" }).click();
      await expect(page.getByText("Gepland: 12 november 2025 van 09:30 tot 10:30 CET")).toBeVisible();
      await expectAccessible(page);

      // The provider confirms it.
      const provider = await pageFor(browser, "provider2");
      await provider.goto("/aanbieder/gesprekken");
      await expect(provider.getByText("12 november 2025 van 09:30 tot 10:30 CET, SBO De Vuurtoren, Zoetermeer")).toBeVisible();
      await provider.getByRole("button", { name: "Gesprek SBO Zoetermeer bevestigen" }).click();
      await expect(provider.getByText(/Bevestigd op 5 november 2025/)).toBeVisible();
      await expectAccessible(provider);

      // In the choice window the school assesses the interview and chooses, with receipts.
      await setDemoClock(page, "2025-11-24T10:00", "24 november 2025 10:00 CET");
      const school = await pageFor(browser, "school2");
      await school.goto("/school/keuze");
      await expectAccessible(school);
      await school.getByRole("link", { name: "SBO De Vuurtoren" }).click();
      await expect(school.getByRole("heading", { level: 1, name: "SBO De Vuurtoren: gesprekken en keuze" })).toBeVisible();
      await expectAccessible(school);
      const assessment = school.getByRole("form", { name: "Beoordeling gesprek Kompas Jeugd en Gezin" });
      for (let n = 1; n <= 7; n++) {
        await assessment.getByRole("group", { name: new RegExp(`^${n}\\. `) }).getByLabel("3 (goed)").check();
        await assessment.getByLabel(`Toelichting bij onderwerp ${n}`).fill(`In het gesprek over onderwerp ${n} gaf Kompas sterke voorbeelden.`);
      }
      await assessment.getByLabel("Conclusie na het gesprek").fill("Een overtuigend gesprek met een team dat onze school begrijpt.");
      await assessment.getByRole("button", { name: "Beoordeling van het gesprek vastleggen" }).click();
      await expect(school.getByTestId("receipt-number")).toHaveText(/^BEO-2025-\d{6}$/);
      await school.reload();
      const choice = school.getByRole("form", { name: "Keuze van de school" });
      await choice.getByRole("button", { name: "Keuze indienen" }).click();
      await expect(choice.getByText("Kies 1 of 2 aanbieders. U heeft geen aanbieder gekozen.")).toBeVisible();
      await choice.getByLabel("Kompas Jeugd en Gezin").check();
      await choice.getByLabel("Motivering van de keuze").fill("Kompas sluit het best aan bij onze leerlingen en ons team.");
      await choice.getByLabel("Kenmerken en relatieve voordelen van het gekozen plan").fill("Een vast team dat direct beschikbaar is en de school al kent.");
      await choice.getByRole("button", { name: "Keuze indienen" }).click();
      await expect(school.getByTestId("receipt-number")).toHaveText(/^KZS-2025-\d{6}$/);
      await expectAccessible(school);

      // Nothing is visible to the provider before publication.
      await provider.goto("/aanbieder/uitslag");
      await expect(provider.getByText("Er is nog geen uitslag gepubliceerd")).toBeVisible();
      await expectAccessible(provider);

      // Staff publish in two steps; the provider then sees its own scores, the motivation and the standstill.
      await page.goto(`/beheer/uitnodigingen/${schoolId}`);
      await page.getByRole("button", { name: "Uitslag publiceren…" }).click();
      await page.getByRole("button", { name: "Ja, publiceer de uitslag" }).click();
      await expect(page.getByText(/^Gepubliceerd op 24 november 2025 10:\d\d CET\.$/)).toBeVisible();
      await expectAccessible(page);
      await provider.reload();
      await expect(provider.getByRole("heading", { level: 2, name: /SBO De Vuurtoren/ })).toContainText("Gekozen");
      await expect(provider.getByText("Kompas sluit het best aan bij onze leerlingen en ons team.")).toBeVisible();
      await expect(provider.getByText("Toelichting voor onderwerp 1: het plan beschrijft concreet de aanpak.")).toBeVisible();
      await expect(provider.getByText(/Standstilltermijn: tot en met 14 december 2025/)).toBeVisible();
      await expectAccessible(provider);
    } finally {
      await removeCandidates(schoolId);
    }
  });
});
