import { accountKeys, DEMO_PASSWORD, demoAccounts, roleLanding } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { expectLoginRedirect, hasSessionCookie, LOGIN_REFUSED, loginAs, submitLogin } from "./support/login";

test.describe("logging in", () => {
  for (const key of accountKeys) {
    const account = demoAccounts[key];
    const landing = roleLanding[account.role];

    test(`${key} (${account.email}) lands on ${landing.path}`, async ({ page }) => {
      await loginAs(page, key, { fresh: true });

      await expect(page).toHaveURL(landing.path);
      const main = page.getByRole("main");
      await expect(main.getByRole("heading", { level: 1 })).toHaveText(`Welkom, ${account.name}`);
      await expect(main).toContainText(`${landing.label} bij ${account.organisation}`);
      await expect(main.getByRole("heading", { level: 2, name: "Wat moet ik nu doen?" })).toBeVisible();
      await expect(page.getByRole("banner").getByRole("button", { name: "Uitloggen" })).toBeVisible();
      await expectAccessible(page);
    });
  }

  test("a wrong password is refused with the message and no session", async ({ page }) => {
    await page.goto("/inloggen");
    await submitLogin(page, demoAccounts.staff.email, `${DEMO_PASSWORD}-fout`);

    await expect(page.getByRole("main").getByRole("alert")).toHaveText(LOGIN_REFUSED);
    await expect(page).toHaveURL("/inloggen");
    expect(await hasSessionCookie(page)).toBe(false);
    await expectAccessible(page);

    await page.goto("/beheer");
    await expectLoginRedirect(page, "/beheer");
  });

  test("an unknown e-mail address gets the identical message", async ({ page }) => {
    await page.goto("/inloggen");
    await submitLogin(page, "onbekend@nergens.example", DEMO_PASSWORD);

    await expect(page.getByRole("main").getByRole("alert")).toHaveText(LOGIN_REFUSED);
    await expect(page).toHaveURL("/inloggen");
    expect(await hasSessionCookie(page)).toBe(false);
    await expectAccessible(page);
  });

  test("logging out returns to the public home; the restricted page then asks to log in", async ({ page }) => {
    await loginAs(page, "provider");
    await expectAccessible(page);

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page).toHaveURL("/");
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Inloggen" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);
    expect(await hasSessionCookie(page)).toBe(false);
    await expectAccessible(page);

    await page.goto("/aanbieder");
    await expectLoginRedirect(page, "/aanbieder");
    await expectAccessible(page);
  });
});
