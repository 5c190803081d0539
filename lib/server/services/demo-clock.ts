import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { localDateTimeToInstant } from "@/lib/domain/local-time";
import { recordAudit } from "../audit";
import { db } from "../db";
import { isDemoMode } from "../env";

// Demo mode only: staff move the portal's clock to walk through the phases.
// `now` here is the real time of the request (the clock being replaced).

export async function setDemoClock({ actor, localDateTime, realNow }: { actor: Actor; localDateTime: string; realNow: Date }) {
  if (!isDemoMode()) throw new DomainError("DEMO_ONLY");
  let simulatedAt: Date;
  try {
    simulatedAt = localDateTimeToInstant(localDateTime);
  } catch {
    throw new DomainError("VALIDATION", undefined, { localDateTime: "Deze datum en tijd bestaan niet in Europe/Amsterdam." });
  }
  await db.$transaction(async (tx) => {
    const before = await tx.demoClock.findUnique({ where: { id: 1 } });
    await tx.demoClock.upsert({
      where: { id: 1 },
      update: { simulatedAt, setAt: realNow, setById: actor.userId },
      create: { id: 1, simulatedAt, setAt: realNow, setById: actor.userId },
    });
    await recordAudit(tx, actor, realNow, {
      action: "demoClock.set", entityType: "DemoClock", entityId: "1",
      before: before ? { simulatedAt: before.simulatedAt.toISOString() } : undefined,
      after: { simulatedAt: simulatedAt.toISOString() },
    });
  });
  return { simulatedAt, label: formatDateTimeWithZone(simulatedAt) };
}

export async function resetDemoClock({ actor, realNow }: { actor: Actor; realNow: Date }) {
  if (!isDemoMode()) throw new DomainError("DEMO_ONLY");
  await db.$transaction(async (tx) => {
    await tx.demoClock.deleteMany({});
    await recordAudit(tx, actor, realNow, { action: "demoClock.reset", entityType: "DemoClock", entityId: "1" });
  });
}
