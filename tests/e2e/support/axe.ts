import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import type { Result } from "axe-core";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

// Paths scanned per page, so the fixture in ./fixtures can check that every
// page a test visited was scanned.
const scannedPaths = new WeakMap<Page, Set<string>>();

export function pathOf(url: string): string {
  return new URL(url).pathname;
}

export function wasScanned(page: Page, path: string): boolean {
  return scannedPaths.get(page)?.has(path) ?? false;
}

function describe(violation: Result): string {
  const nodes = violation.nodes.map((node) => `    at ${node.target.join(" ")}\n       ${node.html}`);
  return `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes.join("\n")}`;
}

/** Runs axe on the page as it is now and fails on any serious or critical WCAG 2.1 A/AA violation. */
export async function expectAccessible(page: Page): Promise<void> {
  // Every page has a title. After a server action, React re-renders the
  // page's metadata and the <title> is briefly absent: wait for it, so that
  // axe judges the page and not that moment.
  await expect(page).toHaveTitle(/\S/);
  const path = pathOf(page.url());
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const paths = scannedPaths.get(page) ?? new Set<string>();
  paths.add(path);
  scannedPaths.set(page, paths);
  const blocking = results.violations.filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ""));
  expect(blocking.map(describe), `axe found serious or critical violations on ${page.url()}`).toEqual([]);
}
