import { formatDateTimeWithZone } from "@/lib/domain/format";
import { getClock } from "@/lib/server/clock";
import { isDemoMode } from "@/lib/server/env";

/** Shown on every page in demo mode, so nobody mistakes demo time for real time. */
export async function DemoBanner() {
  if (!isDemoMode()) return null;
  const clock = await getClock();
  return (
    <div className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-950" role="note" aria-label="Demomodus">
      <strong>Demomodus</strong> — alleen voor demonstratie, met voorbeeldgegevens.{" "}
      {clock.simulated ? (
        <>Gesimuleerde datum en tijd: <strong data-testid="simulated-now">{formatDateTimeWithZone(clock.now)}</strong>.</>
      ) : (
        <>De portaalklok loopt gelijk met de echte tijd ({formatDateTimeWithZone(clock.now)}).</>
      )}
    </div>
  );
}
