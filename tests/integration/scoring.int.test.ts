import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { localDateTimeToInstant } from "@/lib/domain/local-time";
import { db } from "@/lib/server/db";
import { getCandidateScoring, getConsensusScoring, getSchoolScoringOverview, getSchoolSelectionForStaff } from "@/lib/server/queries/scoring";
import {
  assignEvaluator, declareNoConflict, removeEvaluator, saveIndividualScoreDraft, submitConsensus, submitIndividualScore,
} from "@/lib/server/services/scoring";
import { submitWrittenPlan } from "@/lib/server/services/written-plan";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";
import { actorFor, closed, createSchoolUser, decideAdmission, key, listTopicRows, planAnswers, schoolNamed, scoreItems, scoring, writing } from "./support/selection";

let procedureId: string;
let provider: Actor;
let provider2: Actor;
let evaluatorA: Actor;
let evaluatorB: Actor;
let prinsenhofId: string;
let vuurtorenId: string;

async function submitPlan(actor: Actor, schoolId: string) {
  await submitWrittenPlan({ actor, procedureId, now: writing, idempotencyKey: key(), input: { schoolId, basedOnPlanId: "", answers: await planAnswers(procedureId), attachmentId: "" } });
}

function score(actor: Actor, items: Record<string, { score: string; explanation: string }>, providerId = provider.organisationId, schoolId = prinsenhofId, now = scoring) {
  return submitIndividualScore({ actor, procedureId, now, idempotencyKey: key(), input: { schoolId, providerId, items } });
}

