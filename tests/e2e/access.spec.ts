import { DEMO_PASSWORD, demoAccounts } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { completeDemoSecondFactor, expectLoginRedirect, loginAs, submitLogin } from "./support/login";

test.describe("access per role", () => {
  test("a provider opening /beheer gets 403 Geen toegang", async ({ page }) => {
    await loginAs(page, "provider");
    await expectAccessible(page);

    const response = await page.goto("/beheer");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Demoklok" })).toHaveCount(0);
    await expectAccessible(page);
  });

  test("a school opening /aanbieder gets 403 Geen toegang", async ({ page }) => {
    await loginAs(page, "school");
    await expectAccessible(page);

    const response = await page.goto("/aanbieder");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Uw huidige overeenkomst" })).toHaveCount(0);
    await expectAccessible(page);
  });

  test("an anonymous visitor of /beheer logs in and is back on /beheer", async ({ page }) => {
    await page.goto("/beheer");
    await expectLoginRedirect(page, "/beheer");
    await expectAccessible(page);

    await submitLogin(page, demoAccounts.staff.email, DEMO_PASSWORD);
    await completeDemoSecondFactor(page);

    await expect(page).toHaveURL("/beheer");
    await expect(page.getByRole("heading", { level: 1, name: `Welkom, ${demoAccounts.staff.name}` })).toBeVisible();
    await expectAccessible(page);
  });
});
