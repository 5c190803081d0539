import { beforeEach, describe, expect, it } from "vitest";
import { contentHash, type JsonValue } from "@/lib/domain/receipts";
import { db } from "@/lib/server/db";
import { renderPlanPdf } from "@/lib/server/exports/plan-pdf";
import { getPlanPage, getPlanPdfData } from "@/lib/server/queries/plan";
import { getPlanEmployeeLimits } from "@/lib/server/queries/plan-terms";
import { setMaxEmployeesPerSchoolSchema } from "@/lib/schemas/plan";
import { freezePlan, savePlanProviderPart, savePlanSchoolPart } from "@/lib/server/services/plan";
import { signPlan } from "@/lib/server/services/plan-signing";
import { MAX_EMPLOYEES_LOCKED, setMaxEmployeesPerSchool } from "@/lib/server/services/plan-terms";
import { frozenPlan, key, later, pdfText, providerPart, row, schoolTexts, setUpPlanFixture, signInput, working, type PlanFixture } from "./support/plan";

// The plan's contract terms (SPEC §9): staff set "at most x employees" while
// no version is frozen; every version freezes the terms and the cost basis it
// prints, so a signed version never changes when the procedure's data do.

let f: PlanFixture;

async function pdfOf(planId: string) {
  const { document, current, page } = await getPlanPdfData(f.municipality, f.procedureId, planId, later);
  const pdf = await renderPlanPdf(document, { versionNumber: current.number, contentSha256: current.contentSha256, frozenAt: current.frozenAt, final: page.status === "FINAL", generatedAt: later, signatories: current.signatories }, { compress: false });
  return pdfText(pdf);
}

