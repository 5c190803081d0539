import Link from "next/link";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/domain/actor";
import { isDomainError } from "@/lib/domain/errors";
import { getNow } from "@/lib/server/clock";
import { getPlanPage } from "@/lib/server/queries/plan";
import { getCurrentProcedure, listMilestones } from "@/lib/server/queries/procedure";
import { PlanPageContent } from "./plan-page-content";

/** Loads and shows one school's plan for the actor; a school the actor is no party of is 404. */
export async function PlanDetail({ actor, schoolId, backHref, backLabel }: { actor: Actor; schoolId: string; backHref: string; backLabel: string }) {
  const procedure = await getCurrentProcedure();
  const now = await getNow();
  const [view, milestones] = await Promise.all([
    getPlanPage(actor, procedure.id, schoolId.slice(0, 40), now).catch((error: unknown) => {
      if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    listMilestones(procedure.id),
  ]);
  return <PlanPageContent view={view} actor={actor} milestones={milestones} now={now} back={<p><Link href={backHref}>{backLabel}</Link></p>} />;
}
