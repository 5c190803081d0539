import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { setDemoClock } from "./support/demo-clock";
import { demoClockTest as test, expect } from "./support/fixtures";
import { loginAs } from "./support/login";

// Opt-out ((deels) opzeggen, issue 4): day 31 (8 August 2025) is accepted with
// a receipt, day 32 (9 August 00:00) is refused by the server, and staff see
// the notice. The demo clock is how the test moves in time; the fixture puts
// it back on real time afterwards.

const CLOSED = "De opzegtermijn (31 dagen) is gesloten sinds 8 augustus 2025 23:59 (Europe/Amsterdam).";

function optOutForm(page: Page) {
  return page.getByRole("form", { name: "Opzegging indienen" });
}

test.describe("opt-out", () => {
  test("a provider opts out of one segment on day 31 with a receipt, is refused on day 32, and staff see the notice", async ({ page, browser }) => {
    await loginAs(page, "staff");
    await setDemoClock(page, "2025-08-08T12:00", "8 augustus 2025 12:00 CEST");

    const providerContext = await browser.newContext();
    try {
      const provider = await providerContext.newPage();
      await loginAs(provider, "provider");
      await provider.goto("/aanbieder/opzeggen");
      await expect(provider.getByRole("heading", { level: 1, name: "Overeenkomst (deels) opzeggen" })).toBeVisible();
      await expect(provider.getByTestId("opt-out-window")).toHaveText(
        "De termijn is open tot en met 8 augustus 2025 23:59 CEST. Vandaag is dag 31 van 31: dit is de laatste dag.",
      );
      await expectAccessible(provider);

      // Errors appear under their fields before anything is sent.
      const form = optOutForm(provider);
      await form.getByRole("button", { name: "Opzegging indienen" }).click();
      await expect(form.getByText("Kies wat u opzegt: de gehele overeenkomst of alleen bepaalde segmenten.")).toBeVisible();
      await expect(form.getByLabel("Naam van de ondertekenaar")).toHaveAccessibleDescription("Vul de naam van de ondertekenaar in.");

      await form.getByLabel("Alleen de gekozen segmenten").check();
      await form.getByLabel("Specialistisch Veelvoorkomend").check();
      await expect(form.getByLabel("Datum van de opzegging")).toHaveValue("2025-08-08");
      await form.getByLabel("Naam van de ondertekenaar").fill("Pieter Jansen");
      await form.getByLabel("Functie van de ondertekenaar").fill("Bestuurder");
      await form.getByRole("button", { name: "Opzegging indienen" }).click();

      await expect(provider.getByRole("status").filter({ hasText: "Uw opzegging is ontvangen (versie 1)." })).toBeVisible();
      const receipt = provider.getByRole("region", { name: "Ontvangstbewijs" });
      await expect(receipt).toContainText(/Ontvangen\s*8 augustus 2025 12:0\d CEST \(tijd van de server\)/);
      await expect(receipt).toContainText("Opzegging van de overeenkomst, versie 1");
      const receiptNumber = (await receipt.getByTestId("receipt-number").textContent()) ?? "";
      expect(receiptNumber).toMatch(/^OPZ-2025-\d{6}$/);
      const current = provider.getByRole("region", { name: "Uw huidige opzegging" });
      await expect(current).toContainText("Specialistisch Veelvoorkomend");
      await expect(current.getByRole("link", { name: receiptNumber })).toBeVisible();
      await expectAccessible(provider);

      // Day 32: the page was loaded while the window was open, but the server decides.
      await setDemoClock(page, "2025-08-09T00:00", "9 augustus 2025 00:00 CEST");
      await form.getByLabel("De gehele overeenkomst").check();
      await form.getByRole("button", { name: "Opzegging indienen" }).click();
      await expect(provider.getByRole("alert").filter({ hasText: "De opzegtermijn" })).toHaveText(CLOSED);
      await expectAccessible(provider);

      await provider.reload();
      await expect(provider.getByTestId("opt-out-window")).toHaveText(CLOSED);
      await expect(optOutForm(provider).getByRole("button", { name: "Opzegging indienen" })).toBeDisabled();
      await expect(provider.getByText(`${CLOSED} Het formulier is daarom uitgeschakeld.`)).toBeVisible();
      await expect(current).toContainText("Specialistisch Veelvoorkomend");
      await expect(current).not.toContainText("De gehele overeenkomst");
      await expectAccessible(provider);

      // The export is for staff only.
      expect((await provider.request.get("/beheer/opzeggingen/export")).status()).toBe(403);

      // Staff: the overview, the provider's page and the CSV export.
      await page.goto("/beheer/opzeggingen");
      const row = page.getByRole("row", { name: /Jeugdhulp De Brug/ });
      await expect(row).toContainText("Alleen de gekozen segmenten");
      await expect(row).toContainText("Specialistisch Veelvoorkomend");
      await expect(row).toContainText("Pieter Jansen");
      await expect(row).toContainText(/8 augustus 2025 12:0\d CEST/);
      await expect(row.getByRole("link", { name: receiptNumber })).toBeVisible();
      await expectAccessible(page);

      await row.getByRole("link", { name: "Jeugdhulp De Brug" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Opzegging: Jeugdhulp De Brug" })).toBeVisible();
      await expect(page.getByRole("region", { name: "Alle versies van de opzegging" })).toContainText(receiptNumber);
      await expectAccessible(page);

      const csv = await page.request.get("/beheer/opzeggingen/export");
      expect(csv.status()).toBe(200);
      expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      const body = await csv.body();
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(body.toString("utf8")).toMatch(new RegExp(`Jeugdhulp De Brug;90000001;1;ja;1;Alleen de gekozen segmenten;Specialistisch Veelvoorkomend;08-08-2025;Pieter Jansen;Bestuurder;.*;${receiptNumber};`));
    } finally {
      await providerContext.close();
    }
  });
});