describe("scoring of written plans", () => {
  beforeEach(async () => {
    await resetDatabase();
    procedureId = (await seedDatabase(db, { demo: true, now: writing })).procedureId;
    provider = await actorFor(demoAccounts.provider.email);
    provider2 = await actorFor(demoAccounts.provider2.email);
    const prinsenhof = await schoolNamed("SBO Prinsenhof");
    prinsenhofId = prinsenhof.id;
    vuurtorenId = (await schoolNamed("SBO De Vuurtoren")).id;
    await decideAdmission(procedureId, provider.organisationId, prinsenhof.clusterId, "ADMITTED");
    await decideAdmission(procedureId, provider2.organisationId, prinsenhof.clusterId, "ADMITTED");
    await submitPlan(provider, prinsenhofId);
    await submitPlan(provider2, vuurtorenId); // provider2 is a candidate of De Vuurtoren only
    evaluatorA = await actorFor(demoAccounts.school.email);
    evaluatorB = await createSchoolUser(evaluatorA.organisationId, "zorgcoordinator@prinsenhof.example", "Karin de Boer");
    await assignEvaluator({ actor: evaluatorA, procedureId, input: { schoolId: prinsenhofId, userId: evaluatorA.userId }, now: writing });
  });

  it("lets the school and staff assign evaluators of the school's own organisation only", async () => {
    const staff = await actorFor(demoAccounts.staff.email);
    const school2 = await actorFor(demoAccounts.school2.email);
    await expect(assignEvaluator({ actor: evaluatorA, procedureId, input: { schoolId: prinsenhofId, userId: school2.userId }, now: writing })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(assignEvaluator({ actor: school2, procedureId, input: { schoolId: prinsenhofId, userId: school2.userId }, now: writing })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(assignEvaluator({ actor: provider, procedureId, input: { schoolId: prinsenhofId, userId: evaluatorB.userId }, now: writing })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await assignEvaluator({ actor: staff, procedureId, input: { schoolId: prinsenhofId, userId: evaluatorB.userId }, now: writing });
    const overview = await getSchoolScoringOverview(evaluatorA, procedureId, prinsenhofId, writing);
    expect(overview.evaluators.map((e) => e.name)).toEqual([demoAccounts.school.name, "Karin de Boer"]);
    expect(overview.candidates).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "evaluator.assign" } })).toBe(2);
  });

  it("needs an evaluator's declaration of no conflict of interest, possible after the close, before any plan opens", async () => {
    await expect(declareNoConflict({ actor: evaluatorA, procedureId, input: { schoolId: prinsenhofId }, now: writing })).rejects.toMatchObject({ code: "PHASE_CLOSED" });
    const before = await getSchoolScoringOverview(evaluatorA, procedureId, prinsenhofId, closed);
    expect(before.candidates).toEqual([{ providerId: provider.organisationId, providerName: "Jeugdhulp De Brug", mine: null, consensus: null, submittedCount: 0 }]);
    await expect(getCandidateScoring(evaluatorA, procedureId, prinsenhofId, provider.organisationId, closed)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(score(evaluatorA, await scoreItems(procedureId))).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("belangenverstrengeling") });
    // A school user who is no evaluator cannot declare or open anything.
    await expect(declareNoConflict({ actor: evaluatorB, procedureId, input: { schoolId: prinsenhofId }, now: closed })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getCandidateScoring(evaluatorB, procedureId, prinsenhofId, provider.organisationId, closed)).rejects.toMatchObject({ code: "FORBIDDEN" });

    await declareNoConflict({ actor: evaluatorA, procedureId, input: { schoolId: prinsenhofId }, now: closed });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "evaluator.declareNoConflict" } });
    expect(event.after).toMatchObject({ candidates: ["Jeugdhulp De Brug"] });
    expect((await getCandidateScoring(evaluatorA, procedureId, prinsenhofId, provider.organisationId, closed)).plan.version).toBe(1);
  });

  describe("with two declared evaluators", () => {
    beforeEach(async () => {
      await assignEvaluator({ actor: evaluatorA, procedureId, input: { schoolId: prinsenhofId, userId: evaluatorB.userId }, now: writing });
      for (const e of [evaluatorA, evaluatorB]) await declareNoConflict({ actor: e, procedureId, input: { schoolId: prinsenhofId }, now: closed });
    });

    it("keeps each evaluator's scores from the others until they have submitted their own", async () => {
      const { receipt } = await score(evaluatorA, await scoreItems(procedureId, () => "3"));
      expect(receipt).toMatchObject({ kind: "SCORE" });
      expect(JSON.stringify(receipt.content)).not.toContain("beschrijft het plan");

      await saveIndividualScoreDraft({ actor: evaluatorB, procedureId, now: scoring, input: { schoolId: prinsenhofId, providerId: provider.organisationId, items: {} } });
      const viewB = await getCandidateScoring(evaluatorB, procedureId, prinsenhofId, provider.organisationId, scoring);
      expect(viewB.others).toBeNull();
      expect(JSON.stringify(viewB)).not.toContain("\"score\":3");
      expect((await getCandidateScoring(evaluatorA, procedureId, prinsenhofId, provider.organisationId, scoring)).others).toEqual([]);

      await score(evaluatorB, await scoreItems(procedureId, (n) => (n === 1 ? "1" : "2")));
      const othersOfB = (await getCandidateScoring(evaluatorB, procedureId, prinsenhofId, provider.organisationId, scoring)).others;
      expect(othersOfB?.map((s) => [s.evaluatorName, s.total])).toEqual([[demoAccounts.school.name, 21]]);
      const othersOfA = (await getCandidateScoring(evaluatorA, procedureId, prinsenhofId, provider.organisationId, scoring)).others;
      expect(othersOfA?.map((s) => [s.evaluatorName, s.total])).toEqual([["Karin de Boer", 13]]);
      // Submitted sheets are final; a submitted evaluator stays assigned.
      await expect(score(evaluatorA, await scoreItems(procedureId))).rejects.toMatchObject({ code: "CONFLICT" });
      await expect(removeEvaluator({ actor: evaluatorA, procedureId, input: { schoolId: prinsenhofId, userId: evaluatorB.userId }, now: scoring })).rejects.toMatchObject({ code: "CONFLICT" });
    });

    it("keeps a draft topic that has an explanation but no score yet as score NULL, and refuses to submit it", async () => {
      const topics = await listTopicRows(procedureId);
      const items = await scoreItems(procedureId, (n) => (n === 2 ? "" : "2"));
      const input = { schoolId: prinsenhofId, providerId: provider.organisationId, items };
      await saveIndividualScoreDraft({ actor: evaluatorA, procedureId, now: scoring, input });
      const storedItems = () => db.scoreItem.findMany({ where: { sheet: { evaluatorId: evaluatorA.userId } }, select: { topicId: true, score: true, explanation: true }, orderBy: { topicId: "asc" } });
      const stored = await storedItems();
      const scoreOf = (topicId: string) => stored.find((i) => i.topicId === topicId)?.score;
      expect(stored).toHaveLength(topics.length);
      expect(scoreOf(topics[0]!.id)).toBe(2);
      expect(scoreOf(topics[1]!.id)).toBeNull(); // not chosen

      // A draft score outside the levels is refused with the field marked; the saved draft stays as it was.
      const outOfRange = { ...items, [topics[2]!.id]: { score: "7", explanation: "Een andere toelichting die niet bewaard mag worden." } };
      await expect(saveIndividualScoreDraft({ actor: evaluatorA, procedureId, now: scoring, input: { ...input, items: outOfRange } })).rejects.toMatchObject({
        code: "VALIDATION", fieldErrors: { [`items.${topics[2]!.id}.score`]: "7 is geen geldige score. Kies 1 (onvoldoende), 2 (voldoende) of 3 (goed)." },
      });
      expect(await storedItems()).toEqual(stored);
      const own = (await getCandidateScoring(evaluatorA, procedureId, prinsenhofId, provider.organisationId, scoring)).own;
      expect(own?.items.find((i) => i.topicId === topics[1]!.id)).toMatchObject({ score: null, explanation: items[topics[1]!.id]!.explanation });
      await expect(score(evaluatorA, items)).rejects.toMatchObject({
        code: "VALIDATION", fieldErrors: { [`items.${topics[1]!.id}.score`]: expect.stringContaining("Geef een score voor onderwerp 2") },
      });
      expect(await db.scoreSheet.count({ where: { status: "SUBMITTED" } })).toBe(0);
    });

    it("refuses a score outside the levels, a missing or empty explanation and copied explanations, with field errors", async () => {
      const topics = await listTopicRows(procedureId);
      const items = await scoreItems(procedureId);
      items[topics[0]!.id] = { score: "4", explanation: items[topics[0]!.id]!.explanation };
      items[topics[1]!.id] = { score: "0", explanation: "" };
      items[topics[2]!.id] = { score: "2", explanation: "ok" };
      items[topics[4]!.id] = { score: "2", explanation: items[topics[3]!.id]!.explanation };
      delete items[topics[5]!.id];
      await expect(score(evaluatorA, items)).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: {
          [`items.${topics[0]!.id}.score`]: "4 is geen geldige score. Kies 1 (onvoldoende), 2 (voldoende) of 3 (goed).",
          [`items.${topics[1]!.id}.score`]: expect.stringContaining("0 is geen geldige score"),
          [`items.${topics[1]!.id}.explanation`]: `Licht de score voor onderwerp 2 (${topics[1]!.title}) toe.`,
          [`items.${topics[2]!.id}.explanation`]: expect.stringContaining("te kort"),
          [`items.${topics[3]!.id}.explanation`]: expect.stringContaining("staat ook bij onderwerp 5"),
          [`items.${topics[4]!.id}.explanation`]: expect.stringContaining("staat ook bij onderwerp 4"),
          [`items.${topics[5]!.id}.score`]: expect.stringContaining("Geef een score voor onderwerp 6"),
        },
      });
      expect(await db.scoreSheet.count({ where: { status: "SUBMITTED" } })).toBe(0);
      expect(await db.receipt.count({ where: { kind: "SCORE" } })).toBe(0);
    });

    it("refuses scoring another school's candidate, or as a user of another school", async () => {
      const items = await scoreItems(procedureId);
      await expect(score(evaluatorA, items, provider2.organisationId)).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("geen kandidaat") });
      await expect(score(evaluatorA, items, provider2.organisationId, vuurtorenId)).rejects.toMatchObject({ code: "NOT_FOUND" });
      const school2 = await actorFor(demoAccounts.school2.email);
      await expect(score(school2, items, provider.organisationId, prinsenhofId)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await db.scoreSheet.count()).toBe(0);
    });

    it("scores only in the scoring round", async () => {
      await expect(score(evaluatorA, await scoreItems(procedureId), provider.organisationId, prinsenhofId, localDateTimeToInstant("2025-11-22T00:00"))).rejects.toMatchObject({ code: "PHASE_CLOSED" });
      expect(await db.scoreSheet.count()).toBe(0);
    });

    it("records one consensus with a conclusion once every evaluator has submitted; staff see all sheets", async () => {
      const consensusInput = { schoolId: prinsenhofId, providerId: provider.organisationId, items: await scoreItems(procedureId, () => "2"), conclusion: "" };
      await score(evaluatorA, await scoreItems(procedureId, () => "3"));
      await expect(submitConsensus({ actor: evaluatorA, procedureId, now: scoring, idempotencyKey: key(), input: { ...consensusInput, conclusion: "Een degelijk plan dat goed aansluit bij onze school." } }))
        .rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("Karin de Boer") });
      await score(evaluatorB, await scoreItems(procedureId, () => "2"));
      await expect(submitConsensus({ actor: evaluatorB, procedureId, now: scoring, idempotencyKey: key(), input: consensusInput })).rejects.toMatchObject({
        code: "VALIDATION", fieldErrors: { conclusion: "Vul de conclusie met motivering in." },
      });
      expect((await getConsensusScoring(evaluatorB, procedureId, prinsenhofId, provider.organisationId, scoring)).individual).toHaveLength(2);
      const { receipt } = await submitConsensus({ actor: evaluatorB, procedureId, now: scoring, idempotencyKey: key(), input: { ...consensusInput, conclusion: "Een degelijk plan dat goed aansluit bij onze school." } });
      expect(receipt).toMatchObject({ kind: "CONSENSUS", content: { total: 14, candidate: "Jeugdhulp De Brug" } });
      await expect(submitConsensus({ actor: evaluatorA, procedureId, now: scoring, idempotencyKey: key(), input: { ...consensusInput, conclusion: "Een andere conclusie over hetzelfde plan van de aanbieder." } }))
        .rejects.toMatchObject({ code: "CONFLICT" });

      const staff = await actorFor(demoAccounts.staff.email);
      const audit = await getSchoolSelectionForStaff(staff, procedureId, prinsenhofId, scoring);
      expect(audit.sheets.map((s) => [s.kind, s.evaluatorName, s.total]).sort()).toEqual([
        ["CONSENSUS", null, 14], ["INDIVIDUAL", "Karin de Boer", 14], ["INDIVIDUAL", demoAccounts.school.name, 21],
      ].sort());
      await expect(getSchoolSelectionForStaff(evaluatorA, procedureId, prinsenhofId, scoring)).rejects.toMatchObject({ code: "FORBIDDEN" });
    });
  });
});
