import { Alert } from "@/components/ui/alert";
import type { Role } from "@/lib/domain/actor";
import { authorizeAt } from "@/lib/domain/authorization";
import { timeRemaining } from "@/lib/domain/countdown";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { POLICY, windowOf, type Action } from "@/lib/domain/policy";
import { lastIncludedMinute, type Milestone } from "@/lib/domain/timeline";

/** Whether an action's window is open now (server time), with its end; or the Dutch reason it is not. */
export function WindowNotice({ role, action, milestones, now, openText }: {
  role: Role;
  action: Action;
  milestones: readonly Milestone[];
  now: Date;
  /** What the user can do while it is open. */
  openText: string;
}) {
  const decision = authorizeAt(role, action, milestones, now);
  const milestone = milestones.find((m) => m.key === windowOf(action));
  if (!decision.allowed) return <Alert tone="warning">{decision.message}</Alert>;
  return (
    <Alert tone="info">
      {milestone?.title ?? POLICY[action].description}: open
      {milestone?.closesAt ? (
        <>
          {" "}tot en met <strong>{formatDateTimeWithZone(lastIncludedMinute(milestone.closesAt))}</strong> ({timeRemaining(now, milestone.closesAt)})
        </>
      ) : null}
      . {openText}
    </Alert>
  );
}
