import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/domain/actor";
import {
  ADMISSION_OUTCOME_LABELS,
  announcementMailSent,
  checkDecision,
  CLOCK_REWIND_MARGIN_MS,
  isAnnounced,
  isFinal,
  mayChangeAssessment,
  mayReview,
  type AdmissionOutcome,
} from "@/lib/domain/admission/assessment";
import { DomainError } from "@/lib/domain/errors";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { windowOf } from "@/lib/domain/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  assessRequirementSchema,
  confirmDecisionSchema,
  recordDecisionSchema,
  sendBackDecisionSchema,
} from "@/lib/schemas/admission-assessment";
import { recordAudit } from "../audit";
import { assertAllowed } from "../authorize";
import { getNow } from "../clock";
import { db } from "../db";
import { baseUrl, isDemoMode } from "../env";
import { queueMail, type MailMessage } from "../mail";
import { findAnnouncementAt, LATEST_SUBMITTED } from "../queries/admission-assessment";

// Staff assess admission applications after the admission window closed
// (SPEC §7, issue 6): per requirement met or not, then per cluster admitted or
// not with a motivation. "Not admitted" needs a second staff member (four
// eyes), who confirms or sends it back. Until the announcement everything may
// change; from then on final decisions are frozen. At the announcement each
// provider is mailed its final decisions, exactly once; a decision that
// becomes final later is mailed when it does. Every change is audited.

type Tx = Prisma.TransactionClient;

const RESULT_PATH = "/aanbieder/toelating/besluit";

/** Services do not trust their callers: the same schema as the form, with field errors. */
function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
  throw new DomainError("VALIDATION", Object.values(fieldErrors)[0], fieldErrors);
}

/**
 * Locks the cluster of the latest submitted version of an application in this
 * procedure (so that decisions on one cluster are serialised) and loads what
 * the rules need. NOT_FOUND for anything else.
 */
async function lockCluster(tx: Tx, procedureId: string, applicationClusterId: string) {
  // One query after the other: Prisma runs the queries of nested includes concurrently, which a transaction's single connection only queues.
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ApplicationCluster" WHERE id = ${applicationClusterId} FOR UPDATE`;
  const cluster = locked.length === 0 ? null : await tx.applicationCluster.findFirst({
    where: { id: applicationClusterId, application: { procedureId, ...LATEST_SUBMITTED } },
    include: { decision: true },
  });
  if (!cluster) throw new DomainError("NOT_FOUND", "Dit cluster van een ingediende aanvraag bestaat niet (meer). Laad de pagina opnieuw.");
  const requirements = await tx.requirement.findMany({ where: { clusterId: cluster.clusterId }, select: { id: true } });
  const assessments = await tx.requirementAssessment.findMany({ where: { applicationClusterId }, select: { requirementId: true, met: true } });
  const declarations = await tx.applicationDeclaration.findMany({ where: { applicationId: cluster.applicationId }, select: { exclusionGroundId: true, declared: true } });
  return { ...cluster, requirements, assessments, declarations };
}

async function decisionCluster(tx: Tx, procedureId: string, decisionId: string) {
  const decision = await tx.admissionDecision.findUnique({ where: { id: decisionId }, select: { applicationClusterId: true } });
  if (!decision) throw new DomainError("CONFLICT", "Dit besluit is intussen gewijzigd of teruggestuurd. Laad de pagina opnieuw.");
  return lockCluster(tx, procedureId, decision.applicationClusterId);
}

function refuseUnless(check: { allowed: true } | { allowed: false; message: string }, code: "CONFLICT" | "FORBIDDEN" = "CONFLICT"): void {
  if (!check.allowed) throw new DomainError(code, check.message);
}

function decisionAudit(d: { outcome: AdmissionOutcome; motivation: string; decidedById: string; decidedAt: Date; confirmedById: string | null; confirmedAt: Date | null } | null) {
  if (!d) return null;
  return {
    outcome: d.outcome, motivation: d.motivation, decidedById: d.decidedById, decidedAt: d.decidedAt.toISOString(),
    confirmedById: d.confirmedById, confirmedAt: d.confirmedAt?.toISOString() ?? null,
  };
}

// ───────────────────────────── assessment ─────────────────────────────

