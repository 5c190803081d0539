import type { Page } from "@playwright/test";

/** The public timeline: an ordered list of milestones. */
export function timeline(page: Page) {
  return page.getByRole("list", { name: "Tijdlijn van de procedure" });
}

export function timelineItems(page: Page) {
  return timeline(page).getByRole("listitem");
}

/** The one milestone marked as the current step (there is no role option for aria-current). */
export function currentTimelineItem(page: Page) {
  return timelineItems(page).and(page.locator('[aria-current="step"]'));
}

/** One milestone of the timeline, found by its title. */
export function timelineItem(page: Page, title: string) {
  return timelineItems(page).filter({ has: page.getByRole("heading", { level: 3, name: title, exact: true }) });
}
