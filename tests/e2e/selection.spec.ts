import fs from "node:fs";
import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { DEMO_PASSWORD } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { setDemoClock } from "./support/demo-clock";
import { demoClockTest as test, expect } from "./support/fixtures";
import { loginAs } from "./support/login";
import {
  clickUntil, fillPlanTopic, fillScores, loginWithPassword, planPath, planTopic, recordConsensus, scoreCandidate, scoresFor, submitPlan, TOPICS, untilLive,
  writePlan, type Score,
} from "./support/selection";
import {
  ADVANTAGES, ANKER, BRUG, conclusionText, consensusText, EVALUATOR_1, EVALUATOR_2, evaluatorText, GROUP, idOf, KOMPAS, loggedIn, MOTIVATION, newPage,
  planText, PROVIDERS, SAMEN, SCHOOL, secondOpinion, seedAdmittedProviders, STAP, VLINDER, type Provider,
} from "./support/selection-cast";

// The selection (issue 7) for SBO De Vuurtoren, through the browser: six
// admitted providers write and submit a plan; the school cannot open one
// before the written round closes; two evaluators each declare no conflict of
// interest and score all six independently; the school records the consensus
// (totals 21, 20, 19, 18, 16, 16: places 5 and 6 tie at the cut-off of five);
// staff resolve the tie by a draw in the portal and schedule the interviews of
// the five invited; a provider confirms its interview; the school assesses
// the interviews and chooses two providers with a motivation; staff publish;
// De Brug (place 3, not chosen) reads its own scores, explanations and the
// motivation; the score matrix downloads as XLSX.
//
// The cast and the state written straight into the database: ./support/selection-cast.ts.