/** Staff record whether one requirement of a cluster is met, with a note. */
export async function assessRequirement({ actor, procedureId, input, now }: {
  actor: Actor; procedureId: string; input: z.input<typeof assessRequirementSchema>; now: Date;
}) {
  await assertAllowed(actor, "admission.assess", procedureId, now);
  const { applicationClusterId, requirementId, verdict, note } = parse(assessRequirementSchema, input);
  const announcementAt = await findAnnouncementAt(procedureId);
  return db.$transaction(async (tx) => {
    const cluster = await lockCluster(tx, procedureId, applicationClusterId);
    if (!cluster.requirements.some((r) => r.id === requirementId)) {
      throw new DomainError("NOT_FOUND", "Deze eis hoort niet bij dit cluster.");
    }
    refuseUnless(mayChangeAssessment(cluster.decision, announcementAt, now));
    const before = await tx.requirementAssessment.findUnique({ where: { applicationClusterId_requirementId: { applicationClusterId, requirementId } } });
    const data = { met: verdict === "MET", note, assessedById: actor.userId, assessedAt: now };
    const assessment = await tx.requirementAssessment.upsert({
      where: { applicationClusterId_requirementId: { applicationClusterId, requirementId } },
      create: { applicationClusterId, requirementId, ...data },
      update: data,
    });
    await recordAudit(tx, actor, now, {
      action: "admission.assessRequirement", entityType: "RequirementAssessment", entityId: assessment.id, procedureId,
      before: before ? { met: before.met, note: before.note, assessedById: before.assessedById } : undefined,
      after: { applicationClusterId, requirementId, met: assessment.met, note: assessment.note },
    });
    return assessment;
  });
}

/**
 * Staff record (or change) the decision on a cluster. "Admitted" is final at
 * once; "not admitted" waits for a second staff member. A change replaces the
 * decision and any confirmation of the old one.
 */
export async function recordAdmissionDecision({ actor, procedureId, input, now }: {
  actor: Actor; procedureId: string; input: z.input<typeof recordDecisionSchema>; now: Date;
}) {
  await assertAllowed(actor, "admission.assess", procedureId, now);
  const { applicationClusterId, outcome, motivation } = parse(recordDecisionSchema, input);
  const announcementAt = await findAnnouncementAt(procedureId);
  return db.$transaction(async (tx) => {
    const cluster = await lockCluster(tx, procedureId, applicationClusterId);
    refuseUnless(mayChangeAssessment(cluster.decision, announcementAt, now));
    const met = new Map(cluster.assessments.map((a) => [a.requirementId, a.met]));
    const grounds = await tx.exclusionGround.findMany({ where: { procedureId }, select: { id: true } });
    const declared = new Set(cluster.declarations.filter((d) => d.declared).map((d) => d.exclusionGroundId));
    const check = checkDecision(outcome, cluster.requirements.map((r) => ({ met: met.get(r.id) ?? null })), grounds.every((g) => declared.has(g.id)));
    if (!check.allowed) throw new DomainError("VALIDATION", check.message, { outcome: check.message });
    const old = cluster.decision;
    if (old && old.outcome === outcome && old.motivation === motivation) {
      throw new DomainError("VALIDATION", "Er is niets gewijzigd: dit besluit is al zo vastgelegd.", { motivation: "Wijzig de uitkomst of de motivering." });
    }
    if (old) await tx.admissionDecision.delete({ where: { id: old.id } });
    const decision = await tx.admissionDecision.create({ data: { applicationClusterId, outcome, motivation, decidedById: actor.userId, decidedAt: now } });
    await recordAudit(tx, actor, now, {
      action: old ? "admission.changeDecision" : "admission.decide", entityType: "ApplicationCluster", entityId: applicationClusterId, procedureId,
      before: decisionAudit(old) ?? undefined, after: decisionAudit(decision) ?? undefined,
    });
    if (isFinal(decision)) await mailLateFinalDecision(tx, procedureId, applicationClusterId, now, announcementAt);
    return decision;
  });
}

