import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import { describeDraw, runDraw, toDrawRecord } from "@/lib/domain/selection/draw";
import { explanationProblem } from "@/lib/domain/selection/explanation";
import { applyTieResolution, type TieDecision } from "@/lib/domain/selection/ranking";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DetermineInvitationsInput } from "@/lib/schemas/selection-results";
import { recordAudit } from "../audit";
import { assertAllowed } from "../authorize";
import { db } from "../db";
import { loadSchoolRanking } from "../queries/selection-results";

// Interview invitations per school (SPEC §8): the candidates are ranked by
// their total consensus score; the top Procedure.maxInvitedPerSchool are
// invited. A tie at the cut-off is never resolved silently: staff choose a
// draw in the portal (seed from node:crypto, recorded with the participants
// and the outcome in TieResolution and the audit log, reproducible with
// verifyDraw) or invite all tied providers with a recorded reason. The result
// is fixed once, as InterviewInvitation rows.

const DRAW_REASON = "Loting volgens de vooraf gepubliceerde regel bij gelijke stand op de grens.";

export async function fixInterviewInvitations({ actor, procedureId, input, now }: {
  actor: Actor; procedureId: string; input: DetermineInvitationsInput; now: Date;
}) {
  if (actor.role !== "STAFF") throw new DomainError("FORBIDDEN");
  await assertAllowed(actor, "interview.schedule", procedureId, now);
  const ranking = await loadSchoolRanking(procedureId, input.schoolId);
  const { school, preview } = ranking;
  if (ranking.invitations.length > 0) {
    throw new DomainError("CONFLICT", `De uitnodigingen voor ${school.name} zijn al vastgelegd; zij veranderen niet meer.`);
  }
  if (ranking.candidates.length === 0) {
    throw new DomainError("CONFLICT", `Er zijn voor ${school.name} geen ingediende plannen; er valt niemand uit te nodigen.`);
  }
  if (ranking.missing.length > 0 || !preview) {
    throw new DomainError("CONFLICT", `De rangorde kan pas als de school alle gezamenlijke beoordelingen heeft vastgelegd. Nog niet vastgelegd: ${ranking.missing.join(", ")}.`);
  }

  let decision: TieDecision | null = null;
  let tie: { method: "DRAW" | "INVITE_ALL"; reason: string; seed: string | null; participants: Prisma.InputJsonValue; outcome: Prisma.InputJsonValue; description: string } | null = null;
  if (!preview.needsTieResolution) {
    if (input.tieMethod !== "") throw new DomainError("VALIDATION", "Er is geen gelijke stand op de grens; er valt niets te loten.", { tieMethod: "Er is geen gelijke stand op de grens." });
  } else if (input.tieMethod === "") {
    throw new DomainError("VALIDATION", "Er is een gelijke stand op de grens. Kies: loten in het portaal of alle gelijk geëindigde aanbieders uitnodigen.", {
      tieMethod: "Kies hoe de gelijke stand wordt beslist.",
    });
  } else if (input.tieMethod === "INVITE_ALL") {
    if (explanationProblem(input.reason) !== null) {
      throw new DomainError("VALIDATION", "Leg vast waarom alle gelijk geëindigde aanbieders worden uitgenodigd.", {
        reason: "Geef de reden in ten minste 5 woorden; zij wordt vastgelegd en getoond.",
      });
    }
    decision = { method: "INVITE_ALL" };
    const participants = preview.tiedAtCutoff.map((p) => p.providerId).sort();
    tie = {
      method: "INVITE_ALL", reason: input.reason, seed: null, participants,
      outcome: { invitedIds: participants, openSlots: preview.openSlots },
      description: `Alle ${participants.length} gelijk geëindigde aanbieders uitgenodigd voor ${preview.openSlots} plaats(en). Reden: ${input.reason}`,
    };
  } else {
    // The seed comes from the server's CSPRNG, never from the request.
    const seed = randomBytes(32).toString("hex");
    const draw = runDraw(seed, preview.tiedAtCutoff.map((p) => p.providerId), preview.openSlots);
    const record = toDrawRecord(draw);
    decision = { method: "DRAW", winnerIds: draw.winnerIds };
    tie = {
      method: "DRAW", reason: input.reason || DRAW_REASON, seed, participants: record.participants as Prisma.InputJsonValue,
      outcome: record.outcome as Prisma.InputJsonValue, description: describeDraw(draw, Object.fromEntries(ranking.names)),
    };
  }
  const rows = applyTieResolution(preview, decision);

  try {
    return await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${`invitations:${school.id}`}))) AS l`;
      if ((await tx.interviewInvitation.count({ where: { schoolId: school.id } })) > 0) {
        throw new DomainError("CONFLICT", `De uitnodigingen voor ${school.name} zijn intussen al vastgelegd; zij veranderen niet meer.`);
      }
      let tieId: string | null = null;
      if (tie) {
        const created = await tx.tieResolution.create({
          data: { schoolId: school.id, method: tie.method, reason: tie.reason, seed: tie.seed, participants: tie.participants, outcome: tie.outcome, decidedById: actor.userId, decidedAt: now },
        });
        tieId = created.id;
        // The seed, the participants and the outcome in one audit entry, committed with the invitations.
        await recordAudit(tx, actor, now, {
          action: tie.method === "DRAW" ? "selection.tie.draw" : "selection.tie.inviteAll", entityType: "TieResolution", entityId: created.id, procedureId,
          after: { schoolId: school.id, reason: tie.reason, seed: tie.seed, participants: tie.participants, outcome: tie.outcome, description: tie.description },
        });
      }
      await tx.interviewInvitation.createMany({
        data: rows.map((r) => ({ schoolId: school.id, providerOrganisationId: r.providerId, rank: r.rank, totalScore: r.totalScore, invited: r.invited, createdAt: now })),
      });
      await recordAudit(tx, actor, now, {
        action: "selection.invitations", entityType: "School", entityId: school.id, procedureId,
        after: { maxInvited: ranking.procedure.maxInvitedPerSchool, tieResolutionId: tieId, rows: rows.map((r) => ({ ...r })) },
      });
      return { invited: rows.filter((r) => r.invited).length, notInvited: rows.filter((r) => !r.invited).length, tieResolutionId: tieId };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError("CONFLICT", `De uitnodigingen voor ${school.name} zijn intussen al vastgelegd.`);
    }
    throw error;
  }
}
