import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Actor } from "@/lib/domain/actor";
import { exactDecimals, parseDecimal } from "@/lib/domain/budget";
import { DomainError } from "@/lib/domain/errors";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { signaturesVoidedByEdit, type SignatoryParty } from "@/lib/domain/plan/signatures";
import { canonicalPlanContent, planContentHash } from "@/lib/domain/plan/versioning";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { savePlanProviderPartSchema, savePlanSchoolPartSchema } from "@/lib/schemas/plan";
import { recordAudit } from "../audit";
import { assertAllowed } from "../authorize";
import { db } from "../db";
import { baseUrl } from "../env";
import { queueMail, type MailMessage } from "../mail";
import {
  assertChoiceFinal,
  budgetOfVersion,
  contractTermsOfVersion,
  currentVersion,
  loadPartyContext,
  loadPlan,
  planCompleteness,
  planContentInput,
  signatoriesOf,
  type LoadedPlan,
  type PlanContext,
} from "./plan-context";

// The plan of approach per school (SPEC §9, issue 8). The school writes its
// part (also before the window opens: "before the summer"); the chosen
// providers write theirs once the choice is final and the window is open.
// A party freezes a complete plan as a version for signing. Any edit that
// changes the content of the current version voids that version and every
// signature on it (mail to those who signed) and, when the plan is still
// complete, freezes the edited content as the next version at once.

type Tx = Prisma.TransactionClient;

/** Where each party finds the plan of a school. */
export function planPath(party: SignatoryParty | "STAFF", schoolId: string): string {
  if (party === "SCHOOL") return `/school/plan-van-aanpak/${schoolId}`;
  if (party === "PROVIDER") return `/aanbieder/plan-van-aanpak/${schoolId}`;
  if (party === "MUNICIPALITY") return `/gemeente/plannen/${schoolId}`;
  return `/beheer/plannen/${schoolId}`;
}

/**
 * A share lock on the procedure row for this transaction, taken before the
 * plan context is read: staff change the terms a version freezes (the
 * maximum number of employees, ./plan-terms) only under an exclusive lock and
 * only while no version exists, so no version is frozen with terms that
 * change at the same moment.
 */
export async function shareLockProcedure(tx: Tx, procedureId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Procedure" WHERE id = ${procedureId} FOR SHARE`;
}

/** The plan row of the school, created when missing, locked for this transaction (edits and signatures never interleave). */
export async function lockPlan(tx: Tx, procedureId: string, schoolId: string): Promise<LoadedPlan> {
  await tx.$executeRaw`INSERT INTO "PlanOfApproach" ("id", "procedureId", "schoolId", "updatedAt") VALUES (${randomUUID()}, ${procedureId}, ${schoolId}, now()) ON CONFLICT ("schoolId") DO NOTHING`;
  await tx.$queryRaw`SELECT id FROM "PlanOfApproach" WHERE "schoolId" = ${schoolId} FOR UPDATE`;
  return (await loadPlan(tx, schoolId))!;
}

function assertEditable(plan: LoadedPlan, knownVersionId: string): void {
  if (plan.status === "FINAL") {
    throw new DomainError("CONFLICT", "Dit plan van aanpak is door alle partijen ondertekend en definitief; het kan niet meer worden gewijzigd.");
  }
  const current = currentVersion(plan);
  if ((current?.id ?? "") !== knownVersionId) {
    throw new DomainError(
      "CONFLICT",
      current
        ? `Het plan is intussen vastgelegd voor ondertekening (versie ${current.number}). Uw wijziging is niet opgeslagen maar staat nog in het formulier: laad de gegevens opnieuw en sla dan bewust op; dat maakt een nieuwe versie.`
        : "De versie die u bewerkte, is intussen vervallen. Uw wijziging is niet opgeslagen maar staat nog in het formulier; sla opnieuw op.",
    );
  }
}

export async function usersOf(tx: Tx, organisationIds: string[]) {
  return tx.user.findMany({ where: { organisationId: { in: organisationIds }, active: true, organisation: { active: true } }, select: { email: true, organisationId: true, role: true } });
}

