import "server-only";
import { verifyDraw, type DrawRecord } from "@/lib/domain/selection/draw";
import type { JsonValue } from "@/lib/domain/receipts";
import { ownTieView, type OwnTieView } from "@/lib/domain/selection/tie-view";
import { db } from "../db";

// The recorded tie resolutions at the invitation cut-off (decision 0013).
// Staff and the school itself see the full record: participants by name and
// id, every ticket, the reason. A provider in the tie sees only its own view
// (lib/domain/selection/tie-view.ts): the seed, its own id and ticket and the
// tickets in draw order, never the other participants. Callers check who may
// read which school.

/** The full tie records of a school, oldest first, with the names of the participants. */
export async function listTieRecords(schoolId: string) {
  const ties = await db.tieResolution.findMany({ where: { schoolId }, orderBy: { decidedAt: "asc" } });
  const ids = [...new Set(ties.flatMap((t) => (Array.isArray(t.participants) ? t.participants.filter((p): p is string => typeof p === "string") : [])))];
  const [organisations, deciders] = await Promise.all([
    db.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    db.user.findMany({ where: { id: { in: ties.map((t) => t.decidedById) } }, select: { id: true, name: true } }),
  ]);
  const deciderOf = new Map(deciders.map((u) => [u.id, u.name]));
  return {
    names: new Map(organisations.map((o) => [o.id, o.name])),
    ties: ties.map((t) => ({
      id: t.id, method: t.method, reason: t.reason, seed: t.seed, decidedAt: t.decidedAt, decidedBy: deciderOf.get(t.decidedById) ?? "",
      participants: t.participants as JsonValue, outcome: t.outcome as JsonValue,
      /** Re-running the draw with the recorded seed and participants gives the recorded outcome. */
      verified: t.method === "DRAW" && t.seed ? verifyDraw(t.seed, { participants: t.participants, outcome: t.outcome } as DrawRecord) : null,
    })),
  };
}

/** The provider's own view of the tie at a school's cut-off; null when it was not in a tie there. */
export async function findOwnTie(schoolId: string, providerId: string): Promise<OwnTieView | null> {
  const ties = await db.tieResolution.findMany({ where: { schoolId }, orderBy: { decidedAt: "asc" } });
  for (const tie of ties) {
    const view = ownTieView(tie, providerId);
    if (view) return view;
  }
  return null;
}
