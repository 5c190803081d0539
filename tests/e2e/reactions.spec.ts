import type { Browser, Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { setDemoClock } from "./support/demo-clock";
import { demoClockTest as test, expect } from "./support/fixtures";
import { loginAs } from "./support/login";

async function asProvider(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, "provider");
  return page;
}

test.describe("reactions on the intended revision", () => {
  test("a provider reacts before the deadline, is refused after it; staff process; the public table appears at publication", async ({ page, browser }) => {
    await loginAs(page, "staff");
    await setDemoClock(page, "2025-06-11T23:40", "11 juni 2025 23:40 CEST");

    const provider = await asProvider(browser);
    await provider.goto("/aanbieder/reacties");
    await expect(provider.getByText("De reactietermijn is open tot en met 11 juni 2025 23:59 CEST")).toBeVisible();
    await expect(provider.getByText(/\(nog \d+ minuten\)/)).toBeVisible();
    await expectAccessible(provider);
    const newReaction = provider.getByRole("region", { name: "Nieuwe reactie" });
    await newReaction.getByLabel("Onderdeel van de contractdocumenten").fill("Bijlage 12, vervanging");
    await newReaction.getByLabel("Uw reactie").fill("Twee weken is kort voor een kleine aanbieder; graag drie weken.");
    await newReaction.getByLabel("Bijlage (optioneel)").setInputFiles({ name: "onderbouwing.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n%%EOF\n") });
    await expect(newReaction.getByText("onderbouwing.pdf")).toBeVisible();
    await newReaction.getByRole("button", { name: "Reactie indienen" }).click();
    await expect(provider.getByText("Uw reactie is ontvangen.")).toBeVisible();
    const number = await provider.getByTestId("receipt-number").first().textContent();
    expect(number).toMatch(/^REA-2025-\d{6}$/);
    await expect(provider.getByText(/^[0-9a-f]{64}$/).first()).toBeVisible();
    await expectAccessible(provider);

    await provider.getByRole("link", { name: "Ontvangstbewijs bekijken en bewaren" }).first().click();
    await expect(provider.getByRole("heading", { level: 1, name: `Ontvangstbewijs ${number}` })).toBeVisible();
    await expectAccessible(provider);

    await setDemoClock(page, "2025-06-12T00:00", "12 juni 2025 00:00 CEST");
    await provider.goto("/aanbieder/reacties");
    await expect(provider.getByText("De reactietermijn is gesloten sinds 11 juni 2025 23:59 (Europe/Amsterdam).")).toBeVisible();
    await expect(provider.getByRole("region", { name: "Nieuwe reactie" }).getByRole("button", { name: "Reactie indienen" })).toBeDisabled();
    await expectAccessible(provider);

    await page.goto("/reacties");
    await expect(page.getByText(/wordt openbaar bij de publicatie van de definitieve contractdocumenten op 8 juli 2025/)).toBeVisible();
    await expectAccessible(page);

    await page.goto("/beheer/reacties");
    const item = page.getByRole("region", { name: "Bijlage 12, vervanging" });
    await expect(item).toContainText("Jeugdhulp De Brug");
    await expect(item.getByRole("link", { name: "onderbouwing.pdf" })).toBeVisible();
    await item.getByLabel("Deels overgenomen").check();
    await item.getByLabel(/Verwerking/).fill("De termijn blijft twee weken; vervanging door een bekende medewerker heeft voorkeur.");
    await item.getByRole("button", { name: "Verwerking opslaan" }).click();
    await expect(item.getByText("Verwerking opgeslagen.")).toBeVisible();
    await expectAccessible(page);

    await setDemoClock(page, "2025-07-08T09:00", "8 juli 2025 09:00 CEST");
    await page.goto("/reacties");
    const table = page.getByRole("table");
    await expect(table.getByRole("row", { name: /Bijlage 12, vervanging/ })).toContainText("Deels overgenomen");
    await expect(page.getByRole("main")).not.toContainText("De Brug");
    await expectAccessible(page);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download als CSV" }).click();
    const csv = await (await download).path();
    expect(csv).toBeTruthy();
  });
});