/** Mails every active user of the parties (provider, school, municipality) about the plan. */
export async function mailParties(tx: Tx, ctx: PlanContext, now: Date, message: (party: SignatoryParty) => { subject: string; text: string }) {
  const parties = signatoriesOf(ctx);
  const users = await usersOf(tx, parties.map((p) => p.organisationId));
  const messages: MailMessage[] = users.flatMap((u) => {
    const party = parties.find((p) => p.organisationId === u.organisationId)?.party;
    return party ? [{ to: u.email, ...message(party) }] : [];
  });
  await queueMail(tx, messages, now);
}

/** Freezes the live content as the next version; the plan goes to SIGNING. */
async function freezeVersion(tx: Tx, ctx: PlanContext, plan: LoadedPlan, now: Date) {
  const budget = ctx.budget!;
  const input = planContentInput(ctx, plan, budget);
  const number = (plan.versions[0]?.number ?? 0) + 1;
  const version = await tx.planVersion.create({
    data: { planId: plan.id, number, contentSha256: planContentHash(input), content: canonicalPlanContent(input) as Prisma.InputJsonValue, frozenAt: now },
  });
  await tx.planOfApproach.update({ where: { id: plan.id }, data: { status: "SIGNING" } });
  return version;
}

/**
 * After an edit: when the live content no longer matches the current version,
 * void that version and its signatures (mail to the signers), then freeze the
 * edited plan as the next version when it is still complete.
 */
async function afterEdit(tx: Tx, actor: Actor, ctx: PlanContext, schoolId: string, now: Date) {
  const plan = (await loadPlan(tx, schoolId))!;
  const current = currentVersion(plan);
  if (!current) return { voidedVersion: null, newVersion: null };
  // Compared with the version's own budget and terms: only an edit of the plan voids it, not a later change of the procedure's data.
  const budget = budgetOfVersion(ctx, current.content) ?? ctx.budget;
  const liveHash = budget ? planContentHash(planContentInput(ctx, plan, budget, contractTermsOfVersion(current.content) ?? undefined)) : "";
  if (liveHash === current.contentSha256) return { voidedVersion: null, newVersion: null };

  const voided = signaturesVoidedByEdit(current.signatures, liveHash);
  const reason = `Gewijzigd door ${actor.name} (${actor.organisationName}) op ${formatDateTimeWithZone(now)}. ` +
    (voided.length > 0 ? "De ondertekeningen van deze versie zijn daardoor vervallen." : "Deze versie was nog niet ondertekend.");
  await tx.planVersion.update({ where: { id: current.id }, data: { voidedAt: now, voidReason: reason } });
  if (voided.length > 0) await tx.planSignature.updateMany({ where: { id: { in: voided.map((s) => s.id) } }, data: { voidedAt: now } });

  const complete = planCompleteness(ctx, plan, ctx.budget).length === 0;
  const next = complete ? await freezeVersion(tx, ctx, plan, now) : null;
  if (!next) await tx.planOfApproach.update({ where: { id: plan.id }, data: { status: "DRAFT" } });

  const signers = await tx.user.findMany({ where: { id: { in: current.signatures.filter((s) => voided.some((v) => v.id === s.id)).map((s) => s.userId) } }, select: { id: true, email: true } });
  await queueMail(tx, current.signatures.filter((s) => voided.some((v) => v.id === s.id)).flatMap((s) => {
    const to = signers.find((u) => u.id === s.userId)?.email;
    return to ? [{
      to,
      subject: `Uw ondertekening van het plan van aanpak van ${ctx.school.name} is vervallen`,
      text:
        `Het plan van aanpak van ${ctx.school.name} is gewijzigd door ${actor.name} (${actor.organisationName}) op ${formatDateTimeWithZone(now)}.\n\n` +
        `U ondertekende versie ${current.number} op ${formatDateTimeWithZone(s.signedAt)} namens ${s.party === "SCHOOL" ? "de school" : s.party === "MUNICIPALITY" ? "de gemeente" : "de aanbieder"}. ` +
        `Die versie geldt niet meer; uw ondertekening is vervallen.\n\n` +
        (next ? `De gewijzigde inhoud is vastgelegd als versie ${next.number} (SHA-256 ${next.contentSha256}). Lees en onderteken die opnieuw:` : "Het plan wordt eerst aangevuld; daarna kunt u de nieuwe versie ondertekenen:") +
        `\n${baseUrl()}${planPath(s.party, schoolId)}`,
    }] : [];
  }), now);
  await recordAudit(tx, actor, now, {
    action: "plan.versionVoided", entityType: "PlanVersion", entityId: current.id, procedureId: ctx.procedure.id,
    before: { number: current.number, contentSha256: current.contentSha256, signatures: voided.length },
    after: { voidReason: reason, newVersion: next?.number ?? null },
  });
  return { voidedVersion: { number: current.number, signaturesVoided: voided.length }, newVersion: next ? { id: next.id, number: next.number, contentSha256: next.contentSha256 } : null };
}

