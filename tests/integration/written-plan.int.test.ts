import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { sha256Hex } from "@/lib/domain/receipts";
import { db } from "@/lib/server/db";
import { getOwnWrittenPlanEditor, getPlanForReader, listOwnWrittenRoundSchools, mayReadWrittenPlanDocument } from "@/lib/server/queries/written-plan";
import { readDocumentForActor, uploadDocument } from "@/lib/server/services/documents";
import { assignEvaluator, declareNoConflict } from "@/lib/server/services/scoring";
import { saveWrittenPlanDraft, submitWrittenPlan } from "@/lib/server/services/written-plan";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";
import { actorFor, beforeAnnouncement, closed, decideAdmission, key, lastSecond, listTopicRows, planAnswers, schoolNamed, writing } from "./support/selection";

const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n");
let procedureId: string;
let provider: Actor;
let provider2: Actor;
let prinsenhof: Awaited<ReturnType<typeof schoolNamed>>;

async function submitPlan(actor: Actor, schoolId: string, now = writing, extra: { basedOnPlanId?: string; attachmentId?: string; prefix?: string } = {}) {
  return submitWrittenPlan({
    actor, procedureId, now, idempotencyKey: key(),
    input: { schoolId, basedOnPlanId: extra.basedOnPlanId ?? "", answers: await planAnswers(procedureId, extra.prefix), attachmentId: extra.attachmentId ?? "" },
  });
}

