import { demoAccounts } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { loginAs } from "./support/login";
import type { Page } from "@playwright/test";

// "Log out everywhere" bumps the session version, which would log out any other
// test logged in as the same user: school2 is used by no later journey. Earlier
// journeys (login.spec) may have left logins of it open; the test ends those first.
const ACCOUNT = "school2";

async function openSessions(page: Page) {
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn sessies" }).click();
  await expect(page).toHaveURL("/account/sessies");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn sessies" })).toBeVisible();
}

async function expectOnLoginPage(page: Page) {
  await expect(page).toHaveURL((url) => url.pathname === "/inloggen");
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
}

test("a user ends another login, then logs out everywhere", async ({ page, browser }) => {
  await loginAs(page, ACCOUNT);
  await expectAccessible(page);
  await openSessions(page);
  const leftovers = page.getByRole("region", { name: "Actieve sessies" }).getByRole("listitem");
  for (let open = await leftovers.count(); open > 1; open--) {
    await leftovers.filter({ hasNotText: "Deze sessie" }).first().getByRole("button", { name: "Beëindigen" }).click();
    await expect(leftovers).toHaveCount(open - 1);
  }
  await expectAccessible(page);

  const otherContext = await browser.newContext();
  try {
    const other = await otherContext.newPage();
    await loginAs(other, ACCOUNT);
    await expectAccessible(other);

    // The first browser sees both logins and ends the other one.
    await openSessions(page);
    const list = page.getByRole("region", { name: "Actieve sessies" }).getByRole("listitem");
    await expect(list).toHaveCount(2);
    await expect(list.filter({ hasText: "Deze sessie" })).toHaveCount(1);
    await expectAccessible(page);
    await list.filter({ hasNotText: "Deze sessie" }).getByRole("button", { name: "Beëindigen" }).click();
    await expect(list).toHaveCount(1);
    await expect(list.first()).toContainText("Deze sessie");
    await expect(page.getByRole("button", { name: "Beëindigen" })).toHaveCount(0);
    await expectAccessible(page);

    // The ended login is refused on its very next page load.
    await other.goto("/account/sessies");
    await expectOnLoginPage(other);
    await expectAccessible(other);
    await other.goto("/school");
    await expectOnLoginPage(other);
    await expectAccessible(other);
  } finally {
    await otherContext.close();
  }

  // Log out everywhere, with a confirmation step: the first browser is out too.
  await page.getByRole("button", { name: "Overal uitloggen" }).click();
  await expect(page.getByText("Weet u het zeker?")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ja, overal uitloggen" }).click();
  await expectOnLoginPage(page);
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn sessies" })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto("/account/sessies");
  await expectOnLoginPage(page);
  await expectAccessible(page);

  // Logging in again works and shows only the new login.
  await loginAs(page, ACCOUNT);
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(`Welkom, ${demoAccounts[ACCOUNT].name}`);
  await expectAccessible(page);
  await openSessions(page);
  await expect(page.getByRole("region", { name: "Actieve sessies" }).getByRole("listitem")).toHaveCount(1);
  await expectAccessible(page);
});
