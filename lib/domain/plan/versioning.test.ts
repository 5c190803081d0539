import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../receipts";
import { canonicalPlanContent, canonicalText, planContentHash, PLAN_CONTENT_FORMAT, type PlanContentInput } from "./versioning";

const base = (): PlanContentInput => ({
  procedureId: "proc",
  school: { id: "s1", name: "SBO Horizon", organisationId: "org-school", municipalityOrganisationId: "org-zoetermeer", municipalityName: "Gemeente Zoetermeer" },
  providers: [
    { organisationId: "org-p2", name: "Jeugdhulp Twee" },
    { organisationId: "org-p1", name: "Jeugdhulp Een" },
  ],
  texts: {
    schoolContext: "Wij zijn een SBO-school.",
    schoolGoals: "Minder uitval.",
    pedagogicalClimate: "",
    oppLink: "",
    practicalArrangements: "",
    behaviouralScientist: "",
    replacementArrangement: "Vervanging na twee weken.",
    staffContinuity: "",
  },
  schoolHasBehaviouralScientist: true,
  approaches: [
    { topicId: "t2", topicNumber: 2, topicTitle: "Afstemming met thuis", providerId: "org-p1", body: "Huisbezoeken." },
    { topicId: "t1", topicNumber: 1, topicTitle: "Grens", providerId: "org-p2", body: "B" },
    { topicId: "t1", topicNumber: 1, topicTitle: "Grens", providerId: "org-p1", body: "A" },
  ],
  deployments: [
    { id: "d2", sortOrder: 2, providerId: "org-p1", personName: null, role: "Jeugdhulpverlener", educationLevel: "MBO_SUPERVISED", skjNumber: null, supervisorName: "Anna", supervisorSkjNumber: "100012345", hoursPerWeek: "10" },
    { id: "d1", sortOrder: 1, providerId: "org-p1", personName: "Anna", role: "Jeugdprofessional", educationLevel: "HBO", skjNumber: "100 012 345", supervisorName: null, supervisorSkjNumber: null, hoursPerWeek: "7,50" },
  ],
  budget: { year: 2027, months: 12, fixedAnnualAmountCents: 7_632_899n, costPerFteCents: 9_130_852n, hoursPerFtePerWeek: "30" },
  contractTerms: {
    startOn: "2026-03-01", endOn: "2026-12-31", extensionCount: 2, extensionYears: 3,
    excludedProductCodes: [{ code: "45S09", description: "Ambulant" }, { code: " 41s01", description: "Dyslexie  " }, { code: "45ABS", description: "" }],
    minEmployees: 2, maxEmployees: null,
    termTexts: ["Vervanging bij afwezigheid langer dan twee weken.", "Geen declaratie van de uitgesloten codes."],
    notIncludedTexts: ["Ouderworkshops."],
  },
});

describe("canonicalText", () => {
  it("normalises line endings, trailing white space, outer blank lines and to NFC", () => {
    expect(canonicalText("\r\n\r\nEen  \r\n  twee\t\rdrie\n\n")).toBe("Een\n  twee\ndrie");
    expect(canonicalText("cafe\u0301")).toBe("caf\u00e9");
  });
  it("keeps visible differences", () => {
    expect(canonicalText("een twee")).not.toBe(canonicalText("een  twee"));
    expect(canonicalText("Een")).not.toBe(canonicalText("een"));
  });
});