describe("written round", () => {
  beforeAll(async () => {
    process.env.PORTAL_UPLOAD_DIR = await mkdtemp(path.join(os.tmpdir(), "portal-written-plan-"));
  });
  beforeEach(async () => {
    await resetDatabase();
    procedureId = (await seedDatabase(db, { demo: true, now: writing })).procedureId;
    provider = await actorFor(demoAccounts.provider.email);
    provider2 = await actorFor(demoAccounts.provider2.email);
    prinsenhof = await schoolNamed("SBO Prinsenhof");
    await decideAdmission(procedureId, provider.organisationId, prinsenhof.clusterId, "ADMITTED");
  });

  it("shows an admitted provider the schools of its cluster only from the announcement on", async () => {
    expect((await listOwnWrittenRoundSchools(provider, procedureId, beforeAnnouncement)).clusters).toEqual([]);
    const view = await listOwnWrittenRoundSchools(provider, procedureId, writing);
    expect(view.announced).toBe(true);
    expect(view.clusters.map((c) => c.id)).toEqual([prinsenhof.clusterId]);
    expect(view.clusters[0]?.schools.map((s) => s.name)).toContain("SBO De Vuurtoren");
    expect(view.clusters[0]?.schools.every((s) => s.status.kind === "NONE")).toBe(true);
    expect((await listOwnWrittenRoundSchools(provider2, procedureId, writing)).clusters).toEqual([]);
  });

  it("saves a draft (even over the word limit), submits it with a sealed receipt, and resubmits as version 2", async () => {
    const topics = await listTopicRows(procedureId);
    const long = Array.from({ length: topics[0]!.wordLimit + 5 }, (_, i) => `woord${i}`).join(" ");
    const draft = await saveWrittenPlanDraft({ actor: provider, procedureId, now: writing, input: { schoolId: prinsenhof.id, basedOnPlanId: "", answers: { [topics[0]!.id]: { body: long } }, attachmentId: "" } });
    expect(draft).toMatchObject({ version: 1, savedAt: writing });
    expect((await db.writtenPlanAnswer.findFirstOrThrow({ where: { writtenPlanId: draft.planId } })).body).toBe(long);

    const answers = await planAnswers(procedureId);
    const first = await submitWrittenPlan({ actor: provider, procedureId, now: writing, idempotencyKey: key(), input: { schoolId: prinsenhof.id, basedOnPlanId: draft.planId, answers, attachmentId: "" } });
    expect(first.receipt).toMatchObject({ kind: "WRITTEN_PLAN", subjectId: draft.planId, version: 1 });
    const content = first.receipt.content as { topics: { number: number; sha256: string; words: number }[] };
    expect(content.topics).toHaveLength(7);
    expect(content.topics[0]?.sha256).toBe(sha256Hex(answers[topics[0]!.id]!.body));
    expect(JSON.stringify(first.receipt.content)).not.toContain("Onze aanpak");
    const v1 = await db.writtenPlan.findUniqueOrThrow({ where: { id: draft.planId }, include: { answers: true } });

    const second = await submitPlan(provider, prinsenhof.id, writing, { basedOnPlanId: draft.planId, prefix: "Herziene aanpak" });
    expect(second.receipt.version).toBe(2);
    expect(await db.writtenPlan.findUniqueOrThrow({ where: { id: draft.planId }, include: { answers: true } })).toEqual(v1);
    const editor = await getOwnWrittenPlanEditor(provider, procedureId, prinsenhof.id, writing);
    expect(editor.head).toMatchObject({ version: 2, status: "SUBMITTED" });
    expect(editor.head?.answers[topics[0]!.id]).toContain("Herziene aanpak");
    expect(editor.submittedVersions.map((v) => [v.version, v.receiptNumber])).toEqual([[2, second.receipt.number], [1, first.receipt.number]]);
    expect(await db.auditEvent.count({ where: { action: "writtenPlan.submit" } })).toBe(2);
  });

  it("returns the original receipt for a retried submit, and refuses an editor based on an outdated version", async () => {
    const input = { schoolId: prinsenhof.id, basedOnPlanId: "", answers: await planAnswers(procedureId), attachmentId: "" };
    const idempotencyKey = key();
    const first = await submitWrittenPlan({ actor: provider, procedureId, now: writing, idempotencyKey, input });
    const retry = await submitWrittenPlan({ actor: provider, procedureId, now: writing, idempotencyKey, input });
    expect(retry).toMatchObject({ replayed: true, receipt: { number: first.receipt.number } });
    await expect(saveWrittenPlanDraft({ actor: provider, procedureId, now: writing, input })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.writtenPlan.count()).toBe(1);
  });

  it("refuses an incomplete plan or a topic over its limit with field errors, and keeps the draft", async () => {
    const topics = await listTopicRows(procedureId);
    const answers = await planAnswers(procedureId);
    delete answers[topics[1]!.id];
    answers[topics[2]!.id] = { body: Array.from({ length: topics[2]!.wordLimit + 1 }, () => "woord").join(" ") };
    const draft = await saveWrittenPlanDraft({ actor: provider, procedureId, now: writing, input: { schoolId: prinsenhof.id, basedOnPlanId: "", answers, attachmentId: "" } });
    const attempt = submitWrittenPlan({ actor: provider, procedureId, now: writing, idempotencyKey: key(), input: { schoolId: prinsenhof.id, basedOnPlanId: draft.planId, answers, attachmentId: "" } });
    await expect(attempt).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: {
        [`answers.${topics[1]!.id}.body`]: `Vul onderwerp 2 (${topics[1]!.title}) in.`,
        [`answers.${topics[2]!.id}.body`]: `${topics[2]!.wordLimit + 1} van ${topics[2]!.wordLimit} woorden: 1 woord te veel. Kort de tekst in.`,
      },
    });
    expect(await db.writtenPlan.findUniqueOrThrow({ where: { id: draft.planId } })).toMatchObject({ status: "DRAFT" });
    expect(await db.writtenPlanAnswer.count({ where: { writtenPlanId: draft.planId } })).toBe(6);
    expect(await db.receipt.count()).toBe(0);
  });

  it("accepts a submit in the last second and refuses one a second later, keeping the draft", async () => {
    await submitPlan(provider, prinsenhof.id, lastSecond);
    const vuurtoren = await schoolNamed("SBO De Vuurtoren");
    const draft = await saveWrittenPlanDraft({ actor: provider, procedureId, now: lastSecond, input: { schoolId: vuurtoren.id, basedOnPlanId: "", answers: await planAnswers(procedureId), attachmentId: "" } });
    const late = { schoolId: vuurtoren.id, basedOnPlanId: draft.planId, answers: await planAnswers(procedureId), attachmentId: "" };
    await expect(submitWrittenPlan({ actor: provider, procedureId, now: closed, idempotencyKey: key(), input: late })).rejects.toMatchObject({
      code: "PHASE_CLOSED",
      message: expect.stringContaining("31 oktober 2025 23:59"),
    });
    await expect(saveWrittenPlanDraft({ actor: provider, procedureId, now: closed, input: late })).rejects.toMatchObject({ code: "PHASE_CLOSED" });
    expect(await db.writtenPlan.findUniqueOrThrow({ where: { id: draft.planId } })).toMatchObject({ status: "DRAFT" });
    expect(await db.receipt.count()).toBe(1);
  });

  it("refuses a provider that is not admitted for the school's cluster, also after a not-admitted decision or for another cluster", async () => {
    await expect(submitPlan(provider2, prinsenhof.id)).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining(`niet toegelaten voor ${prinsenhof.cluster.name}`) });
    await decideAdmission(procedureId, provider2.organisationId, prinsenhof.clusterId, "NOT_ADMITTED");
    await expect(submitPlan(provider2, prinsenhof.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const keerkring = await schoolNamed("Keerkring SO cluster 3");
    await expect(submitPlan(provider, keerkring.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveWrittenPlanDraft({ actor: provider, procedureId, now: writing, input: { schoolId: keerkring.id, basedOnPlanId: "", answers: {}, attachmentId: "" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.writtenPlan.count()).toBe(0);
  });

  it("seals plan and attachment: school and staff only after the close (the school with a declaration), another provider never", async () => {
    const attachment = await uploadDocument({ actor: provider, fileName: "plan.pdf", bytes: pdf, now: writing });
    await submitPlan(provider, prinsenhof.id, writing, { attachmentId: attachment.id });
    const staff = await actorFor(demoAccounts.staff.email);
    const school = await actorFor(demoAccounts.school.email);
    await assignEvaluator({ actor: school, procedureId, input: { schoolId: prinsenhof.id, userId: school.userId }, now: writing });

    for (const reader of [staff, school]) {
      await expect(getPlanForReader(reader, procedureId, prinsenhof.id, provider.organisationId, lastSecond)).rejects.toMatchObject({
        code: "PHASE_CLOSED", message: expect.stringContaining("verzegeld"),
      });
      await expect(readDocumentForActor(reader, attachment.id, lastSecond)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(declareNoConflict({ actor: school, procedureId, input: { schoolId: prinsenhof.id }, now: lastSecond })).rejects.toMatchObject({ code: "PHASE_CLOSED" });

    // After the close: staff at once; the school's evaluator only after declaring no conflict of interest.
    const staffView = await getPlanForReader(staff, procedureId, prinsenhof.id, provider.organisationId, closed);
    expect(Object.values(staffView.plan.answers)).toHaveLength(7);
    expect((await readDocumentForActor(staff, attachment.id, closed)).document.id).toBe(attachment.id);
    await expect(getPlanForReader(school, procedureId, prinsenhof.id, provider.organisationId, closed)).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("belangenverstrengeling") });
    await expect(readDocumentForActor(school, attachment.id, closed)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await declareNoConflict({ actor: school, procedureId, input: { schoolId: prinsenhof.id }, now: closed });
    expect((await getPlanForReader(school, procedureId, prinsenhof.id, provider.organisationId, closed)).plan.provider.name).toBe("Jeugdhulp De Brug");
    expect((await readDocumentForActor(school, attachment.id, closed)).document.id).toBe(attachment.id);

    // Another school's user, and another provider, never.
    const school2 = await actorFor(demoAccounts.school2.email);
    await expect(getPlanForReader(school2, procedureId, prinsenhof.id, provider.organisationId, closed)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(readDocumentForActor(school2, attachment.id, closed)).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const now of [writing, closed]) {
      await expect(getPlanForReader(provider2, procedureId, prinsenhof.id, provider.organisationId, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(readDocumentForActor(provider2, attachment.id, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await decideAdmission(procedureId, provider2.organisationId, prinsenhof.clusterId, "ADMITTED");
    expect((await getOwnWrittenPlanEditor(provider2, procedureId, prinsenhof.id, writing)).head).toBeNull();
  });

  it("never opens a plan or its attachment to a municipality, the council or an anonymous visitor, before or after the close", async () => {
    const attachment = await uploadDocument({ actor: provider, fileName: "plan.pdf", bytes: pdf, now: writing });
    await submitPlan(provider, prinsenhof.id, writing, { attachmentId: attachment.id });
    const municipality = await actorFor(demoAccounts.municipality.email);
    const council = await actorFor(demoAccounts.council.email);
    for (const now of [writing, lastSecond, closed]) {
      for (const reader of [municipality, council]) {
        await expect(getPlanForReader(reader, procedureId, prinsenhof.id, provider.organisationId, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
        await expect(readDocumentForActor(reader, attachment.id, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
      }
      await expect(getPlanForReader(null, procedureId, prinsenhof.id, provider.organisationId, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
      // readDocumentForActor takes a signed-in actor (the download route answers 401 first); its written-plan gate refuses null.
      expect(await mayReadWrittenPlanDocument(null, attachment.id, now)).toBe(false);
    }
    // The same attachment does open for staff after the close: the refusals above are not a broken fixture.
    expect((await readDocumentForActor(await actorFor(demoAccounts.staff.email), attachment.id, closed)).document.id).toBe(attachment.id);
  });
});
