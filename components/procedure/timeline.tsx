import { Badge } from "@/components/ui/badge";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { currentPhase, lastIncludedMinute, windowState } from "@/lib/domain/timeline";
import type { MilestoneDto } from "@/lib/server/queries/procedure";
import { milestoneDates } from "@/lib/domain/milestone-dates";

const stateLabel = { UPCOMING: "Gepland", OPEN: "Nu open", CLOSED: "Afgerond" } as const;

/** The procedure's milestones in order; the current phase is highlighted and marked for screen readers. */
export function Timeline({ milestones, now }: { milestones: MilestoneDto[]; now: Date }) {
  const phase = currentPhase(milestones, now).milestone;
  // A window that has closed is history, not the current phase: between two
  // phases the next milestone is marked instead.
  const current = phase && (!phase.isWindow || windowState(phase, now) === "OPEN") ? phase : null;
  const next = current ? null : milestones.find((m) => windowState(m, now) === "UPCOMING");
  return (
    <ol className="space-y-2" aria-label="Tijdlijn van de procedure">
      {milestones.map((m) => {
        const isCurrent = current?.key === m.key;
        const state = windowState(m, now);
        return (
          <li
            key={m.id}
            aria-current={isCurrent ? "step" : undefined}
            className={`rounded-md border p-3 ${isCurrent ? "border-brand-600 bg-brand-50 ring-2 ring-brand-600" : "border-slate-200 bg-white"}`}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-semibold">{m.title}</h3>
              <span className="flex items-center gap-2">
                {isCurrent ? <Badge tone="info">Huidige fase</Badge> : null}
                {next?.key === m.key ? <Badge tone="info">Volgende</Badge> : null}
                <Badge tone={state === "OPEN" ? "success" : "neutral"}>{m.isWindow ? stateLabel[state] : state === "CLOSED" ? "Geweest" : "Gepland"}</Badge>
              </span>
            </div>
            <p className="text-sm font-medium text-slate-800">{milestoneDates(m)}</p>
            {m.isWindow && m.closesAt && state === "OPEN" ? (
              <p className="text-sm text-slate-700">Open tot en met {formatDateTimeWithZone(lastIncludedMinute(m.closesAt))}.</p>
            ) : null}
            <p className="mt-1 text-sm text-slate-700">{m.description}</p>
          </li>
        );
      })}
    </ol>
  );
}