/** A second staff member confirms a "not admitted" decision; it is then final. */
export async function confirmAdmissionDecision({ actor, procedureId, input, now }: {
  actor: Actor; procedureId: string; input: z.input<typeof confirmDecisionSchema>; now: Date;
}) {
  await assertAllowed(actor, "admission.assess", procedureId, now);
  const { decisionId } = parse(confirmDecisionSchema, input);
  const announcementAt = await findAnnouncementAt(procedureId);
  return db.$transaction(async (tx) => {
    const cluster = await decisionCluster(tx, procedureId, decisionId);
    const old = cluster.decision;
    if (!old || old.id !== decisionId) throw new DomainError("CONFLICT", "Dit besluit is intussen gewijzigd. Laad de pagina opnieuw.");
    refuseUnless(mayReview(old, actor.userId, "bevestigen"), old.decidedById === actor.userId ? "FORBIDDEN" : "CONFLICT");
    const decision = await tx.admissionDecision.update({ where: { id: old.id }, data: { confirmedById: actor.userId, confirmedAt: now } });
    await recordAudit(tx, actor, now, {
      action: "admission.confirmDecision", entityType: "ApplicationCluster", entityId: cluster.id, procedureId,
      before: decisionAudit(old) ?? undefined, after: decisionAudit(decision) ?? undefined,
    });
    await mailLateFinalDecision(tx, procedureId, cluster.id, now, announcementAt);
    return decision;
  });
}

/** The second staff member sends a "not admitted" decision back: it is removed, with the reason in the audit log. */
export async function sendBackAdmissionDecision({ actor, procedureId, input, now }: {
  actor: Actor; procedureId: string; input: z.input<typeof sendBackDecisionSchema>; now: Date;
}) {
  await assertAllowed(actor, "admission.assess", procedureId, now);
  const { decisionId, reason } = parse(sendBackDecisionSchema, input);
  return db.$transaction(async (tx) => {
    const cluster = await decisionCluster(tx, procedureId, decisionId);
    const old = cluster.decision;
    if (!old || old.id !== decisionId) throw new DomainError("CONFLICT", "Dit besluit is intussen gewijzigd. Laad de pagina opnieuw.");
    refuseUnless(mayReview(old, actor.userId, "terugsturen"), old.decidedById === actor.userId ? "FORBIDDEN" : "CONFLICT");
    await tx.admissionDecision.delete({ where: { id: old.id } });
    await recordAudit(tx, actor, now, {
      action: "admission.sendBackDecision", entityType: "ApplicationCluster", entityId: cluster.id, procedureId,
      before: decisionAudit(old) ?? undefined, after: { reason },
    });
    return { applicationClusterId: cluster.id };
  });
}

// ───────────────────────────── announcement ─────────────────────────────

function resultLines(rows: { clusterName: string; outcome: AdmissionOutcome | null }[]): string {
  return rows.map((r) => `- ${r.clusterName}: ${r.outcome ? ADMISSION_OUTCOME_LABELS[r.outcome].toLowerCase() : "nog in beoordeling"}`).join("\n");
}

async function providerRecipients(tx: Tx, organisationId: string): Promise<string[]> {
  const users = await tx.user.findMany({ where: { organisationId, active: true, role: "PROVIDER", organisation: { active: true } }, select: { email: true } });
  return users.map((u) => u.email);
}

/**
 * Locks the procedure row and tells whether the announcement e-mail went out.
 * Serialises with announceAdmissionResultsIfDue: a decision that becomes
 * final concurrently is mailed either by the announcement or here, never both
 * or neither.
 */
async function announcementMailed(tx: Tx, procedureId: string, now: Date): Promise<boolean> {
  const rows = await tx.$queryRaw<{ mailedAt: Date | null }[]>`
    SELECT "admissionResultsMailedAt" AS "mailedAt" FROM "Procedure" WHERE id = ${procedureId} FOR UPDATE`;
  return announcementMailSent(rows[0]?.mailedAt ?? null, now, isDemoMode());
}

/** A decision that becomes final after the announcement mail went out is mailed now. */
async function mailLateFinalDecision(tx: Tx, procedureId: string, applicationClusterId: string, now: Date, announcementAt: Date | null) {
  if (!isAnnounced(announcementAt, now) || !(await announcementMailed(tx, procedureId, now))) return;
  const c = await tx.applicationCluster.findUniqueOrThrow({ where: { id: applicationClusterId }, include: { decision: true } });
  if (!c.decision || !isFinal(c.decision)) return;
  const cluster = await tx.cluster.findUniqueOrThrow({ where: { id: c.clusterId }, select: { name: true } });
  const application = await tx.admissionApplication.findUniqueOrThrow({ where: { id: c.applicationId }, select: { organisationId: true } });
  const outcome = ADMISSION_OUTCOME_LABELS[c.decision.outcome].toLowerCase();
  const to = await providerRecipients(tx, application.organisationId);
  await queueMail(tx, to.map((address): MailMessage => ({
    to: address,
    subject: `Besluit over uw aanvraag tot toelating: ${cluster.name}`,
    text: `Het Servicebureau heeft besloten over uw aanvraag tot toelating voor ${cluster.name}: ${outcome}.\n\nDe motivering leest u in het portaal: ${baseUrl()}${RESULT_PATH}`,
  })), now);
}