describe("plan of approach: contract terms", () => {
  beforeEach(async () => {
    f = await setUpPlanFixture();
  });

  it("staff set the maximum number of employees; a deployment over it is refused when freezing; it is printed in the plan and cannot change once a version is frozen", async () => {
    expect(setMaxEmployeesPerSchoolSchema.parse({ maxEmployeesPerSchool: " 3 " })).toEqual({ maxEmployeesPerSchool: 3 });
    expect(setMaxEmployeesPerSchoolSchema.parse({ maxEmployeesPerSchool: "" })).toEqual({ maxEmployeesPerSchool: null });
    for (const bad of ["1", "21", "2,5", "zes"]) expect(setMaxEmployeesPerSchoolSchema.safeParse({ maxEmployeesPerSchool: bad }).success).toBe(false);

    // The demo seed sets 6; a non-staff actor cannot change it.
    expect((await getPlanEmployeeLimits(f.procedureId)).text).toBe("ten minste 2 en ten hoogste 6 medewerkers");
    await expect(setMaxEmployeesPerSchool({ actor: f.school, procedureId: f.procedureId, now: working, input: { maxEmployeesPerSchool: 20 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setMaxEmployeesPerSchool({ actor: f.provider, procedureId: f.procedureId, now: working, input: { maxEmployeesPerSchool: 20 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.procedure.findUniqueOrThrow({ where: { id: f.procedureId } })).maxEmployeesPerSchool).toBe(6);

    // Without a maximum the draft prints only the minimum.
    await setMaxEmployeesPerSchool({ actor: f.staff, procedureId: f.procedureId, now: working, input: { maxEmployeesPerSchool: null } });
    await savePlanSchoolPart({ actor: f.school, procedureId: f.procedureId, now: working, input: { schoolId: f.prinsenhofId, knownVersionId: "", ...schoolTexts } });
    const rows = ["Anna de Vries", "Chris Bakker", "Dewi Kok", "Eva Smit"].map((personName, i) => row({ personName, skjNumber: ["100012345", "160039340", "100012346", "100012347"][i], hoursPerWeek: "4" }));
    await savePlanProviderPart({ actor: f.provider, procedureId: f.procedureId, now: working, input: await providerPart(f, rows) });
    expect((await getPlanPage(f.school, f.procedureId, f.prinsenhofId, working)).document?.terms).toMatchObject({ minEmployees: 2, maxEmployees: null });

    const set = await setMaxEmployeesPerSchool({ actor: f.staff, procedureId: f.procedureId, now: working, input: { maxEmployeesPerSchool: 3 } });
    expect(set).toMatchObject({ changed: true, text: "ten minste 2 en ten hoogste 3 medewerkers" });
    const audit = await db.auditEvent.findMany({ where: { action: "procedure.setMaxEmployeesPerSchool" }, orderBy: { at: "asc" } });
    expect(audit.map((a) => [a.before, a.after])).toEqual([
      [{ maxEmployeesPerSchool: 6 }, { maxEmployeesPerSchool: null }],
      [{ maxEmployeesPerSchool: null }, { maxEmployeesPerSchool: 3 }],
    ]);
    expect(audit[1]?.actorUserId).toBe(f.staff.userId);

    // Four employees against a maximum of three: refused, with the limit in the message; nothing is frozen.
    const freeze = () => freezePlan({ actor: f.provider, procedureId: f.procedureId, schoolId: f.prinsenhofId, now: working });
    await expect(freeze()).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("Inzet: Zet ten hoogste 3 medewerkers in; nu 4.") });
    expect(await db.planVersion.count()).toBe(0);

    await savePlanProviderPart({ actor: f.provider, procedureId: f.procedureId, now: working, input: await providerPart(f, rows.slice(0, 3)) });
    const { version } = await freeze();
    expect(version.content).toMatchObject({ contractTerms: { minEmployees: 2, maxEmployees: 3 } });
    const page = await getPlanPage(f.municipality, f.procedureId, f.prinsenhofId, working);
    expect(page.document?.terms).toMatchObject({ minEmployees: 2, maxEmployees: 3 });
    expect(await pdfOf(page.planId!)).toContain("Aantal medewerkers: ten minste 2 en ten hoogste 3 medewerkers.");

    // Frozen: the maximum no longer changes, and the page says why.
    await expect(setMaxEmployeesPerSchool({ actor: f.staff, procedureId: f.procedureId, now: later, input: { maxEmployeesPerSchool: 6 } })).rejects.toMatchObject({
      code: "CONFLICT", message: MAX_EMPLOYEES_LOCKED,
    });
    expect((await db.procedure.findUniqueOrThrow({ where: { id: f.procedureId } })).maxEmployeesPerSchool).toBe(3);
    expect(await db.auditEvent.count({ where: { action: "procedure.setMaxEmployeesPerSchool" } })).toBe(2);
    expect((await getPlanEmployeeLimits(f.procedureId)).lockedMessage).toBe(MAX_EMPLOYEES_LOCKED);
  });

  it("a signed version keeps the terms and cost basis it was frozen with; a draft shows the procedure's data as they are now", async () => {
    const v1 = await frozenPlan(f);
    await signPlan({ actor: f.provider, procedureId: f.procedureId, idempotencyKey: key(), now: working, input: signInput(f, v1.contentSha256) });
    const frozen = await db.planVersion.findUniqueOrThrow({ where: { id: v1.id } });
    expect(contentHash(frozen.content as JsonValue)).toBe(frozen.contentSha256);
    const content = frozen.content as { budget: Record<string, unknown>; contractTerms: { termTexts: string[]; notIncludedTexts: string[]; excludedProductCodes: { code: string; description: string }[] } };
    expect(content.budget).toMatchObject({ year: 2026, months: 10, hoursPerFtePerWeek: "30" });
    expect(content.contractTerms).toMatchObject({ startOn: "2026-03-01", endOn: "2026-12-31", extensionCount: 2, extensionYears: 3 });
    const oldTerm = content.contractTerms.termTexts[0]!;
    const oldNotIncluded = content.contractTerms.notIncludedTexts[0]!;
    const code45abs = content.contractTerms.excludedProductCodes.find((c) => c.code === "45ABS")!;
    expect(oldTerm.length).toBeGreaterThan(10);
    const pageBefore = await getPlanPage(f.municipality, f.procedureId, f.prinsenhofId, working);
    const pdfBefore = await pdfOf(pageBefore.planId!);
    expect(pdfBefore).toContain(oldTerm);

    // The procedure's data change afterwards, in the database.
    const term = await db.procedureText.findFirstOrThrow({ where: { procedureId: f.procedureId, kind: "CONTRACT_TERM", text: oldTerm } });
    await db.procedureText.update({ where: { id: term.id }, data: { text: "GEWIJZIGDE CONTRACTVOORWAARDE." } });
    await db.procedureText.updateMany({ where: { procedureId: f.procedureId, kind: "NOT_INCLUDED", text: oldNotIncluded }, data: { text: "GEWIJZIGD: WAT HET NIET IS." } });
    await db.excludedProductCode.updateMany({ where: { procedureId: f.procedureId, code: "45ABS" }, data: { description: "GEWIJZIGDE OMSCHRIJVING" } });
    await db.procedure.update({ where: { id: f.procedureId }, data: { contractEndOn: new Date("2027-06-30T00:00:00Z"), extensionCount: 1 } });
    const calculation = await db.budgetCalculation.findFirstOrThrow({ where: { procedureId: f.procedureId, status: "PUBLISHED" } });
    await db.contractYear.updateMany({ where: { calculationId: calculation.id, year: 2026 }, data: { months: 12 } });
    await db.budgetCalculation.update({ where: { id: calculation.id }, data: { costPerFteCents: (calculation.costPerFteCents ?? 0n) + 100_000n } });

    // The signed version: content, hash, page and PDF as frozen.
    const after = await db.planVersion.findUniqueOrThrow({ where: { id: v1.id } });
    expect(after.content).toEqual(frozen.content);
    expect(after.contentSha256).toBe(frozen.contentSha256);
    const pageAfter = await getPlanPage(f.municipality, f.procedureId, f.prinsenhofId, later);
    expect(pageAfter.document).toEqual(pageBefore.document);
    expect(pageAfter.document?.terms.contractTermTexts).toContain(oldTerm);
    expect(pageAfter.document?.terms.excludedProductCodes).toContainEqual(code45abs);
    expect(pageAfter.document?.budget).toMatchObject({ months: 10, hoursPerFtePerWeek: "30" });
    const pdfAfter = await pdfOf(pageAfter.planId!);
    expect(pdfAfter).toBe(pdfBefore);
    expect(pdfAfter).not.toContain("GEWIJZIGD");
    expect(pdfAfter).toContain("tot en met 31 december 2026, 2 keer te verlengen met 3 jaar");

    // A save without a change keeps the version and its signature: only an edit of the plan voids it.
    await savePlanSchoolPart({ actor: f.school, procedureId: f.procedureId, now: later, input: { schoolId: f.prinsenhofId, knownVersionId: v1.id, ...schoolTexts } });
    expect((await db.planVersion.findUniqueOrThrow({ where: { id: v1.id } })).voidedAt).toBeNull();
    expect(await db.planSignature.count({ where: { voidedAt: null } })).toBe(1);

    // An edit that leaves the plan incomplete voids it; the draft shows the procedure's data as they are now.
    await savePlanSchoolPart({ actor: f.school, procedureId: f.procedureId, now: later, input: { schoolId: f.prinsenhofId, knownVersionId: v1.id, ...schoolTexts, schoolGoals: "" } });
    const draft = await getPlanPage(f.school, f.procedureId, f.prinsenhofId, later);
    expect(draft.status).toBe("DRAFT");
    expect(draft.document?.terms.contractTermTexts).toContain("GEWIJZIGDE CONTRACTVOORWAARDE.");
    expect(draft.document?.terms.notIncludedTexts).toContain("GEWIJZIGD: WAT HET NIET IS.");
    expect(draft.document?.terms.excludedProductCodes).toContainEqual({ code: "45ABS", description: "GEWIJZIGDE OMSCHRIJVING" });
    expect(draft.document?.terms).toMatchObject({ extensionCount: 1, contractEndOn: new Date("2027-06-30T00:00:00Z") });
    expect(draft.document?.budget).toMatchObject({ months: 12, costPerFteCents: (calculation.costPerFteCents ?? 0n) + 100_000n });

    // The next version freezes the new terms.
    await savePlanSchoolPart({ actor: f.school, procedureId: f.procedureId, now: later, input: { schoolId: f.prinsenhofId, knownVersionId: "", ...schoolTexts } });
    await savePlanProviderPart({ actor: f.provider, procedureId: f.procedureId, now: later, input: await providerPart(f, [row({ hoursPerWeek: "8" }), row({ personName: "Chris Bakker", skjNumber: "160039340", hoursPerWeek: "8" })]) });
    const { version: v2 } = await freezePlan({ actor: f.school, procedureId: f.procedureId, schoolId: f.prinsenhofId, now: later });
    expect(v2.number).toBe(2);
    expect(v2.content).toMatchObject({ budget: { months: 12 }, contractTerms: { extensionCount: 1, endOn: "2027-06-30" } });
    expect(v2.contentSha256).not.toBe(v1.contentSha256);
  });
});
