import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { db } from "@/lib/server/db";
import { saveWrittenPlanDraft, submitWrittenPlan } from "@/lib/server/services/written-plan";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";
import { actorFor, createSchoolUser, decideAdmission, key, planAnswers, schoolNamed, writing } from "./support/selection";

// Guards the database keeps on its own, whatever the services' locks do:
// a direct insert of a duplicate is refused with a unique violation (P2002).

const UNIQUE_VIOLATION = { code: "P2002" };

let procedureId: string;
let provider: Actor;
let provider2: Actor;
let prinsenhofId: string;
let vuurtorenId: string;

beforeEach(async () => {
  await resetDatabase();
  procedureId = (await seedDatabase(db, { demo: true, now: writing })).procedureId;
  provider = await actorFor(demoAccounts.provider.email);
  provider2 = await actorFor(demoAccounts.provider2.email);
  const prinsenhof = await schoolNamed("SBO Prinsenhof");
  prinsenhofId = prinsenhof.id;
  vuurtorenId = (await schoolNamed("SBO De Vuurtoren")).id;
  await decideAdmission(procedureId, provider.organisationId, prinsenhof.clusterId, "ADMITTED");
});

describe("WrittenPlan: one row per version of a provider's plan for a school", () => {
  const plan = (organisationId: string, schoolId: string, version: number) =>
    db.writtenPlan.create({ data: { procedureId, schoolId, organisationId, version } });

  it("refuses a second row with the same school, provider and version", async () => {
    await plan(provider.organisationId, prinsenhofId, 1);
    await expect(plan(provider.organisationId, prinsenhofId, 1)).rejects.toMatchObject(UNIQUE_VIOLATION);
    // Another version, another provider or another school is a different row.
    await plan(provider.organisationId, prinsenhofId, 2);
    await plan(provider2.organisationId, prinsenhofId, 1);
    await plan(provider.organisationId, vuurtorenId, 1);
    expect(await db.writtenPlan.count()).toBe(4);
  });

  it("fits what the service does: a draft becomes the submitted row of its version, the next save is the next version", async () => {
    const input = { schoolId: prinsenhofId, answers: await planAnswers(procedureId), attachmentId: "" };
    const draft = await saveWrittenPlanDraft({ actor: provider, procedureId, now: writing, input: { ...input, basedOnPlanId: "" } });
    await submitWrittenPlan({ actor: provider, procedureId, now: writing, idempotencyKey: key(), input: { ...input, basedOnPlanId: draft.planId } });
    const next = await saveWrittenPlanDraft({ actor: provider, procedureId, now: writing, input: { ...input, basedOnPlanId: draft.planId } });
    await submitWrittenPlan({ actor: provider, procedureId, now: writing, idempotencyKey: key(), input: { ...input, basedOnPlanId: next.planId } });
    const rows = await db.writtenPlan.findMany({ where: { schoolId: prinsenhofId }, orderBy: { version: "asc" } });
    expect(rows.map((r) => [r.id, r.version, r.status])).toEqual([[draft.planId, 1, "SUBMITTED"], [next.planId, 2, "SUBMITTED"]]);
  });
});

describe("ScoreSheet: one sheet per kind, school and candidate when there is no evaluator", () => {
  const sheet = (kind: "INDIVIDUAL" | "CONSENSUS" | "INTERVIEW", providerOrganisationId: string, evaluatorId: string | null = null, schoolId = prinsenhofId) =>
    db.scoreSheet.create({ data: { kind, schoolId, providerOrganisationId, evaluatorId } });

  it("refuses a second CONSENSUS sheet for the same school and provider (the unique key alone let NULL evaluators through)", async () => {
    await sheet("CONSENSUS", provider.organisationId);
    await expect(sheet("CONSENSUS", provider.organisationId)).rejects.toMatchObject(UNIQUE_VIOLATION);
    await sheet("CONSENSUS", provider2.organisationId);
    await sheet("CONSENSUS", provider.organisationId, null, vuurtorenId);
    expect(await db.scoreSheet.count({ where: { kind: "CONSENSUS" } })).toBe(3);
  });

  it("refuses a second INTERVIEW sheet for the same school and provider; a CONSENSUS and an INTERVIEW sheet may coexist", async () => {
    await sheet("CONSENSUS", provider.organisationId);
    await sheet("INTERVIEW", provider.organisationId);
    await expect(sheet("INTERVIEW", provider.organisationId)).rejects.toMatchObject(UNIQUE_VIOLATION);
    expect(await db.scoreSheet.count()).toBe(2);
  });

  it("leaves INDIVIDUAL sheets to the unique key: one per evaluator, several evaluators per candidate", async () => {
    const school = await actorFor(demoAccounts.school.email);
    const colleague = await createSchoolUser(school.organisationId, "zorgcoordinator@prinsenhof.example", "Karin de Boer");
    await sheet("INDIVIDUAL", provider.organisationId, school.userId);
    await sheet("INDIVIDUAL", provider.organisationId, colleague.userId);
    await expect(sheet("INDIVIDUAL", provider.organisationId, school.userId)).rejects.toMatchObject(UNIQUE_VIOLATION);
    expect(await db.scoreSheet.count()).toBe(2);
  });
});