export interface AnnouncementRun {
  procedureId: string;
  organisations: number;
  messages: number;
}

/**
 * From the announcement milestone on (read from the database: staff may move
 * it), mails every provider with a submitted application its final decisions
 * per cluster — once per procedure, also when called concurrently: the
 * conditional update of Procedure.admissionResultsMailedAt lets exactly one
 * caller through. Called by the background runner and lazily from the result
 * and staff pages (so that the demo clock works too).
 */
export async function announceAdmissionResultsIfDue(now: Date): Promise<AnnouncementRun[]> {
  const key = windowOf("admission.readResult");
  if (!key) return [];
  // Not yet mailed; with a demo clock also when it was set back to before the mailing (see announcementMailSent).
  const notMailed: Prisma.ProcedureWhereInput = {
    OR: [
      { admissionResultsMailedAt: null },
      ...(isDemoMode() ? [{ admissionResultsMailedAt: { gt: new Date(now.getTime() + CLOCK_REWIND_MARGIN_MS) } }] : []),
    ],
  };
  const due = await db.procedure.findMany({
    where: { ...notMailed, milestones: { some: { key, opensAt: { lte: now } } } },
    select: { id: true },
  });
  const runs: AnnouncementRun[] = [];
  for (const { id: procedureId } of due) {
    const run = await db.$transaction(async (tx) => {
      // The conditional update lets exactly one concurrent caller through: the others wait for its row lock, then match nothing.
      const claimed = await tx.procedure.updateMany({ where: { id: procedureId, ...notMailed }, data: { admissionResultsMailedAt: now } });
      if (claimed.count !== 1) return null;
      const applications = await tx.admissionApplication.findMany({
        where: { procedureId, ...LATEST_SUBMITTED },
        select: { id: true, organisationId: true, version: true, submittedAt: true },
        orderBy: { submittedAt: "asc" },
      });
      const names = new Map((await tx.cluster.findMany({ where: { procedureId }, select: { id: true, name: true } })).map((c) => [c.id, c.name]));
      const clusters = await tx.applicationCluster.findMany({
        where: { applicationId: { in: applications.map((a) => a.id) } },
        include: { decision: true },
        orderBy: { cluster: { sortOrder: "asc" } },
      });
      let organisations = 0;
      const messages: MailMessage[] = [];
      for (const application of applications) {
        const rows = clusters
          .filter((c) => c.applicationId === application.id)
          .map((c) => ({ clusterName: names.get(c.clusterId) ?? "", outcome: c.decision && isFinal(c.decision) ? c.decision.outcome : null }));
        if (rows.every((r) => r.outcome === null)) continue;
        organisations++;
        const text =
          `Het Servicebureau maakt vandaag de besluiten over de aanvragen tot toelating bekend. Voor uw aanvraag ` +
          `(versie ${application.version}, ingediend op ${formatDateTimeWithZone(application.submittedAt as Date)}) is besloten:\n\n${resultLines(rows)}\n\n` +
          `De motivering per cluster leest u in het portaal: ${baseUrl()}${RESULT_PATH}` +
          (rows.some((r) => r.outcome === null) ? "\n\nOver een cluster dat nog in beoordeling is, krijgt u bericht zodra het besluit vaststaat." : "");
        for (const to of await providerRecipients(tx, application.organisationId)) {
          messages.push({ to, subject: "Besluit over uw aanvraag tot toelating", text });
        }
      }
      await queueMail(tx, messages, now);
      await recordAudit(tx, null, now, {
        action: "admission.announce", entityType: "Procedure", entityId: procedureId, procedureId,
        after: { applications: applications.length, organisations, messages: messages.length },
      });
      return { procedureId, organisations, messages: messages.length };
    });
    if (run) runs.push(run);
  }
  return runs;
}

/**
 * Checks every `intervalMs` (from instrumentation.ts) whether the announcement
 * is due, with the portal's clock (the demo clock in demo mode). Runs never
 * overlap. Returns a function that stops the runner.
 */
export function startAdmissionAnnouncementRunner(intervalMs = 60_000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const runs = await announceAdmissionResultsIfDue(await getNow());
      for (const r of runs) console.info(`[admission] announcement mailed: ${r.messages} message(s) to ${r.organisations} organisation(s)`);
    } catch (err) {
      console.error(`[admission] announcement run failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