type SchoolPartInput = z.output<typeof savePlanSchoolPartSchema>;

export async function savePlanSchoolPart({ actor, procedureId, input, now }: { actor: Actor; procedureId: string; input: SchoolPartInput; now: Date }) {
  await assertAllowed(actor, "plan.editSchoolPart", procedureId, now);
  return db.$transaction(async (tx) => {
    await shareLockProcedure(tx, procedureId);
    const { ctx, party } = await loadPartyContext(tx, actor, procedureId, input.schoolId, now);
    if (party !== "SCHOOL") throw new DomainError("FORBIDDEN", "Alleen de school vult dit deel van het plan in.");
    const plan = await lockPlan(tx, procedureId, ctx.school.id);
    assertEditable(plan, input.knownVersionId);
    const { schoolId: _s, knownVersionId: _k, ...fields } = input;
    await tx.planOfApproach.update({ where: { id: plan.id }, data: fields });
    await recordAudit(tx, actor, now, { action: "plan.editSchoolPart", entityType: "PlanOfApproach", entityId: plan.id, procedureId });
    const outcome = await afterEdit(tx, actor, ctx, ctx.school.id, now);
    return { planId: plan.id, savedAt: now, ...outcome };
  });
}

type ProviderPartInput = z.output<typeof savePlanProviderPartSchema>;

/** Hours as stored (Decimal(5,2)); an empty field is 0 until filled in. A value that cannot be stored refuses the save, field by field. */
function storableHours(rows: ProviderPartInput["deployments"]): string[] {
  const errors: Record<string, string> = {};
  const values = rows.map((r, i) => {
    if (r.hoursPerWeek.trim() === "") return "0";
    const parsed = parseDecimal(r.hoursPerWeek);
    const decimals = parsed ? exactDecimals(parsed.value) : null;
    if (!parsed || decimals === null || decimals > 2 || parsed.value.num >= 1000n * parsed.value.den || parsed.value.num <= -1000n * parsed.value.den) {
      errors[`deployments.${i}.hoursPerWeek`] = "Vul het aantal uren per week in als getal, bijvoorbeeld 16 of 7,5.";
      return "0";
    }
    return r.hoursPerWeek.trim().replace(",", ".");
  });
  if (Object.keys(errors).length > 0) {
    throw new DomainError("VALIDATION", "Het concept is niet opgeslagen: controleer de uren per week. Uw invoer staat nog in het formulier.", errors);
  }
  return values;
}

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

