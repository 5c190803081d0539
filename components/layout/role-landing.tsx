import Link from "next/link";
import type { ReactNode } from "react";
import { CurrentPhaseSummary } from "@/components/procedure/current-phase-summary";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ROLE_LABELS, type Actor } from "@/lib/domain/actor";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { tasksFor } from "@/lib/domain/guidance";
import { lastIncludedMinute } from "@/lib/domain/timeline";
import { getNow } from "@/lib/server/clock";
import { getCurrentProcedure, listMilestones } from "@/lib/server/queries/procedure";
import { PUBLIC_PAGES, ROLE_PAGES, TASK_LINKS } from "./role-nav";

/** The landing page of every role: who you are, where the procedure stands, and what it asks of you now. */
export async function RoleLanding({ actor, children }: { actor: Actor; children?: ReactNode }) {
  const procedure = await getCurrentProcedure();
  const [now, milestones] = await Promise.all([getNow(), listMilestones(procedure.id)]);
  const tasks = tasksFor(actor.role, milestones, now);
  const current = tasks.filter((t) => t.status === "NOW");
  const later = tasks.filter((t) => t.status === "LATER");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Welkom, {actor.name}</h1>
        <p className="mt-1 text-slate-700">
          {ROLE_LABELS[actor.role]} bij <strong>{actor.organisationName}</strong> · {actor.email}
        </p>
      </div>

      <Card title="Wat moet ik nu doen?">
        {current.length === 0 ? (
          <p>Er staat op dit moment niets voor u open in de procedure.</p>
        ) : (
          <ul className="space-y-2">
            {current.map((t) => (
              <li key={t.action} className="flex flex-wrap items-baseline gap-2">
                <Badge tone="success">Nu</Badge>
                {TASK_LINKS[t.action]?.[actor.role] ? (
                  <Link href={TASK_LINKS[t.action]?.[actor.role] ?? "/"} className="font-medium">{t.description}</Link>
                ) : (
                  <span className="font-medium">{t.description}</span>
                )}
                <span className="text-sm text-slate-700">
                  {t.until ? <>— kan tot en met {formatDateTimeWithZone(lastIncludedMinute(t.until))}</> : <>— {t.milestone.title}</>}
                </span>
              </li>
            ))}
          </ul>
        )}
        {later.length > 0 ? (
          <>
            <h3 className="mt-4 font-semibold">Hierna</h3>
            <ul className="mt-2 space-y-1 text-sm">
              {later.map((t) => (
                <li key={t.action}>
                  {t.description} — vanaf {formatDateTimeWithZone(t.from)} ({t.milestone.title})
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Card>

      <CurrentPhaseSummary milestones={milestones} now={now} />
      <Card title="Snel naar">
        <ul className="grid gap-2 sm:grid-cols-2">
          {[...ROLE_PAGES[actor.role], ...PUBLIC_PAGES].map((p) => (
            <li key={p.href}><Link href={p.href}>{p.label}</Link></li>
          ))}
        </ul>
      </Card>
      {children}
    </div>
  );
}
