import { Card } from "@/components/ui/card";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { currentPhase, lastIncludedMinute, nextDeadline, windowState, type Milestone } from "@/lib/domain/timeline";
import { milestoneDates } from "@/lib/domain/milestone-dates";

export function CurrentPhaseSummary({ milestones, now }: { milestones: Milestone[]; now: Date }) {
  const phase = currentPhase(milestones, now);
  const deadline = nextDeadline(milestones, now);
  return (
    <Card title="Waar staat de procedure nu?">
      {phase.state === "NOT_STARTED" || !phase.milestone ? (
        <p>De procedure is nog niet begonnen.</p>
      ) : phase.milestone.isWindow && windowState(phase.milestone, now) === "CLOSED" ? (
        <p>
          Afgerond: <strong>{phase.milestone.title}</strong> ({milestoneDates(phase.milestone)})
          {phase.state === "FINISHED" ? ". De procedure is afgerond." : "."}
        </p>
      ) : (
        <p>
          Huidige fase: <strong>{phase.milestone.title}</strong> ({milestoneDates(phase.milestone)})
          {phase.state === "FINISHED" ? ". De procedure is afgerond." : "."}
        </p>
      )}
      {deadline ? (
        <p className="mt-2">
          Volgende termijn: <strong>{deadline.milestone.title}</strong>{" "}
          {deadline.kind === "closes"
            ? <>loopt tot en met {formatDateTimeWithZone(lastIncludedMinute(deadline.at))}</>
            : <>begint op {formatDateTimeWithZone(deadline.at)}</>}
          .
        </p>
      ) : null}
    </Card>
  );
}