test.describe("selection", () => {
  test("six plans, two evaluators, consensus with a tie at the cut-off, a draw, interviews, the school's choice, publication and the score matrix", async ({ page, browser }) => {
    test.setTimeout(480_000);
    const schoolId = await seedAdmittedProviders();
    await loginAs(page, "staff");
    const brug = await newPage(browser);
    const school = await newPage(browser);

    await test.step("written round (20 October): six providers submit; the plans stay sealed", async () => {
      await setDemoClock(page, "2025-10-20T10:00", "20 oktober 2025 10:00 CEST");

      // De Brug in full: the list, the live word count, autosave, the refusal of an incomplete plan.
      await loginWithPassword(brug, BRUG.login, DEMO_PASSWORD, "/aanbieder/schriftelijke-ronde");
      await expect(brug.getByRole("heading", { level: 1, name: "Schriftelijke ronde" })).toBeVisible();
      await expectAccessible(brug);
      await brug.getByRole("link", { name: SCHOOL }).click();
      await expect(brug.getByRole("heading", { level: 1, name: `Schriftelijk plan voor ${SCHOOL}` })).toBeVisible();
      await fillPlanTopic(brug, 1, planText(BRUG)(1));
      await expect(brug.getByTestId("word-count").first()).toHaveText("14 van 500 woorden");
      await expect(brug.getByTestId("autosave-status")).toHaveText(/^Concept opgeslagen om 10:0\d CEST$/);
      await brug.getByRole("button", { name: "Plan indienen" }).click();
      await expect(planTopic(brug, 2)).toHaveAccessibleDescription(/Vul onderwerp 2/);
      for (let n = 2; n <= TOPICS; n++) await planTopic(brug, n).fill(planText(BRUG)(n));
      await submitPlan(brug);
      await expectAccessible(brug);

      // The other five, each in its own browser.
      for (const p of PROVIDERS.filter((x) => x !== BRUG)) {
        const provider = await loggedIn(browser, p.login, planPath(schoolId));
        await writePlan(provider, schoolId, planText(p));
        await provider.context().close();
      }

      // The school appoints both evaluators; the plans stay sealed until the round closes.
      await loginAs(school, "school2");
      await school.goto("/school/beoordeling");
      for (const who of [EVALUATOR_1, EVALUATOR_2]) {
        const assign = school.getByRole("button", { name: "Toewijzen" });
        await untilLive(
          async () => void (await school.getByLabel("Beoordelaar toevoegen").selectOption({ label: `${who.name} (${who.email})` })),
          () => expect(assign).toBeEnabled({ timeout: 1_000 }),
        );
        await assign.click();
        await expect(school.getByRole("listitem").filter({ hasText: who.email })).toContainText("Nog geen verklaring");
      }
      await expect(school.getByText("De schriftelijke plannen zijn verzegeld.")).toBeVisible();
      await school.goto(`/school/beoordeling/${schoolId}/${idOf(BRUG)}`);
      await expect(school.getByRole("heading", { level: 1, name: "Plan beoordelen" })).toBeVisible();
      await expect(school.getByText(/^De schriftelijke plannen zijn verzegeld\./)).toBeVisible();
      await expect(school.getByText(planText(BRUG)(1))).toHaveCount(0);
    });

    await test.step("scoring (3 November): two evaluators declare and score all six on their own; the school records the consensus", async () => {
      await setDemoClock(page, "2025-11-03T10:00", "3 november 2025 10:00 CET");
      const declare = async (evaluator: Page) => {
        if (new URL(evaluator.url()).pathname !== "/school/beoordeling") await evaluator.goto("/school/beoordeling");
        const candidates = evaluator.getByRole("listitem").filter({ hasText: /^(Jeugdhulp|Kompas|Samen|Stap|Vlinder)/ });
        await expect(candidates).toHaveCount(PROVIDERS.length);
        const record = evaluator.getByRole("button", { name: "Verklaring vastleggen" });
        await untilLive(() => evaluator.getByLabel(/Ik verklaar dat ik geen belangenverstrengeling heb/).check(), () => expect(record).toBeEnabled({ timeout: 1_000 }));
        await record.click();
        await expect(evaluator.getByRole("table", { name: `Kandidaten van ${SCHOOL}` }).getByRole("rowheader")).toHaveCount(PROVIDERS.length);
      };

      await declare(school);
      await expectAccessible(school);
      await school.goto(`/school/beoordeling/${schoolId}/${idOf(BRUG)}`);
      await expect(school.getByRole("heading", { level: 1, name: `${BRUG.name} — plan voor ${SCHOOL}` })).toBeVisible();
      await expect(school.getByText(planText(BRUG)(7))).toBeVisible();
      await expectAccessible(school);
      const [first, ...rest] = PROVIDERS as [Provider, ...Provider[]];
      const johan = (p: Provider) => scoreCandidate(school, schoolId, idOf(p), scoresFor(p.total), evaluatorText("Johan", p));
      await johan(first);

      // Independent: Ilse does not see Johan's scores of the first candidate before her own are in.
      const second = await loggedIn(browser, { email: EVALUATOR_2.email, user: EVALUATOR_2.name }, "/school/beoordeling");
      const ilse = (p: Provider) => scoreCandidate(second, schoolId, idOf(p), secondOpinion(scoresFor(p.total)), evaluatorText("Ilse", p));
      await declare(second);
      await second.goto(`/school/beoordeling/${schoolId}/${idOf(first)}`);
      await expect(second.getByRole("heading", { level: 2, name: "Uw beoordeling" })).toBeVisible();
      await expect(second.getByRole("heading", { name: "Scores van de andere beoordelaars" })).toHaveCount(0);
      await expect(second.getByText(evaluatorText("Johan", first)(1))).toHaveCount(0);
      // Then both score side by side, each in their own browser.
      await Promise.all([
        (async () => { for (const p of rest) await johan(p); })(),
        (async () => { for (const p of PROVIDERS) await ilse(p); })(),
      ]);
      // Once hers are in, she does.
      await second.goto(`/school/beoordeling/${schoolId}/${idOf(first)}`);
      await expect(second.getByRole("heading", { level: 2, name: "Scores van de andere beoordelaars" })).toBeVisible();
      await expect(second.getByText(evaluatorText("Johan", first)(1))).toBeVisible();
      await second.context().close();

      // The school records the consensus per candidate.
      for (const p of PROVIDERS) {
        await recordConsensus(school, schoolId, idOf(p), scoresFor(p.total), consensusText(p), conclusionText(p));
        if (p === ANKER) await expectAccessible(school);
      }
    });

    const { loser, invited } = await test.step("staff: every sheet, the ranking, a draw at the cut-off, the interviews", async () => {
      // Staff see every sheet: both evaluators and the consensus, side by side.
      await page.goto("/beheer/selectie");
      await expectAccessible(page);
      await page.getByRole("link", { name: SCHOOL }).click();
      await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^Selectie: ${SCHOOL}`) })).toBeVisible();
      const brugSheets = page.getByRole("table", { name: `Individuele en gezamenlijke beoordelingen van ${BRUG.name}` });
      await expect(brugSheets.getByRole("columnheader")).toHaveCount(4);
      for (const column of [EVALUATOR_1.name, EVALUATOR_2.name, "Gezamenlijk"]) {
        await expect(brugSheets.getByRole("columnheader", { name: new RegExp(`^${column} ingediend 3 november 2025`) })).toBeVisible();
      }
      await expect(brugSheets.getByText(evaluatorText("Ilse", BRUG)(7))).toBeVisible();
      await expectAccessible(page);

      // Staff: the tie at the cut-off is resolved by a draw in the portal, with the seed shown.
      await page.goto("/beheer/uitnodigingen");
      await expectAccessible(page);
      await page.getByRole("link", { name: SCHOOL }).click();
      await expect(page.getByRole("heading", { level: 1, name: `${SCHOOL}: rangorde, uitnodigingen en uitslag` })).toBeVisible();
      const ranking = page.getByRole("table", { name: `Rangorde ${SCHOOL}` });
      // Place, seven consensus scores, total: places 5 and 6 share place 5.
      for (const p of PROVIDERS) {
        const cells = ranking.getByRole("row", { name: new RegExp(p.name) }).getByRole("cell");
        await expect(cells.first()).toHaveText(String(p.rank));
        await expect(cells.nth(TOPICS + 1)).toHaveText(String(p.total));
      }
      await expect(page.getByText(`Gelijke stand op de grens: ${STAP.name}, ${VLINDER.name} strijden om 1 plaats`)).toBeVisible();
      await expectAccessible(page);
      const fix = page.getByRole("button", { name: "Uitnodigingen vastleggen…" });
      await untilLive(() => page.getByLabel(/Loten in het portaal/).check(), () => expect(fix).toBeEnabled({ timeout: 1_000 }));
      await fix.click();
      await page.getByRole("button", { name: "Ja, loot nu" }).click();
      await expect(page.getByText(/^Vastgelegd op 3 november 2025 10:\d\d CET: 5 uitgenodigd\.$/)).toBeVisible();
      await expect(page.getByText("Loting nagespeeld: zelfde uitkomst")).toBeVisible();
      await expect(page.getByText(/^Seed: [0-9a-f]{64}$/)).toBeVisible();
      const drawn = page.getByRole("listitem").filter({ hasText: "— getrokken" });
      await expect(drawn).toHaveCount(1);
      const winner = ((await drawn.textContent()) ?? "").startsWith(STAP.name) ? STAP : VLINDER;
      const loser = winner === STAP ? VLINDER : STAP;
      await expect(ranking.getByRole("row", { name: new RegExp(winner.name) })).toContainText("Uitgenodigd");
      await expect(ranking.getByRole("row", { name: new RegExp(loser.name) })).toContainText("Niet uitgenodigd");
      const invited = [ANKER, KOMPAS, BRUG, SAMEN, winner];

      // Staff schedule the five interviews of the selection group.
      await page.getByRole("link", { name: `Gesprekken van ${GROUP} plannen` }).click();
      await expect(page.getByRole("heading", { level: 1, name: `Gesprekken ${GROUP}` })).toBeVisible();
      await expect(page.getByRole("form", { name: /^Gesprek plannen met / })).toHaveCount(invited.length);
      for (const [i, p] of invited.entries()) {
        const slot = page.getByRole("form", { name: `Gesprek plannen met ${p.name}` });
        await slot.getByLabel("Datum").fill("2025-11-10");
        await slot.getByLabel("Begintijd (Nederlandse tijd)").fill(`${9 + i}:00`.padStart(5, "0"));
        await slot.getByLabel("Eindtijd (Nederlandse tijd)").fill(`${9 + i}:45`.padStart(5, "0"));
        await slot.getByLabel("Locatie").fill(`${SCHOOL}, Zoetermeer`);
        await slot.getByRole("button", { name: "Gesprek inplannen" }).click();
        await expect(slot.getByText("Het gesprek is ingepland; de aanbieder krijgt een e-mail.")).toBeVisible();
      }
      await expect(page.getByText(/^Gepland: 10 november 2025 van/)).toHaveCount(invited.length);
      await expectAccessible(page);

      // De Brug confirms its interview.
      await brug.goto("/aanbieder/gesprekken");
      await expect(brug.getByText(`10 november 2025 van 11:00 tot 11:45 CET, ${SCHOOL}, Zoetermeer`)).toBeVisible();
      await clickUntil(brug.getByRole("button", { name: `Gesprek ${GROUP} bevestigen` }), brug.getByText(/^Bevestigd op 3 november 2025 10:\d\d CET$/));
      await expectAccessible(brug);
      return { winner, loser, invited };
    });

    await test.step("choice (24 November): the school assesses the five interviews and chooses two", async () => {
      await setDemoClock(page, "2025-11-24T10:00", "24 november 2025 10:00 CET");
      await school.goto("/school/keuze");
      await expectAccessible(school);
      await school.getByRole("link", { name: SCHOOL }).click();
      await expect(school.getByRole("heading", { level: 1, name: `${SCHOOL}: gesprekken en keuze` })).toBeVisible();
      await expect(school.getByRole("form", { name: /^Beoordeling gesprek / })).toHaveCount(invited.length);
      await expectAccessible(school);
      for (const [i, p] of invited.entries()) {
        const assessment = school.getByRole("form", { name: `Beoordeling gesprek ${p.name}` });
        if (i === 0) {
          // An empty assessment is refused in the page.
          await clickUntil(assessment.getByRole("button", { name: "Beoordeling van het gesprek vastleggen" }), assessment.getByText(/^Geef een score voor onderwerp 1 /));
        }
        const score: Score = p === ANKER || p === KOMPAS ? 3 : 2;
        await fillScores(assessment, Array<Score>(TOPICS).fill(score), (n) => `In het gesprek over onderwerp ${n} gaf ${p.short} sprekende voorbeelden.`);
        await assessment.getByLabel("Conclusie na het gesprek").fill(`Een open gesprek met ${p.short} over de aanpak op onze school.`);
        await assessment.getByRole("button", { name: "Beoordeling van het gesprek vastleggen" }).click();
        const section = school.getByRole("region", { name: p.name, exact: true });
        await expect(section.getByText(`De beoordeling van het gesprek met ${p.name} is vastgelegd.`)).toBeVisible();
        await expect(section.getByTestId("receipt-number")).toHaveText(/^BEO-2025-\d{6}$/);
        await expect(assessment).toHaveCount(0);
      }
      await school.getByRole("button", { name: "Overzicht en keuze bijwerken" }).first().click();
      await expect(school.getByRole("listitem").filter({ hasText: "Gesprek beoordeeld" })).toHaveCount(invited.length);
      await expect(school.getByRole("region", { name: "Beoordeling na het gesprek" })).toHaveCount(0);
      const choice = school.getByRole("form", { name: "Keuze van de school" });
      await clickUntil(choice.getByRole("button", { name: "Keuze indienen" }), choice.getByText("Kies 1 of 2 aanbieders. U heeft geen aanbieder gekozen."));
      await choice.getByLabel(ANKER.name, { exact: true }).check();
      await choice.getByLabel(KOMPAS.name, { exact: true }).check();
      await choice.getByLabel("Motivering van de keuze").fill(MOTIVATION);
      await choice.getByLabel("Kenmerken en relatieve voordelen van het gekozen plan").fill(ADVANTAGES);
      await choice.getByRole("button", { name: "Keuze indienen" }).click();
      await expect(school.getByTestId("receipt-number")).toHaveText(/^KZS-2025-\d{6}$/);

      // Nothing shows for a provider before publication.
      await brug.goto("/aanbieder/uitslag");
      await expect(brug.getByText("Er is nog geen uitslag gepubliceerd")).toBeVisible();

    });

    await test.step("staff publish and download the score matrix", async () => {
      await page.goto(`/beheer/uitnodigingen/${schoolId}`);
      await expect(page.getByRole("region", { name: "Keuze van de school en publicatie" })).toContainText(`${ANKER.name} en ${KOMPAS.name}`);
      // Before publishing, staff can read how the school assessed each interview.
      await page.getByText(`Beoordeling van het gesprek met ${KOMPAS.name}: ${3 * TOPICS} punten`).click();
      await expect(page.getByRole("table", { name: `Beoordeling van het gesprek met ${KOMPAS.name}` }).getByRole("row").nth(1)).toContainText(`In het gesprek over onderwerp 1 gaf ${KOMPAS.short} sprekende voorbeelden.`);
      await expectAccessible(page);
      const publish = page.getByRole("button", { name: "Ja, publiceer de uitslag" });
      await clickUntil(page.getByRole("button", { name: "Uitslag publiceren…" }), publish);
      await publish.click();
      await expect(page.getByText(/^Gepubliceerd op 24 november 2025 10:\d\d CET\.$/)).toBeVisible();

      const matrixLink = page.getByRole("link", { name: `Scorematrix van ${SCHOOL} (XLSX)` });
      const [download] = await Promise.all([page.waitForEvent("download"), matrixLink.click()]);
      expect(download.suggestedFilename()).toBe("scorematrix-sbo-de-vuurtoren.xlsx");
      const xlsx = fs.readFileSync(await download.path());
      expect(xlsx.length).toBeGreaterThan(1_000);
      expect(xlsx.subarray(0, 2).toString("latin1")).toBe("PK");
      const response = await page.request.get((await matrixLink.getAttribute("href")) ?? "");
      expect(response.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet(SCHOOL);
      const header = (sheet?.getRow(1).values ?? []) as unknown[];
      const column = (title: string) => header.indexOf(title);
      const rows = new Map((sheet?.getRows(2, PROVIDERS.length) ?? []).map((r) => [String(r.getCell(column("Aanbieder")).value), r]));
      for (const p of PROVIDERS) {
        const row = rows.get(p.name);
        expect(row?.getCell(column("Totaal")).value, `total of ${p.name}`).toBe(p.total);
        expect(row?.getCell(column("Uitgenodigd")).value, `invited ${p.name}`).toBe(p === loser ? "nee" : "ja");
        expect(row?.getCell(column("Gekozen")).value, `chosen ${p.name}`).toBe(p === ANKER || p === KOMPAS ? "ja" : "nee");
      }

    });

    await test.step("De Brug, not chosen, reads its own scores, explanations and the motivation", async () => {
      await brug.reload();
      const result = brug.getByRole("region", { name: new RegExp(`^${SCHOOL}`) });
      await expect(result.getByRole("heading", { level: 2 })).toHaveText(`${SCHOOL} Niet gekozen`);
      await expect(result).toContainText(`De school koos: ${ANKER.name} en ${KOMPAS.name}.`);
      await expect(result).toContainText(`Uw schriftelijke plan: ${BRUG.total} punten, plaats ${BRUG.rank}; u was uitgenodigd voor het gesprek.`);
      const own = result.getByRole("table", { name: `Uw scores en toelichtingen per onderwerp bij ${SCHOOL}` });
      const expected = scoresFor(BRUG.total);
      for (let n = 1; n <= TOPICS; n++) {
        await expect(own.getByRole("row").nth(n).getByRole("cell")).toHaveText([String(expected[n - 1]), consensusText(BRUG)(n)]);
      }
      await expect(result.getByText(conclusionText(BRUG))).toBeVisible();
      await expect(result.getByText(MOTIVATION)).toBeVisible();
      await expect(result.getByText(ADVANTAGES)).toBeVisible();
      await expect(result.getByText(/Standstilltermijn: tot en met 14 december 2025/)).toBeVisible();
      // Only its own: not another provider's explanations, nor the evaluators' own sheets.
      await expect(brug.getByText(consensusText(KOMPAS)(1))).toHaveCount(0);
      await expect(brug.getByText(evaluatorText("Johan", BRUG)(1))).toHaveCount(0);
      await expectAccessible(brug);
    });

    await test.step("the provider that lost the draw reads the draw with the seed and its own ticket", async () => {
      const lost = await loggedIn(browser, loser.login, "/aanbieder/uitslag");
      const result = lost.getByRole("region", { name: new RegExp(`^${SCHOOL}`) });
      await expect(result).toContainText(`Uw schriftelijke plan: ${loser.total} punten, plaats ${loser.rank} (gedeeld); u was niet uitgenodigd voor het gesprek.`);
      await expect(result.getByText(new RegExp(`^Op plaats ${loser.rank} stonden u en 1 andere aanbieder gelijk, voor 1 plaats bij het gesprek\\. Het Servicebureau heeft op 3 november 2025 10:\\d\\d CET geloot: seed [0-9a-f]{64}, .*; u bent niet uitgenodigd\\.$`))).toBeVisible();
      await expect(result.getByRole("listitem").filter({ hasText: "(uw lot)" })).toHaveText(/^[0-9a-f]{64} \(uw lot\)$/);
      // The other participant stays anonymous.
      await expect(result.getByText((loser === STAP ? VLINDER : STAP).name)).toHaveCount(0);
      await expectAccessible(lost);
      await lost.context().close();
    });

    await test.step("the public reads the chosen providers and the standstill period on /uitslagen", async () => {
      const visitor = await newPage(browser);
      await visitor.goto("/uitslagen");
      const row = visitor.getByRole("row", { name: new RegExp(`^${SCHOOL}`) });
      await expect(row.getByRole("listitem")).toHaveText([ANKER.name, KOMPAS.name]);
      await expect(row).toContainText("Tot en met 14 december 2025. De keuze is definitief vanaf 15 december 2025 00:00 CET.");
      await expectAccessible(visitor);
      await visitor.context().close();
    });
  });
});
