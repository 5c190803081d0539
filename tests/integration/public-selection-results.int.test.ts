import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { localDateTimeToInstant } from "@/lib/domain/local-time";
import { db } from "@/lib/server/db";
import { listMunicipalityResults } from "@/lib/server/queries/municipality-results";
import { listClustersWithSchools } from "@/lib/server/queries/procedure";
import { listPublishedSelectionResults } from "@/lib/server/queries/public-selection-results";
import { getSelectionResult } from "@/lib/server/queries/selection-outcomes";
import { scheduleInterview } from "@/lib/server/services/interviews";
import { fixInterviewInvitations } from "@/lib/server/services/ranking";
import { submitInterviewAssessment, submitSchoolChoice } from "@/lib/server/services/school-choice";
import { assignEvaluator, declareNoConflict, submitConsensus, submitIndividualScore } from "@/lib/server/services/scoring";
import { publishSchoolResult } from "@/lib/server/services/selection-publication";
import { submitWrittenPlan } from "@/lib/server/services/written-plan";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";
import { createProvider } from "./support/actors";
import { actorFor, closed, decideAdmission, key, planAnswers, schoolNamed, scoreItems, scoring, writing } from "./support/selection";

// The public overview of the selection results (/uitslagen). Two schools in
// different selection groups go through the whole selection with the
// services, up to a submitted choice; staff publish only SBO Prinsenhof.

const afterInterview = localDateTimeToInstant("2025-11-12T12:00");
const choosing = localDateTimeToInstant("2025-11-24T10:00");
const publishing = localDateTimeToInstant("2025-11-28T10:00");
const MOTIVATION = "Deze aanbieders sluiten samen het best aan bij onze leerlingen en ons team.";
const ADVANTAGES = "Twee vaste teams die direct beschikbaar zijn en de school al kennen.";
const CONCLUSION = "Een bruikbaar plan met duidelijke keuzes voor onze leerlingen.";

let procedureId: string;
let staff: Actor;
/** De Brug, Kompas and Het Anker: candidates of both schools. */
let providers: Actor[];
let prinsenhofId: string;
let vuurtorenId: string;

/** Plans of all providers, one evaluator, consensus, invitations, interviews and assessments, then the school's choice (not published). */
async function submitChoice(school: Actor, schoolName: string, chosen: Actor[]): Promise<string> {
  const { id: schoolId, selectionGroupId } = await schoolNamed(schoolName);
  for (const p of providers) {
    await submitWrittenPlan({ actor: p, procedureId, now: writing, idempotencyKey: key(), input: { schoolId, basedOnPlanId: "", answers: await planAnswers(procedureId), attachmentId: "" } });
  }
  await assignEvaluator({ actor: school, procedureId, input: { schoolId, userId: school.userId }, now: writing });
  await declareNoConflict({ actor: school, procedureId, input: { schoolId }, now: closed });
  for (const p of providers) {
    const items = await scoreItems(procedureId);
    await submitIndividualScore({ actor: school, procedureId, now: scoring, idempotencyKey: key(), input: { schoolId, providerId: p.organisationId, items } });
    await submitConsensus({ actor: school, procedureId, now: scoring, idempotencyKey: key(), input: { schoolId, providerId: p.organisationId, items, conclusion: CONCLUSION } });
  }
  await fixInterviewInvitations({ actor: staff, procedureId, input: { schoolId, tieMethod: "", reason: "" }, now: scoring });
  for (const p of providers) {
    const input = { selectionGroupId, providerId: p.organisationId, date: "2025-11-12", startTime: "09:00", endTime: "10:00", location: schoolName };
    await scheduleInterview({ actor: staff, procedureId, now: scoring, input });
    await submitInterviewAssessment({
      actor: school, procedureId, now: afterInterview, idempotencyKey: key(),
      input: { schoolId, providerId: p.organisationId, items: await scoreItems(procedureId), conclusion: CONCLUSION },
    });
  }
  await submitSchoolChoice({
    actor: school, procedureId, now: choosing, idempotencyKey: key(),
    input: { schoolId, providerIds: chosen.map((p) => p.organisationId), motivation: MOTIVATION, advantages: ADVANTAGES },
  });
  return schoolId;
}

/** The list's result per school name, in the order of the list. */
async function resultsByName(now: Date) {
  const list = await listPublishedSelectionResults(procedureId, now);
  return { list, bySchool: new Map(list.clusters.flatMap((c) => c.schools).map((s) => [s.name, s.result])) };
}

