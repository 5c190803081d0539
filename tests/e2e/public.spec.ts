import { clusterSeeds, milestoneSeeds, procedureSeed, selectionGroupSeeds } from "../../prisma/seed/haaglanden";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { currentTimelineItem, timelineItems } from "./support/procedure";

test.describe("public home", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Herzieningsprocedure Collectieve jeugdhulp op school" })).toBeVisible();
  });

  test("shows the timeline: all 12 milestones in order, exactly one current", async ({ page }) => {
    await expect(timelineItems(page)).toHaveCount(12);
    await expect(timelineItems(page).getByRole("heading", { level: 3 })).toHaveText(milestoneSeeds.map((m) => m.title));

    const current = currentTimelineItem(page);
    await expect(current).toHaveCount(1);
    await expect(current).toContainText("Huidige fase");
    await expect(timelineItems(page).filter({ hasText: "Huidige fase" })).toHaveCount(1);

    // The summary above the timeline names the same phase.
    const currentTitle = await current.getByRole("heading", { level: 3 }).textContent();
    await expect(page.getByRole("heading", { level: 2, name: "Waar staat de procedure nu?" })).toBeVisible();
    await expect(page.getByText(`Huidige fase: ${currentTitle}`)).toBeVisible();
    await expectAccessible(page);
  });

  test("lists the 10 schools per cluster, with example pupil counts marked 'voorbeeld'", async ({ page }) => {
    const schools = clusterSeeds.flatMap((c) => c.schools);
    expect(schools).toHaveLength(10);

    for (const cluster of clusterSeeds) {
      const table = page.getByRole("table", { name: `Scholen in ${cluster.name}` });
      await expect(table.getByRole("rowheader")).toHaveText(cluster.schools.map((s) => s.name));
      for (const school of cluster.schools) {
        const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: school.name, exact: true }) });
        const group = selectionGroupSeeds.find((g) => g.code === school.group)?.name ?? school.group;
        await expect(row.getByRole("cell")).toHaveText([
          school.street,
          school.city,
          group,
          new RegExp(`^${school.examplePupils}\\s*voorbeeld$`),
        ]);
        await expect(row.getByText("voorbeeld", { exact: true })).toBeVisible();
      }
    }
    await expectAccessible(page);
  });

  test("publishes the selection rules beforehand: at most 5 invited per school, 1 or 2 chosen, and the tie rule", async ({ page }) => {
    const rules = page.getByRole("region", { name: "Selectiegroepen voor de gesprekken" });
    await expect(rules).toContainText("Per school worden maximaal 5 aanbieders met de hoogste scores uitgenodigd");
    await expect(rules).toContainText("De school kiest daarna 1 of 2 aanbieders.");
    await expect(rules).toContainText(`Bij gelijke stand op de grens: ${procedureSeed.tieRule}`);
    await expectAccessible(page);
  });

  test("links every public publication, among them the selection results per school", async ({ page }) => {
    const publications = page.getByRole("region", { name: "Publicaties" });
    await expect(publications.getByRole("link")).toHaveText(["Tijdlijn (ook als agenda)", "Verwerking van de reacties", "Nota van inlichtingen", "Toegelaten aanbieders", "Uitslag selectie"]);
    await expectAccessible(page);
    await publications.getByRole("link", { name: "Uitslag selectie" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Uitslag selectie per school" })).toBeVisible();
    await expect(page.getByText(/standstilltermijn van 20 kalenderdagen/)).toBeVisible();
    await expectAccessible(page);
  });

  test.describe("on a 320 px wide screen", () => {
    test.use({ viewport: { width: 320, height: 800 } });

    test("the page does not scroll sideways", async ({ page }) => {
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }));
      expect(widths.viewport).toBe(320);
      expect(widths.scroll, "document scrollWidth").toBeLessThanOrEqual(widths.viewport);
      // The school tables scroll inside their own container instead.
      await expect(page.getByRole("region", { name: "Scholen in Cluster 3 SO (Keerkring)" }).getByRole("rowheader", { name: "Keerkring SO cluster 3" })).toBeVisible();
      await expectAccessible(page);
    });
  });
});

test.describe("open data", () => {
  test("the timeline links the procedure as OCDS JSON, a release package with the tender", async ({ page }) => {
    await page.goto("/tijdlijn");
    const link = page.getByRole("link", { name: "Download als OCDS (JSON)" });
    await expect(link).toBeVisible();
    await expectAccessible(page);

    const response = await page.request.get((await link.getAttribute("href")) ?? "/ocds");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="ocds-.+\.json"$/);
    expect(response.headers()["cache-control"]).toBe("no-store");
    const body = (await response.json()) as { version: string; releases: { ocid: string; tender: { title: string } }[] };
    expect(body.version).toBe("1.1");
    expect(body.releases[0]?.ocid.startsWith("ocds-jhjoos-")).toBe(true);
    expect(body.releases[0]?.tender.title).toBe("Herzieningsprocedure Collectieve jeugdhulp op school");
  });
});
