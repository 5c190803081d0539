import { expectAccessible } from "./support/axe";
import { CLOCK_FIELD, demoBanner, resetDemoClock, setDemoClock } from "./support/demo-clock";
import { demoClockTest as test, expect } from "./support/fixtures";
import { loginAs } from "./support/login";
import { currentTimelineItem, timelineItem } from "./support/procedure";

const JUNE_FIRST = "1 juni 2025 10:00 CEST";

test.describe("demo clock", () => {
  test.beforeEach(async ({ page }) => {
    await loginAs(page, "staff");
    await expectAccessible(page);
  });

  test("1 June 2025 10:00 shows in the banner everywhere and makes the reaction period current", async ({ page }) => {
    await setDemoClock(page, "2025-06-01T10:00", JUNE_FIRST);

    await page.goto("/");
    await expect(demoBanner(page).getByTestId("simulated-now")).toHaveText(JUNE_FIRST);
    await expect(currentTimelineItem(page).getByRole("heading", { level: 3 })).toHaveText("Reactietermijn");
    await expect(page.getByText("Huidige fase: Reactietermijn")).toBeVisible();
    await expectAccessible(page);
  });

  test("a time that does not exist in Europe/Amsterdam is refused under the field and changes nothing", async ({ page }) => {
    const field = page.getByLabel(CLOCK_FIELD);
    await field.fill("2025-03-30T02:30");
    await page.getByRole("button", { name: "Klok instellen" }).click();

    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(/Deze datum en tijd bestaan niet/);
    await expect(page.getByText("Deze datum en tijd bestaan niet (let op de zomertijdovergang).")).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "De portaalklok staat nu op" })).toHaveCount(0);
    await expectAccessible(page);

    await page.reload();
    await expect(demoBanner(page)).toContainText("De portaalklok loopt gelijk met de echte tijd");
    await expect(demoBanner(page).getByTestId("simulated-now")).toHaveCount(0);
  });

  test("the opt-out window is open on its last day and closed on 9 August 2025", async ({ page }) => {
    await page.getByRole("button", { name: "Opzegtermijn, dag 31 (8 augustus 2025)" }).click();
    await expect(page.getByLabel(CLOCK_FIELD)).toHaveValue("2025-08-08T12:00");
    await setDemoClock(page, "2025-08-08T12:00", "8 augustus 2025 12:00 CEST");
    await page.goto("/");
    const optOut = timelineItem(page, "Opzegtermijn (31 dagen)");
    await expect(optOut).toContainText("Nu open");
    await expect(optOut).toContainText("Open tot en met 8 augustus 2025 23:59 CEST.");
    await expectAccessible(page);

    await setDemoClock(page, "2025-08-09T00:00", "9 augustus 2025 00:00 CEST");
    await page.goto("/");
    await expect(optOut).toContainText("Afgerond");
    await expect(optOut).not.toContainText("Nu open");
    await expectAccessible(page);
  });

  test("'Terug naar echte tijd' restores the real clock", async ({ page }) => {
    await setDemoClock(page, "2025-06-01T10:00", JUNE_FIRST);
    await resetDemoClock(page);
    await expectAccessible(page);

    await page.goto("/");
    await expect(demoBanner(page)).toContainText("De portaalklok loopt gelijk met de echte tijd");
    await expect(demoBanner(page).getByTestId("simulated-now")).toHaveCount(0);
    await expect(page.getByText("Huidige fase: Reactietermijn")).toHaveCount(0);
    await expectAccessible(page);
  });
});