describe("the public list of published selection results", () => {
  beforeEach(async () => {
    await resetDatabase();
    procedureId = (await seedDatabase(db, { demo: true, now: writing })).procedureId;
    staff = await actorFor(demoAccounts.staff.email);
    providers = [await actorFor(demoAccounts.provider.email), await actorFor(demoAccounts.provider2.email), await createProvider("Jeugdhulp Het Anker", "aanbieder@hetanker.example")];
    const { clusterId } = await schoolNamed("SBO Prinsenhof"); // De Vuurtoren is in the same cluster
    for (const p of providers) await decideAdmission(procedureId, p.organisationId, clusterId, "ADMITTED");
    const [brug, kompas, hetAnker] = providers as [Actor, Actor, Actor];
    prinsenhofId = await submitChoice(await actorFor(demoAccounts.school.email), "SBO Prinsenhof", [kompas, brug]);
    vuurtorenId = await submitChoice(await actorFor(demoAccounts.school2.email), "SBO De Vuurtoren", [hetAnker]);
  });

  it("lists every school of the procedure in the order of the home page, none published while the choices are only submitted", async () => {
    expect(await db.schoolChoice.count({ where: { status: "SUBMITTED", publishedAt: null } })).toBe(2);
    const { list } = await resultsByName(publishing);
    const home = await listClustersWithSchools(procedureId);
    expect(list.clusters.map((c) => [c.name, c.schools.map((s) => s.id)])).toEqual(home.map((c) => [c.name, c.schools.map((s) => s.id)]));
    expect(list.clusters.flatMap((c) => c.schools).length).toBeGreaterThan(2);
    expect(list.publishedCount).toBe(0);
    expect(list.clusters.flatMap((c) => c.schools).filter((s) => s.result !== null)).toEqual([]);
    expect(JSON.stringify(list)).not.toMatch(/Jeugdhulp De Brug|Kompas Jeugd en Gezin|Jeugdhulp Het Anker/);
  });

  it("shows exactly the chosen providers of a published school, and nothing of a school whose choice is not published", async () => {
    await publishSchoolResult({ actor: staff, procedureId, input: { schoolId: prinsenhofId }, now: publishing });

    const { list, bySchool } = await resultsByName(publishing);
    expect(list.publishedCount).toBe(1);
    expect(bySchool.get("SBO Prinsenhof")).toEqual({
      chosen: ["Jeugdhulp De Brug", "Kompas Jeugd en Gezin"],
      publishedAt: publishing,
      standstillLastDay: "2025-12-18", // 20 calendar days from 29 November
      standstillEndsAt: new Date("2025-12-18T23:00:00.000Z"), // 19 December 00:00 CET
      isFinal: false,
    });
    // De Vuurtoren submitted its choice (Het Anker) but it is not published.
    expect(bySchool.get("SBO De Vuurtoren")).toBeNull();
    expect([...bySchool.entries()].filter(([, r]) => r !== null).map(([name]) => name)).toEqual(["SBO Prinsenhof"]);
    // Only names and dates: no motivation, advantages, conclusions, scores or the unpublished choice.
    const text = JSON.stringify(list);
    for (const secret of [MOTIVATION, ADVANTAGES, CONCLUSION, "Jeugdhulp Het Anker", "score", "beschrijft het plan"]) expect(text).not.toContain(secret);

    // The same as the public reads for one school.
    expect(await getSelectionResult(null, procedureId, prinsenhofId, publishing)).toMatchObject({ chosen: expect.arrayContaining(["Jeugdhulp De Brug", "Kompas Jeugd en Gezin"]) });
    await expect(getSelectionResult(null, procedureId, vuurtorenId, publishing)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is final after the standstill period, and shows nothing at a moment before the publication", async () => {
    await publishSchoolResult({ actor: staff, procedureId, input: { schoolId: prinsenhofId }, now: publishing });
    expect((await resultsByName(localDateTimeToInstant("2025-12-18T23:59"))).bySchool.get("SBO Prinsenhof")?.isFinal).toBe(false);
    expect((await resultsByName(localDateTimeToInstant("2025-12-19T00:00"))).bySchool.get("SBO Prinsenhof")?.isFinal).toBe(true);
    const before = await resultsByName(choosing);
    expect(before.list.publishedCount).toBe(0);
    expect(before.bySchool.get("SBO Prinsenhof")).toBeNull();
  });

  it("gives a municipality its own schools only, with the motivation once published", async () => {
    const municipality = await actorFor(demoAccounts.municipality.email); // Pijnacker-Nootdorp: SBO Prinsenhof
    const before = await listMunicipalityResults(municipality, procedureId, publishing);
    expect(before.map((r) => r.school)).toContain("SBO Prinsenhof");
    expect(before.map((r) => r.school)).not.toContain("SBO De Vuurtoren");
    expect(before.every((r) => r.result === null)).toBe(true);

    await publishSchoolResult({ actor: staff, procedureId, input: { schoolId: prinsenhofId }, now: publishing });
    const after = await listMunicipalityResults(municipality, procedureId, publishing);
    expect(after.find((r) => r.school === "SBO Prinsenhof")?.result).toMatchObject({ chosen: expect.arrayContaining(["Jeugdhulp De Brug", "Kompas Jeugd en Gezin"]), motivation: MOTIVATION });
    expect(JSON.stringify(after)).not.toContain(ADVANTAGES);
    await expect(listMunicipalityResults(staff, procedureId, publishing)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
