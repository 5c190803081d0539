import { expectAccessible } from "./support/axe";
import { setDemoClock } from "./support/demo-clock";
import { demoClockTest as test, expect } from "./support/fixtures";
import { loginAs } from "./support/login";

test.describe("staff manage the timeline", () => {
  test("shortening an open window asks for confirmation; extending it after an outage is announced; the public timeline and feed follow", async ({ page }) => {
    await loginAs(page, "staff");
    await setDemoClock(page, "2025-06-01T10:00", "1 juni 2025 10:00 CEST");
    await page.goto("/beheer/tijdlijn");
    await expectAccessible(page);

    const reaction = page.getByRole("form", { name: "Wijzig Reactietermijn" });
    await reaction.getByLabel("Laatste dag (tot en met)").fill("2025-06-06");
    await reaction.getByRole("button", { name: "Wijziging opslaan" }).click();
    await expect(reaction.getByLabel("Reden van de wijziging")).toHaveAttribute("aria-invalid", "true");

    await reaction.getByLabel("Reden van de wijziging").fill("Besluitvorming vervroegd");
    await reaction.getByRole("button", { name: "Wijziging opslaan" }).click();
    await expect(reaction.getByText("U verkort een termijn die nu open is.")).toBeVisible();
    await reaction.getByLabel("Ik bevestig deze wijziging; de betrokken organisaties krijgen bericht.").check();
    await reaction.getByRole("button", { name: "Wijziging opslaan" }).click();
    await expect(reaction.getByText(/Opgeslagen\. \d+ gebruikers krijgen bericht\./)).toBeVisible();
    await expectAccessible(page);

    await page.goto("/beheer/tijdlijn");
    const again = page.getByRole("form", { name: "Wijzig Reactietermijn" });
    await expect(page.getByRole("region", { name: "Reactietermijn" })).toContainText("19 mei – 6 juni 2025");
    await again.getByLabel("Laatste dag (tot en met)").fill("2025-06-13");
    await again.getByLabel("Reden van de wijziging").fill("Verlenging na storing in het portaal");
    await again.getByRole("button", { name: "Wijziging opslaan" }).click();
    await expect(again.getByText(/Opgeslagen\. \d+ gebruikers krijgen bericht\./)).toBeVisible();
    await expectAccessible(page);

    await page.goto("/tijdlijn");
    const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Reactietermijn", exact: true }) });
    await expect(item).toContainText("19 mei – 13 juni 2025");
    await expect(item).toContainText("Open tot en met 13 juni 2025 23:59 CEST.");
    await expectAccessible(page);

    const feed = await page.request.get("/tijdlijn/kalender.ics");
    expect(feed.headers()["content-type"]).toContain("text/calendar");
    expect((await feed.text()).replace(/\r\n[ \t]/g, "")).toContain("DTSTART;VALUE=DATE:20250519\r\nDTEND;VALUE=DATE:20250614");
  });
});
