import "server-only";
import type { Actor, Role } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import { milestoneDates } from "@/lib/domain/milestone-dates";
import { CONFIRMATION_TEXT, planMilestoneChange, type MilestoneDatesInput } from "@/lib/domain/milestone-change";
import { POLICY } from "@/lib/domain/policy";
import { windowState } from "@/lib/domain/timeline";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { recordAudit } from "../audit";
import { db } from "../db";
import { queueMail } from "../mail";

const KIND_OF_ROLE: Record<Role, OrganisationKind> = {
  STAFF: "SERVICEBUREAU", PROVIDER: "PROVIDER", SCHOOL: "SCHOOL", MUNICIPALITY: "MUNICIPALITY", COUNCIL: "COUNCIL",
};

/** Organisation kinds that act in this milestone's window (from the policy table), staff excluded. */
function affectedKinds(key: string): OrganisationKind[] {
  const roles = Object.values(POLICY).filter((rule) => rule.window === key).flatMap((rule) => [...rule.roles]);
  return [...new Set(roles.filter((r) => r !== "STAFF").map((r) => KIND_OF_ROLE[r]))];
}

export interface UpdateMilestoneInput extends MilestoneDatesInput {
  reason: string;
  /** The user confirmed the warnings (passed date moved, open window shortened, …). */
  confirmed: boolean;
}

/**
 * Staff move a milestone's dates, always with a reason. Changes that affect
 * what people could already rely on need explicit confirmation; those and any
 * change to an open window (such as an outage extension) are announced to
 * every active user of the organisations acting in that window. Audited with
 * before and after.
 */
export async function updateMilestone({ actor, procedureId, milestoneId, input, now }: {
  actor: Actor; procedureId: string; milestoneId: string; input: UpdateMilestoneInput; now: Date;
}) {
  const milestone = await db.milestone.findFirst({ where: { id: milestoneId, procedureId } });
  if (!milestone) throw new DomainError("NOT_FOUND", "Deze mijlpaal bestaat niet.");
  const plan = planMilestoneChange(milestone, input, now);
  if (!plan.ok) throw new DomainError("VALIDATION", undefined, plan.errors);
  if (!plan.changed) throw new DomainError("VALIDATION", "Er is niets gewijzigd.", { opensOn: "Kies een andere datum." });
  if (!input.reason.trim()) throw new DomainError("VALIDATION", undefined, { reason: "Geef een reden voor de wijziging." });
  if (plan.confirmations.length > 0 && !input.confirmed) {
    const text = plan.confirmations.map((c) => CONFIRMATION_TEXT[c]).join(" ");
    throw new DomainError("VALIDATION", `${text} Bevestig de wijziging; de betrokken organisaties krijgen bericht.`, { confirmed: "Bevestig deze wijziging." });
  }

  const before = { opensAt: milestone.opensAt, closesAt: milestone.closesAt };
  const after = { opensAt: plan.opensAt, closesAt: plan.closesAt };
  return db.$transaction(async (tx) => {
    const updated = await tx.milestone.update({ where: { id: milestone.id }, data: after });
    await recordAudit(tx, actor, now, {
      action: "milestone.update", entityType: "Milestone", entityId: milestone.id, procedureId,
      before: { opensAt: before.opensAt.toISOString(), closesAt: before.closesAt?.toISOString() ?? null },
      after: { opensAt: after.opensAt.toISOString(), closesAt: after.closesAt?.toISOString() ?? null, reason: input.reason.trim(), confirmations: plan.confirmations },
    });
    // Announce changes people may have relied on, and every change to a window that is open now.
    let notified = 0;
    if (plan.confirmations.length > 0 || windowState(milestone, now) === "OPEN") {
      const users = await tx.user.findMany({
        where: { active: true, organisation: { active: true, kind: { in: affectedKinds(milestone.key) } } },
        select: { email: true },
      });
      await queueMail(
        tx,
        users.map((u) => ({
          to: u.email,
          subject: `Gewijzigde datum: ${milestone.title}`,
          text: `De datum van "${milestone.title}" is gewijzigd.\n\nWas: ${milestoneDates({ ...milestone, ...before })}\nNu: ${milestoneDates({ ...milestone, ...after })}\n\nReden: ${input.reason.trim()}`,
        })),
        now,
      );
      notified = users.length;
    }
    return { milestone: updated, notified, confirmations: plan.confirmations };
  });
}