export async function savePlanProviderPart({ actor, procedureId, input, now }: { actor: Actor; procedureId: string; input: ProviderPartInput; now: Date }) {
  await assertAllowed(actor, "plan.editProviderPart", procedureId, now);
  const hours = storableHours(input.deployments);
  return db.$transaction(async (tx) => {
    await shareLockProcedure(tx, procedureId);
    const { ctx } = await loadPartyContext(tx, actor, procedureId, input.schoolId, now);
    if (actor.role !== "PROVIDER") throw new DomainError("FORBIDDEN");
    assertChoiceFinal(ctx);
    const plan = await lockPlan(tx, procedureId, ctx.school.id);
    assertEditable(plan, input.knownVersionId);
    const org = actor.organisationId;

    // Rows keep their ids (canonical content includes them): update, create, delete only the own rows.
    const own = new Map(plan.deployments.filter((d) => d.providerOrganisationId === org).map((d) => [d.id, d]));
    const taken = input.deployments.filter((r) => !own.has(r.id)).map((r) => r.id);
    if (taken.length > 0 && (await tx.planDeployment.count({ where: { id: { in: taken } } })) > 0) {
      throw new DomainError("CONFLICT", "De inzettabel is intussen gewijzigd. Laad de pagina opnieuw.");
    }
    const providerIndex = Math.max(0, ctx.providers.findIndex((p) => p.organisationId === org));
    await tx.planDeployment.deleteMany({ where: { planId: plan.id, providerOrganisationId: org, id: { notIn: input.deployments.map((r) => r.id) } } });
    for (const [i, r] of input.deployments.entries()) {
      const data = {
        personName: orNull(r.personName), role: r.role.trim(), educationLevel: r.educationLevel, skjNumber: orNull(r.skjNumber),
        supervisorName: r.educationLevel === "MBO_SUPERVISED" ? orNull(r.supervisorName) : null,
        supervisorSkjNumber: r.educationLevel === "MBO_SUPERVISED" ? orNull(r.supervisorSkjNumber) : null,
        hoursPerWeek: hours[i]!, sortOrder: providerIndex * 100 + i,
      };
      if (own.has(r.id)) await tx.planDeployment.update({ where: { id: r.id }, data });
      else await tx.planDeployment.create({ data: { ...data, id: r.id, planId: plan.id, providerOrganisationId: org } });
    }
    for (const topic of ctx.topics) {
      const body = input.approaches[topic.id];
      if (body === undefined) continue;
      await tx.planTopicApproach.upsert({
        where: { planId_topicId_providerOrganisationId: { planId: plan.id, topicId: topic.id, providerOrganisationId: org } },
        create: { planId: plan.id, topicId: topic.id, providerOrganisationId: org, body },
        update: { body },
      });
    }
    // The agreements are shared by the chosen providers: only the texts sent (changed by this editor) are written.
    await tx.planOfApproach.update({
      where: { id: plan.id },
      data: { behaviouralScientist: input.behaviouralScientist, replacementArrangement: input.replacementArrangement, staffContinuity: input.staffContinuity },
    });
    await recordAudit(tx, actor, now, { action: "plan.editProviderPart", entityType: "PlanOfApproach", entityId: plan.id, procedureId, after: { deployments: input.deployments.length } });
    const outcome = await afterEdit(tx, actor, ctx, ctx.school.id, now);
    return { planId: plan.id, savedAt: now, ...outcome };
  });
}

/**
 * A party (school or chosen provider) freezes the complete plan for signing.
 * Refused with the list of what is missing, e.g. a deployment over the fixed
 * annual amount ("… € 1.234,56 boven het vaste jaarbedrag …"). Freezing again
 * without a change returns the current version.
 */
export async function freezePlan({ actor, procedureId, schoolId, now }: { actor: Actor; procedureId: string; schoolId: string; now: Date }) {
  await assertAllowed(actor, "plan.sign", procedureId, now);
  return db.$transaction(async (tx) => {
    await shareLockProcedure(tx, procedureId);
    const { ctx, party } = await loadPartyContext(tx, actor, procedureId, schoolId, now);
    if (party === "MUNICIPALITY") throw new DomainError("FORBIDDEN", "De school of de aanbieder legt het plan vast voor ondertekening.");
    assertChoiceFinal(ctx);
    const plan = await lockPlan(tx, procedureId, ctx.school.id);
    if (plan.status === "FINAL") throw new DomainError("CONFLICT", "Dit plan van aanpak is al definitief.");
    const existing = currentVersion(plan);
    if (existing) return { version: existing, created: false };
    const missing = planCompleteness(ctx, plan, ctx.budget);
    if (missing.length > 0) {
      throw new DomainError("VALIDATION", `Het plan kan nog niet worden vastgelegd voor ondertekening. Nog nodig:\n- ${missing.join("\n- ")}`);
    }
    const version = await freezeVersion(tx, ctx, plan, now);
    await recordAudit(tx, actor, now, { action: "plan.freeze", entityType: "PlanVersion", entityId: version.id, procedureId, after: { number: version.number, contentSha256: version.contentSha256 } });
    await mailParties(tx, ctx, now, (p) => ({
      subject: `Plan van aanpak van ${ctx.school.name} klaar voor ondertekening`,
      text:
        `${actor.name} (${actor.organisationName}) heeft het plan van aanpak van ${ctx.school.name} vastgelegd als versie ${version.number} ` +
        `(SHA-256 ${version.contentSha256}).\n\nLees het plan en onderteken het namens uw organisatie:\n${baseUrl()}${planPath(p, ctx.school.id)}`,
    }));
    return { version, created: true };
  });
}
