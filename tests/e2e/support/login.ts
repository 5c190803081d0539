import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccounts, roleLanding, type DemoAccountKey } from "./accounts";
import { expectAccessible } from "./axe";

export const LOGIN_REFUSED = "Het e-mailadres of het wachtwoord is onjuist.";

/** Fills and submits the login form on the current page. */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

/** Logs in through the login page and waits for the role's landing page. */
export async function loginAs(page: Page, key: DemoAccountKey): Promise<void> {
  const account = demoAccounts[key];
  await page.goto("/inloggen");
  await expectAccessible(page);
  await submitLogin(page, account.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(roleLanding[account.role].path);
  await expect(page.getByRole("heading", { level: 1, name: `Welkom, ${account.name}` })).toBeVisible();
}

/** Expects the login page, with `path` as the page to return to. */
export async function expectLoginRedirect(page: Page, path: string): Promise<void> {
  await expect(page).toHaveURL((url) => url.pathname === "/inloggen" && url.searchParams.get("terug") === path);
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
}

export async function hasSessionCookie(page: Page): Promise<boolean> {
  const cookies = await page.context().cookies();
  return cookies.some((c) => c.name.endsWith("next-auth.session-token"));
}
