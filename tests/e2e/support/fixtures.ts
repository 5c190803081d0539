import { test as base, expect, type Frame } from "@playwright/test";
import { pathOf, wasScanned } from "./axe";
import { resetDemoClock } from "./demo-clock";
import { loginAs } from "./login";

export { expect };

// Routes that only redirect (after login the app goes through /mijn to the
// role's page): the browser passes them but never shows them.
const REDIRECT_ONLY = new Set(["/mijn"]);

export const test = base.extend({
  // Every page a test visits must be scanned with expectAccessible(): the
  // test fails at the end if one was not.
  page: async ({ page }, provide, testInfo) => {
    const visited = new Set<string>();
    const onNavigated = (frame: Frame) => {
      if (frame === page.mainFrame() && frame.url().startsWith("http")) visited.add(pathOf(frame.url()));
    };
    page.on("framenavigated", onNavigated);
    await provide(page);
    page.off("framenavigated", onNavigated);
    if (testInfo.status !== testInfo.expectedStatus) return;
    const unscanned = [...visited].filter((path) => !REDIRECT_ONLY.has(path) && !wasScanned(page, path));
    if (unscanned.length > 0) {
      throw new Error(`Visited without an axe scan (call expectAccessible on each): ${unscanned.join(", ")}`);
    }
  },
});

/** For tests that move the demo clock: after each test the clock is back on real time, so order does not matter. */
export const demoClockTest = test.extend<{ resetDemoClockAfterwards: void }>({
  // In a fresh browser context, whatever state the test left its own page in.
  resetDemoClockAfterwards: [
    async ({ browser }, provide) => {
      await provide();
      const context = await browser.newContext();
      try {
        const staff = await context.newPage();
        // The second staff account, so that staff logins (one TOTP code each) are spread over two accounts.
        await loginAs(staff, "staff2");
        await resetDemoClock(staff);
      } finally {
        await context.close();
      }
    },
    { auto: true },
  ],
});
