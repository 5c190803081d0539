import { expect, type Cookie, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccounts, roleLanding, type DemoAccountKey } from "./accounts";
import { expectAccessible, pathOf } from "./axe";

export const LOGIN_REFUSED = "Het e-mailadres of het wachtwoord is onjuist.";

/** Fills and submits the login form on the current page. */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

/**
 * The second step of a demo staff login: the code field appears after the
 * password, and in demo mode the page shows the code the authenticator app
 * (with the demo key) shows now. A code works once; when the server has used
 * up every step it accepts at the moment, the next one comes within 30 s.
 */
export async function completeDemoSecondFactor(page: Page): Promise<void> {
  const codeField = page.getByLabel("Code uit uw authenticator-app");
  await expect(codeField).toBeVisible();
  const hint = page.getByTestId("demo-code");
  for (let attempt = 0; attempt < 3; attempt++) {
    // isVisible() does not wait; waitFor() gives the hint its few hundred milliseconds to appear.
    if (await hint.waitFor({ state: "visible", timeout: 3_000 }).then(() => true, () => false)) break;
    await page.waitForTimeout(31_000 - (Date.now() % 30_000));
    await codeField.fill("");
    await page.getByRole("button", { name: "Code controleren en inloggen" }).click();
  }
  const code = (await hint.locator("code").textContent()) ?? "";
  await codeField.fill(code);
  await page.getByRole("button", { name: "Code controleren en inloggen" }).click();
}

// A staff login costs a TOTP code, and a code works once: a third staff login
// within a minute waits for the next 30-second step. So a journey that needs a
// staff account reuses the session of that account's earlier login in this
// worker, as long as the server still accepts it (a session that was ended or
// logged out falls back to a real login). login.spec and accounts.spec test the
// login itself with `fresh: true` or their own accounts.
const staffSessions = new Map<DemoAccountKey, Cookie[]>();

const isSessionCookie = (c: Cookie) => c.name.endsWith("next-auth.session-token");

async function resumeStaffSession(page: Page, key: DemoAccountKey): Promise<boolean> {
  const cookies = staffSessions.get(key);
  if (!cookies) return false;
  const landing = roleLanding[demoAccounts[key].role].path;
  await page.context().addCookies(cookies);
  await page.goto(landing);
  const heading = page.getByRole("heading", { level: 1, name: `Welkom, ${demoAccounts[key].name}` });
  if (pathOf(page.url()) === landing && (await heading.isVisible())) return true;
  staffSessions.delete(key);
  await page.context().clearCookies();
  return false;
}

/** Logs in through the login page (or, for staff, resumes this worker's session) and waits for the role's landing page. */
export async function loginAs(page: Page, key: DemoAccountKey, options: { fresh?: boolean } = {}): Promise<void> {
  const account = demoAccounts[key];
  const isStaff = account.role === "STAFF";
  if (isStaff && !options.fresh && (await resumeStaffSession(page, key))) return;
  await page.goto("/inloggen");
  await expectAccessible(page);
  await submitLogin(page, account.email, DEMO_PASSWORD);
  if (isStaff) await completeDemoSecondFactor(page);
  await expect(page).toHaveURL(roleLanding[account.role].path);
  await expect(page.getByRole("heading", { level: 1, name: `Welkom, ${account.name}` })).toBeVisible();
  if (isStaff) staffSessions.set(key, (await page.context().cookies()).filter(isSessionCookie));
}

/** Expects the login page, with `path` as the page to return to. */
export async function expectLoginRedirect(page: Page, path: string): Promise<void> {
  await expect(page).toHaveURL((url) => url.pathname === "/inloggen" && url.searchParams.get("terug") === path);
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
}

export async function hasSessionCookie(page: Page): Promise<boolean> {
  const cookies = await page.context().cookies();
  return cookies.some(isSessionCookie);
}