describe("canonicalPlanContent", () => {
  const content = canonicalPlanContent(base()) as Record<string, unknown>;

  it("has a named format and sorted lists", () => {
    expect(content.format).toBe(PLAN_CONTENT_FORMAT);
    expect((content.providers as { organisationId: string }[]).map((p) => p.organisationId)).toEqual(["org-p1", "org-p2"]);
    expect((content.approaches as { topicNumber: number; providerId: string }[]).map((a) => `${a.topicNumber}/${a.providerId}`)).toEqual([
      "1/org-p1",
      "1/org-p2",
      "2/org-p1",
    ]);
    expect((content.deployments as { id: string }[]).map((d) => d.id)).toEqual(["d1", "d2"]);
    expect((content.contractTerms as { excludedProductCodes: unknown[] }).excludedProductCodes).toEqual([
      { code: "41S01", description: "Dyslexie" },
      { code: "45ABS", description: "" },
      { code: "45S09", description: "Ambulant" },
    ]);
    // Texts keep the procedure's order: it is the order they are printed in.
    expect((content.contractTerms as { termTexts: string[] }).termTexts[0]).toBe("Vervanging bij afwezigheid langer dan twee weken.");
  });
  it("money as cent strings, hours as plain decimals, SKJ as nine digits, vacancy as null", () => {
    expect(content.budget).toEqual({ year: 2027, months: 12, fixedAnnualAmountCents: "7632899", costPerFteCents: "9130852", hoursPerFtePerWeek: "30" });
    const [d1, d2] = content.deployments as Record<string, unknown>[];
    expect(d1).toMatchObject({ hoursPerWeek: "7.5", skjNumber: "100012345", personName: "Anna" });
    expect(d2).toMatchObject({ hoursPerWeek: "10", personName: null, skjNumber: null, supervisorSkjNumber: "100012345" });
  });
  it("is valid canonical JSON whose SHA-256 is the hash", () => {
    const json = canonicalJson(canonicalPlanContent(base()));
    expect(JSON.parse(json)).toEqual(content);
    expect(planContentHash(base())).toBe(createHash("sha256").update(json, "utf8").digest("hex"));
    expect(planContentHash(base())).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("planContentHash", () => {
  const hash = planContentHash(base());

  it("does not depend on the order rows come from the database", () => {
    const input = base();
    expect(
      planContentHash({
        ...input,
        providers: [...input.providers].reverse(),
        approaches: [...input.approaches].reverse(),
        deployments: [...input.deployments].reverse(),
        contractTerms: { ...input.contractTerms, excludedProductCodes: [...input.contractTerms.excludedProductCodes].reverse() },
      }),
    ).toBe(hash);
  });
  it("hashes only the known text fields", () => {
    const input = base();
    const texts = { ...input.texts, id: "plan-1", updatedAt: "2026-01-01" } as PlanContentInput["texts"];
    expect(planContentHash({ ...input, texts })).toBe(hash);
  });
  it("an invisible change keeps the hash", () => {
    const input = base();
    expect(planContentHash({ ...input, texts: { ...input.texts, schoolGoals: "Minder uitval.  \r\n" } })).toBe(hash);
    const deployments = input.deployments.map((d) => (d.id === "d1" ? { ...d, hoursPerWeek: "7.5", skjNumber: "SKJ 100012345" } : d));
    expect(planContentHash({ ...input, deployments })).toBe(hash);
  });
  it.each([
    ["a text", (i: PlanContentInput) => ({ ...i, texts: { ...i.texts, schoolGoals: "Minder uitval!" } })],
    ["hours", (i: PlanContentInput) => ({ ...i, deployments: i.deployments.map((d) => ({ ...d, hoursPerWeek: d.id === "d1" ? "7,75" : d.hoursPerWeek })) })],
    ["the row order", (i: PlanContentInput) => ({ ...i, deployments: i.deployments.map((d) => ({ ...d, sortOrder: -d.sortOrder })) })],
    ["the amount", (i: PlanContentInput) => ({ ...i, budget: { ...i.budget, fixedAnnualAmountCents: 7_632_900n } })],
    ["a flag", (i: PlanContentInput) => ({ ...i, schoolHasBehaviouralScientist: false })],
    ["a provider", (i: PlanContentInput) => ({ ...i, providers: i.providers.slice(1) })],
    ["max employees", (i: PlanContentInput) => ({ ...i, contractTerms: { ...i.contractTerms, maxEmployees: 4 } })],
    ["a contract term text", (i: PlanContentInput) => ({ ...i, contractTerms: { ...i.contractTerms, termTexts: ["Vervanging bij afwezigheid langer dan drie weken.", i.contractTerms.termTexts[1]!] } })],
    ["the order of the term texts", (i: PlanContentInput) => ({ ...i, contractTerms: { ...i.contractTerms, termTexts: [...i.contractTerms.termTexts].reverse() } })],
    ["what collective youth care is not", (i: PlanContentInput) => ({ ...i, contractTerms: { ...i.contractTerms, notIncludedTexts: [] } })],
    ["a code description", (i: PlanContentInput) => ({ ...i, contractTerms: { ...i.contractTerms, excludedProductCodes: i.contractTerms.excludedProductCodes.map((c) => ({ ...c, description: `${c.description}!` })) } })],
    ["the end of the term", (i: PlanContentInput) => ({ ...i, contractTerms: { ...i.contractTerms, endOn: "2027-02-28" } })],
    ["the extensions", (i: PlanContentInput) => ({ ...i, contractTerms: { ...i.contractTerms, extensionCount: 1 } })],
    ["the cost per FTE", (i: PlanContentInput) => ({ ...i, budget: { ...i.budget, costPerFteCents: 9_130_853n } })],
    ["the hours per FTE", (i: PlanContentInput) => ({ ...i, budget: { ...i.budget, hoursPerFtePerWeek: "36" } })],
    ["the contract months", (i: PlanContentInput) => ({ ...i, budget: { ...i.budget, months: 10 } })],
  ] as const)("a visible change to %s changes the hash", (_label, edit) => {
    expect(planContentHash(edit(base()))).not.toBe(hash);
  });
});
