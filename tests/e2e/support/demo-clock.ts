import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";

export const CLOCK_FIELD = "Gesimuleerde datum en tijd (Europe/Amsterdam)";

/** The demo banner shown on every page in demo mode. */
export function demoBanner(page: Page) {
  return page.getByRole("note", { name: "Demomodus" });
}

async function openStaffPage(page: Page): Promise<void> {
  if (new URL(page.url()).pathname !== "/beheer") await page.goto("/beheer");
  await expect(page.getByRole("heading", { name: "Demoklok" })).toBeVisible();
}

/** Sets the demo clock through the staff page; the page must be logged in as staff. */
export async function setDemoClock(page: Page, localDateTime: string, expectedLabel: string): Promise<void> {
  await openStaffPage(page);
  await page.getByLabel(CLOCK_FIELD).fill(localDateTime);
  await page.getByRole("button", { name: "Klok instellen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De portaalklok staat nu op" })).toHaveText(
    `De portaalklok staat nu op ${expectedLabel}.`,
  );
  await expect(demoBanner(page).getByTestId("simulated-now")).toHaveText(expectedLabel);
  await expectAccessible(page);
}

/** Puts the demo clock back on real time through the staff page; the page must be logged in as staff. */
export async function resetDemoClock(page: Page): Promise<void> {
  await openStaffPage(page);
  await page.getByRole("button", { name: "Terug naar echte tijd" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De portaalklok loopt weer gelijk met de echte tijd." })).toBeVisible();
  await expect(demoBanner(page)).toContainText("De portaalklok loopt gelijk met de echte tijd");
  await expect(demoBanner(page).getByTestId("simulated-now")).toHaveCount(0);
}
