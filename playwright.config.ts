import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run the real portal (production build, `next start`) on a
// fresh embedded PostgreSQL with the demo seed, in Debian's Chromium.
const PORT = Number(process.env.E2E_PORT ?? 3100);
// Overridable so that two suites (or a suite and a developer's portal) can run side by side.
const DATA_DIR = process.env.E2E_DATA_DIR ?? ".data/e2e-pg";
const DIST_DIR = process.env.E2E_DIST_DIR ?? ".next-e2e";
const baseURL = `http://localhost:${PORT}`;

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  fullyParallel: false,
  // One worker: the journeys share one server, database and demo clock.
  workers: 1,
  forbidOnly: true,
  retries: 0,
  // Generous: a staff login may wait up to 30 s for a fresh TOTP step, and CI machines are slow.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  // The journeys share one demo database. Publishing the budget changes what
  // the public pages show (amounts instead of example pupil counts), so that
  // journey runs after all others.
  projects: [
    { name: "journeys", testIgnore: "**/budget.spec.ts", use: browser },
    { name: "budget", testMatch: "**/budget.spec.ts", dependencies: ["journeys"], use: browser },
  ],
  webServer: {
    command: `npx tsx scripts/start.ts --reset --data-dir ${DATA_DIR} --port ${PORT}`,
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    // SIGTERM lets scripts/start.ts stop Next and then PostgreSQL; the default
    // SIGKILL would leave both running (and Playwright waiting on their output).
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORTAL_DEMO: "1",
      PORTAL_DIST_DIR: DIST_DIR,
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: "e2e-secret-not-for-production-use-0123456789",
      // The e2e server always uses its own embedded database.
      DATABASE_URL: "",
    },
  },
});
