import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Download, Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { loginAs } from "./support/login";

// Issue 5 end to end: staff enter the worked example, check the live
// breakdown, save a version, export it and publish it; the school then sees
// its fixed amount, providers and the public page list the amounts.
// Figures from the issue: cost per FTE € 91.308,52; SBO 4,5 fte; Horizon
// € 74.033,93 a full year, € 61.694,95 in 2026 (10 months), € 76.328,99 in 2027.

const SBO = "Speciaal Basisonderwijs (SBO)";
const SBO_PUPILS = { "SBO Prinsenhof": "120", "SBO Laurentiusschool": "95", "SBO De Vuurtoren": "130", "IKC Het Zwanenbos": "110", "SBO Horizon": "100" };
const PERCENTAGES = {
  "Vakantiegeld (%)": "8",
  "Eindejaarsuitkering (%)": "8,33",
  "Sociale werkgeverslasten (%)": "20",
  "Werkgeversdeel pensioenpremie (%)": "15",
  "Overhead (%)": "12",
  "Risico-opslag (%)": "3",
};

function schoolRow(page: Page, caption: string | RegExp, school: string) {
  return page
    .getByRole("table", { name: caption })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: school, exact: true }) });
}

async function downloadText(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

test.describe.serial("budget: parameters, breakdown, versions and publication", () => {
  let versionPath = "";

  test("staff enter the worked example, see the breakdown to the cent, save, export and publish", async ({ page }) => {
    // One long journey with axe on four large pages (the breakdown has some twenty tables).
    test.slow();
    await loginAs(page, "staff");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Budget", exact: true }).click();
    await expect(page).toHaveURL("/beheer/budget");
    await expect(page.getByRole("heading", { level: 1, name: "Budget: vast bedrag per school" })).toBeVisible();
    await expectAccessible(page);

    // Bad input gets a field error in place, and nothing is saved.
    const salary = page.getByLabel("Maandsalaris in € functie 1");
    await salary.fill("vierduizend");
    await page.getByRole("button", { name: "Functie toevoegen" }).click();
    await page.getByLabel("Functie 2", { exact: true }).fill("Gedragswetenschapper");
    await page.getByLabel("Maandsalaris in € functie 2").fill("5.100,00");
    await page.getByLabel("Aandeel in fte (%) functie 2").fill("30");
    await page.getByRole("button", { name: "Versie opslaan" }).click();
    await expect(salary).toHaveAttribute("aria-invalid", "true");
    await expect(salary).toHaveAccessibleDescription(/Dit is geen geldig bedrag/);
    await expect(salary).toBeFocused();
    await expect(page.getByRole("group", { name: "Functiemix" })).toHaveAccessibleDescription(
      "De aandelen in de functiemix moeten samen 100 % zijn; nu is het 130,00 %.",
    );
    await expect(page.getByTestId("budget-problems")).toContainText("Maandsalaris functie 1");
    await expect(page.getByText(/is opgeslagen als concept/)).toHaveCount(0);
    await expectAccessible(page);

    // The worked example of the issue.
    await page.getByRole("button", { name: "Verwijder functie 2" }).click();
    await salary.fill("4.200,00");
    await page.getByLabel("Aandeel in fte (%) functie 1").fill("100");
    for (const [label, value] of Object.entries(PERCENTAGES)) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByLabel(`Aantal fte ${SBO}`).fill("4,5");
    for (const [school, pupils] of Object.entries(SBO_PUPILS)) await page.getByLabel(`Leerlingen ${school}`).fill(pupils);
    await page.getByLabel("Peildatum voor alle scholen").fill("2025-10-01");
    await page.getByRole("button", { name: "Op alle scholen toepassen" }).click();
    await page.getByLabel("Index (%) contractjaar 2").fill("3,1");
    await page.getByLabel("Toelichting bij deze versie (optioneel)").fill("Rekenvoorbeeld uit issue 5");

    // The live breakdown, to the cent.
    await expect(salary).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("cost-per-fte")).toHaveText("€ 91.308,52");
    await expect(page.getByTestId("cost-per-fte-exact")).toHaveText("€ 91.308,5151552");
    await expect(schoolRow(page, /SBO\): jaarbedrag per school, volledig jaar \(€ 410\.888,34/, "SBO Horizon").getByRole("cell").last()).toHaveText("€ 74.033,93");
    await expect(schoolRow(page, /SBO\): vast bedrag per school in 2026 \(€ 342\.406,95/, "SBO Horizon").getByRole("cell").last()).toHaveText("€ 61.694,95");
    await expect(schoolRow(page, /SBO\): vast bedrag per school in 2027 \(€ 423\.625,88/, "SBO Horizon").getByRole("cell").last()).toHaveText("€ 76.328,99");
    await expectAccessible(page);

    await page.getByRole("button", { name: "Versie opslaan" }).click();
    const saved = page.getByRole("status").filter({ hasText: "is opgeslagen als concept" });
    await expect(saved).toBeVisible();
    const version = (await saved.textContent())?.match(/Versie (\d+)/)?.[1];
    expect(version).toBeDefined();
    await saved.getByRole("link", { name: `Bekijk versie ${version}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Budget versie ${version}` })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Concept");
    await expect(page.getByTestId("cost-per-fte")).toHaveText("€ 91.308,52");
    versionPath = new URL(page.url()).pathname;
    await expectAccessible(page);

    // Exports: CSV for Dutch Excel (BOM, semicolons, decimal comma) and XLSX.
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Doorrekening als CSV" }).click()]);
    expect(csv.suggestedFilename()).toBe(`budget-versie-${version}.csv`);
    const csvText = (await downloadText(csv)).toString("utf8");
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    expect(csvText).toContain("Kosten per fte, afgerond;91308,52");
    expect(csvText).toMatch(/Speciaal Basisonderwijs \(SBO\);volledig jaar;SBO Horizon;100;555;.*;74033,93\r\n/);
    expect(csvText).toMatch(/Speciaal Basisonderwijs \(SBO\);2026;SBO Horizon;100;555;.*;61694,95\r\n/);

    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Doorrekening als Excel (XLSX)" }).click()]);
    expect(xlsx.suggestedFilename()).toBe(`budget-versie-${version}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await downloadText(xlsx)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Scholen");
    const horizon2026 = sheet?.getRows(2, sheet.rowCount)?.find((r) => r.getCell(3).value === "SBO Horizon" && r.getCell(2).value === 2026);
    expect(horizon2026?.getCell(12).value).toBe(61694.95);

    // Publishing asks first, and says what it means.
    await page.getByRole("button", { name: "Publiceren…" }).click();
    const question = page.getByRole("group", { name: `Versie ${version} publiceren?` });
    await expect(question).toContainText("veranderen daarna nooit meer");
    await expect(question).toBeFocused();
    await expectAccessible(page);
    await question.getByRole("button", { name: `Ja, publiceer versie ${version}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Gepubliceerd");
    await expect(page.getByRole("button", { name: "Publiceren…" })).toHaveCount(0);
    await expectAccessible(page);
  });

  test("the school sees its fixed amount per contract year and how it was computed", async ({ page }) => {
    await loginAs(page, "school");
    const card = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Vast bedrag per jaar" }) });
    await expect(schoolRow(page, "Vast bedrag per jaar voor SBO Prinsenhof", "2026 (10 maanden)").getByRole("cell")).toHaveText(["€ 74.033,93"]);
    await expect(schoolRow(page, "Vast bedrag per jaar voor SBO Prinsenhof", "2027").getByRole("cell")).toHaveText(["€ 91.594,78"]);
    await expect(card).toContainText("4,5 fte × € 91.308,52 = € 410.888,34 per volledig jaar, voor 555 leerlingen");
    await expect(schoolRow(page, "Zo is het bedrag van SBO Prinsenhof berekend", "2026 (10 maanden)").getByRole("cell")).toHaveText([
      "€ 342.406,95",
      "120 / 555",
      /^€ 74\.033,93/,
      "€ 74.033,93",
    ]);
    // Another school's amount is not on this page.
    await expect(page.getByText("SBO Horizon")).toHaveCount(0);
    await expectAccessible(page);

    // Staff pages and exports stay closed to a school.
    const exportResponse = await page.request.get(`${versionPath}/export?formaat=csv`, { maxRedirects: 0 });
    expect(exportResponse.status()).toBe(403);
  });

  test("providers and the public page list the amounts of every school", async ({ page }) => {
    await page.goto("/");
    await expect(schoolRow(page, `Vast bedrag per school per jaar in ${SBO}`, "SBO Horizon").getByRole("cell")).toHaveText(["€ 61.694,95", "€ 76.328,99"]);
    await expect(page.getByText(/Het vaste bedrag per school per contractjaar is vastgesteld op/)).toBeVisible();
    await expectAccessible(page);

    await loginAs(page, "provider");
    await expect(schoolRow(page, "Vast bedrag per school per contractjaar", "SBO Horizon").getByRole("cell")).toHaveText([SBO, "€ 61.694,95", "€ 76.328,99"]);
    await expectAccessible(page);
  });
});
