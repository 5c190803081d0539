import { expect, type Locator, type Page } from "@playwright/test";
import { submitLogin } from "./login";

// The selection forms (issue 7), filled as their users fill them: a written
// plan (seven topics), a score sheet (a score and an explanation per topic),
// the school's interview assessment. No fixed waits: each step waits for what
// the page shows.

export const TOPICS = 7;
const TOPIC_NUMBERS = Array.from({ length: TOPICS }, (_, i) => i + 1);

/** The score levels of the procedure, as the radio buttons name them. */
export const LEVEL = { 1: "1 (onvoldoende)", 2: "2 (voldoende)", 3: "3 (goed)" } as const;
export type Score = keyof typeof LEVEL;

/** Seven topic scores adding up to `total` (7–21): all 3, then 1 off per topic from topic 1 on. */
export function scoresFor(total: number): Score[] {
  if (total < 7 || total > 21) throw new RangeError(`no seven scores of 1–3 add up to ${total}`);
  const scores: Score[] = [3, 3, 3, 3, 3, 3, 3];
  for (let over = 21 - total, i = 0; over > 0; over--, i = (i + 1) % TOPICS) scores[i] = ((scores[i] as Score) - 1) as Score;
  return scores;
}

/**
 * Logs in with e-mail and password (an account without a second factor)
 * straight to `path` (the login page's return path), and checks who is logged in.
 */
export async function loginWithPassword(page: Page, account: { email: string; user: string }, password: string, path: string): Promise<void> {
  await page.goto(`/inloggen?terug=${encodeURIComponent(path)}`);
  await submitLogin(page, account.email, password);
  await expect(page).toHaveURL(path);
  await expect(page.getByRole("banner")).toContainText(`Ingelogd als ${account.user} (`);
}

/** Opens `path` unless the page is there already. */
async function open(page: Page, path: string): Promise<void> {
  if (new URL(page.url()).pathname !== path) await page.goto(path);
}

/**
 * Repeats `act` until `effect` holds. A page that has just loaded may still be
 * hydrating: a click on a client-side control then does nothing, and
 * react-hook-form resets what was typed. Once the page's own code reacts, it
 * is live. `act` must be safe to repeat.
 */
export async function untilLive(act: () => Promise<void>, effect: () => Promise<void>): Promise<void> {
  await expect(async () => {
    await act();
    await effect();
  }).toPass({ intervals: [200, 500, 1_000], timeout: 20_000 });
}

/** Clicks a client-side button (again, while it is still there) until `effect` shows. */
export async function clickUntil(button: Locator, effect: Locator): Promise<void> {
  await untilLive(async () => {
    if (await button.isVisible()) await button.click({ timeout: 2_000 });
  }, () => expect(effect).toBeVisible({ timeout: 2_000 }));
}

function fillUntilLive(field: Locator, text: string, live: () => Promise<void>): Promise<void> {
  return untilLive(() => field.fill(text), live);
}

export function planTopic(page: Page, n: number): Locator {
  return page.getByLabel(`Uw uitwerking van onderwerp ${n}`);
}

/** Fills topic `n` of the written-plan editor; the first fill waits for the live word count. */
export async function fillPlanTopic(page: Page, n: number, text: string): Promise<void> {
  const count = page.getByTestId("word-count").nth(n - 1);
  await fillUntilLive(planTopic(page, n), text, () => expect(count).not.toHaveText(/^0 van /, { timeout: 1_500 }));
}

/** Submits the written plan and returns its receipt number. */
export async function submitPlan(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Plan indienen" }).click();
  await expect(page.getByText("Uw plan is ingediend.")).toBeVisible();
  const receipt = page.getByTestId("receipt-number");
  await expect(receipt).toHaveText(/^PLN-2025-\d{6}$/);
  return (await receipt.textContent()) ?? "";
}

export const planPath = (schoolId: string) => `/aanbieder/schriftelijke-ronde/${schoolId}`;

/** Opens the editor of one school (unless open), fills all seven topics and submits. */
export async function writePlan(page: Page, schoolId: string, text: (topic: number) => string): Promise<string> {
  await open(page, planPath(schoolId));
  for (const n of TOPIC_NUMBERS) {
    if (n === 1) await fillPlanTopic(page, n, text(n));
    else await planTopic(page, n).fill(text(n));
  }
  return submitPlan(page);
}

/** The group of radio buttons of topic `n` ("1. Grens collectieve …"). */
function topicGroup(scope: Page | Locator, n: number): Locator {
  return scope.getByRole("group", { name: new RegExp(`^${n}\\. `) });
}

/**
 * Fills a score sheet: per topic a score and an explanation. With `autosave`
 * (the written-round sheets) the first explanation waits for the autosave
 * status to react.
 */
export async function fillScores(scope: Page | Locator, scores: readonly Score[], explanation: (topic: number) => string, autosave?: Locator): Promise<void> {
  expect(scores).toHaveLength(TOPICS);
  for (const n of TOPIC_NUMBERS) {
    const field = scope.getByLabel(`Toelichting bij onderwerp ${n}`);
    if (n === 1 && autosave) {
      await fillUntilLive(field, explanation(n), () => expect(autosave).not.toHaveText("Uw invoer wordt automatisch als concept bewaard.", { timeout: 1_500 }));
    } else {
      await field.fill(explanation(n));
    }
    await topicGroup(scope, n).getByRole("radio", { name: LEVEL[scores[n - 1] as Score] }).check();
  }
}

/** An evaluator's own sheet for one candidate: scored and submitted, then shown as submitted. */
export async function scoreCandidate(page: Page, schoolId: string, providerId: string, scores: readonly Score[], explanation: (topic: number) => string): Promise<void> {
  await page.goto(`/school/beoordeling/${schoolId}/${providerId}`);
  await fillScores(page, scores, explanation, page.getByTestId("autosave-status"));
  await page.getByRole("button", { name: "Beoordeling indienen" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Uw ingediende beoordeling" })).toBeVisible();
}

/** The school's consensus sheet for one candidate, with its conclusion. */
export async function recordConsensus(page: Page, schoolId: string, providerId: string, scores: readonly Score[], explanation: (topic: number) => string, conclusion: string): Promise<void> {
  await page.goto(`/school/beoordeling/${schoolId}/${providerId}/gezamenlijk`);
  await fillScores(page, scores, explanation, page.getByTestId("autosave-status"));
  await page.getByLabel("Conclusie met motivering").fill(conclusion);
  await page.getByRole("button", { name: "Gezamenlijke beoordeling vastleggen" }).click();
  await expect(page.getByRole("region", { name: "Vastgelegde gezamenlijke beoordeling" })).toBeVisible();
}
