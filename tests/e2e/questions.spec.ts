import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import { demoAccounts } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { loginAs } from "./support/login";

// Questions to the Servicebureau (issue 4) end to end: a provider asks and
// gets a receipt; another provider does not see the question; staff answer
// and publish an anonymised version; the public nota van inlichtingen shows it
// without the provider's name, and its CSV and PDF download.

const run = Date.now().toString(36);
const ORGANISATION = demoAccounts.provider.organisation;
const QUESTION = `Wij van ${ORGANISATION} vragen: telt de peildatum 1 oktober ook voor nieuwe leerlingen? (${run})`;
const PUBLIC_QUESTION = `Telt de peildatum 1 oktober ook voor nieuwe leerlingen? (${run})`;
const ANSWER = `Ja, de peildatum is voor alle leerlingen 1 oktober. (${run})`;

async function downloadedText(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

async function openOwnQuestions(page: Page) {
  await page.goto("/aanbieder/vragen");
  await expect(page.getByRole("heading", { level: 1, name: "Vragen aan het Servicebureau" })).toBeVisible();
}

function ownQuestion(page: Page, text: string) {
  return page.getByRole("list", { name: "Gestelde vragen" }).getByRole("article").filter({ hasText: text });
}

test.describe.serial("questions to the Servicebureau and the nota van inlichtingen", () => {
  test("a provider asks a question and sees its receipt; another provider does not see it", async ({ page, browser }) => {
    await loginAs(page, "provider");
    await expectAccessible(page);
    await openOwnQuestions(page);
    await expectAccessible(page);

    // An empty question is refused under its field; nothing is sent.
    const body = page.getByLabel("Uw vraag");
    await page.getByRole("button", { name: "Vraag versturen" }).click();
    await expect(body).toHaveAttribute("aria-invalid", "true");
    await expect(body).toHaveAccessibleDescription(/Schrijf uw vraag\./);
    await expectAccessible(page);

    await page.getByLabel("Onderdeel van de documenten (optioneel)").fill("Bijlage 3, artikel 2");
    await body.fill(QUESTION);
    await page.getByRole("button", { name: "Vraag versturen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Uw vraag is ontvangen." })).toBeVisible();
    const receipt = page.getByRole("region", { name: "Ontvangstbewijs" });
    await expect(receipt.getByTestId("receipt-number")).toHaveText(/^VRG-\d{4}-\d{6}$/);
    await expect(receipt).toContainText("Vraag aan het Servicebureau, versie 1");
    await expect(body).toHaveValue("");
    const number = await receipt.getByTestId("receipt-number").textContent();
    const mine = ownQuestion(page, QUESTION);
    await expect(mine).toContainText("Nog niet beantwoord");
    await expect(mine.getByRole("link", { name: `ontvangstbewijs ${number}` })).toBeVisible();
    await expectAccessible(page);

    const context = await browser.newContext();
    try {
      const other = await context.newPage();
      await loginAs(other, "provider2");
      await expectAccessible(other);
      await openOwnQuestions(other);
      await expect(other.getByText(QUESTION)).toHaveCount(0);
      await expectAccessible(other);
    } finally {
      await context.close();
    }
  });

  test("staff answer the question and publish it anonymised", async ({ page }) => {
    await loginAs(page, "staff");
    await expectAccessible(page);
    await page.goto("/beheer/vragen");
    await expect(page.getByRole("heading", { level: 1, name: "Vragen van aanbieders" })).toBeVisible();
    await expectAccessible(page);
    const open = page.getByRole("list", { name: "Onbeantwoorde vragen" }).getByRole("listitem").filter({ hasText: QUESTION.slice(0, 60) });
    await expect(open).toContainText(ORGANISATION);
    await open.getByRole("link", { name: /^Beantwoorden: vraag van / }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Vraag van ${ORGANISATION}` })).toBeVisible();
    await expect(page.getByText(QUESTION)).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Antwoord aan de vragende organisatie").fill(ANSWER);
    await page.getByRole("button", { name: "Antwoord versturen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Antwoord opgeslagen." })).toContainText("krijgt een e-mail");

    // The public version is pre-filled from the original; publishing the provider's name is refused.
    const publicQuestion = page.getByLabel("Vraag zoals gepubliceerd");
    await expect(publicQuestion).toHaveValue(`Onderdeel: Bijlage 3, artikel 2\n\n${QUESTION}`);
    await expect(page.getByLabel("Antwoord zoals gepubliceerd")).toHaveValue(ANSWER);
    await expect(page.getByRole("status").filter({ hasText: "Anonimiseer voor u publiceert" })).toContainText(ORGANISATION);
    await page.getByRole("button", { name: "Geanonimiseerd publiceren" }).click();
    await expect(publicQuestion).toHaveAttribute("aria-invalid", "true");
    await expect(publicQuestion).toHaveAccessibleDescription(new RegExp(`Haal "${ORGANISATION}" weg`));
    await expectAccessible(page);

    await publicQuestion.fill(PUBLIC_QUESTION);
    await page.getByRole("button", { name: "Geanonimiseerd publiceren" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Gepubliceerd in de nota van inlichtingen." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Gepubliceerde tekst bijwerken" })).toBeVisible();
    await expectAccessible(page);
  });

  test("the provider sees the answer", async ({ page }) => {
    await loginAs(page, "provider");
    await expectAccessible(page);
    await openOwnQuestions(page);
    const mine = ownQuestion(page, QUESTION);
    await expect(mine).toContainText("Beantwoord");
    await expect(mine).toContainText("Gepubliceerd in de nota van inlichtingen");
    await expect(mine).toContainText(ANSWER);
    await expectAccessible(page);
  });

  test("the public nota van inlichtingen shows it without the provider's name; CSV and PDF download", async ({ page }) => {
    await page.goto("/nota-van-inlichtingen");
    await expect(page.getByRole("heading", { level: 1, name: "Nota van inlichtingen" })).toBeVisible();
    const item = page.getByRole("list", { name: "Gepubliceerde vragen en antwoorden" }).getByRole("article").filter({ hasText: PUBLIC_QUESTION });
    await expect(item.getByRole("heading", { level: 2 })).toHaveText(/^Vraag \d+$/);
    await expect(item).toContainText(/Gepubliceerd op \d{1,2} \w+ \d{4}/);
    await expect(item).toContainText(ANSWER);
    await expect(page.getByRole("main")).not.toContainText(ORGANISATION);
    await expect(page.getByRole("main")).not.toContainText(demoAccounts.provider.name);
    await expectAccessible(page);

    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Nota van inlichtingen als CSV (spreadsheet)" }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^nota-van-inlichtingen-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvText = (await downloadedText(csv)).toString("utf8");
    expect(csvText.startsWith("\uFEFFNummer;Gepubliceerd op;Vraag;Antwoord\r\n")).toBe(true);
    expect(csvText).toContain(`;${PUBLIC_QUESTION};${ANSWER}\r\n`);
    expect(csvText).not.toContain(ORGANISATION);

    const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Nota van inlichtingen als PDF" }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect((await downloadedText(pdf)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});
