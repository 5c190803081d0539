import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { signingStatus, signRefusal, SIGN_REFUSAL_MESSAGES } from "@/lib/domain/plan/signatures";
import type { signPlanSchema } from "@/lib/schemas/plan";
import { recordAudit } from "../audit";
import { assertAllowed } from "../authorize";
import { baseUrl } from "../env";
import { submitWithReceipt } from "../receipts";
import { assertChoiceFinal, currentVersion, loadPartyContext, signatoriesOf } from "./plan-context";
import { lockPlan, mailParties, planPath } from "./plan";

// Signing the plan of approach (SPEC §9 [design]): every chosen provider, the
// school and the municipality where the school stands each sign the exact
// current version, by an authorised user of their own organisation, inside
// the signing window. The client sends the SHA-256 it showed; a version that
// changed in the meantime is refused. The last signature makes the plan FINAL.
// The signer is the logged-in account: its name and e-mail address come from
// the actor (loaded from the database), never from the request; the signer
// types only the function they sign in.

type SignInput = Omit<z.output<typeof signPlanSchema>, "idempotencyKey" | "confirm">;

const PARTY_LABEL = { PROVIDER: "aanbieder", SCHOOL: "school", MUNICIPALITY: "gemeente" } as const;

export async function signPlan({ actor, procedureId, input, idempotencyKey, now }: {
  actor: Actor; procedureId: string; input: SignInput; idempotencyKey: string; now: Date;
}) {
  return submitWithReceipt(actor, idempotencyKey, now, async (tx) => {
    await assertAllowed(actor, "plan.sign", procedureId, now);
    const { ctx, party } = await loadPartyContext(tx, actor, procedureId, input.schoolId, now);
    assertChoiceFinal(ctx);
    const plan = await lockPlan(tx, procedureId, ctx.school.id);
    if (plan.status === "FINAL") throw new DomainError("CONFLICT", "Dit plan van aanpak is al door alle partijen ondertekend en definitief.");
    const current = currentVersion(plan);
    if (!current) {
      throw new DomainError("CONFLICT", "Er is geen versie om te ondertekenen: het plan is gewijzigd of nog niet vastgelegd voor ondertekening. Laad de pagina opnieuw.");
    }
    if (input.contentSha256 !== current.contentSha256) {
      throw new DomainError(
        "CONFLICT",
        `Het plan is gewijzigd nadat u het opende: de versie die u zag (SHA-256 ${input.contentSha256.slice(0, 12)}…) geldt niet meer. ` +
          `Lees versie ${current.number} (SHA-256 ${current.contentSha256.slice(0, 12)}…) en onderteken die. Er is niets ondertekend.`,
      );
    }
    const required = signatoriesOf(ctx);
    const refusal = signRefusal(required, current.signatures, current.contentSha256, { party, organisationId: actor.organisationId });
    if (refusal) throw new DomainError(refusal === "ALREADY_SIGNED" ? "CONFLICT" : "NOT_FOUND", SIGN_REFUSAL_MESSAGES[refusal]);

    const signature = await tx.planSignature.create({
      data: {
        planVersionId: current.id, organisationId: actor.organisationId, party, userId: actor.userId,
        signerName: actor.name, signerEmail: actor.email, signerFunction: input.signerFunction, signedAt: now, contentSha256: current.contentSha256,
      },
    });
    const status = signingStatus(required, [...current.signatures, signature], current.contentSha256);
    if (status.isFinal) await tx.planOfApproach.update({ where: { id: plan.id }, data: { status: "FINAL" } });
    await recordAudit(tx, actor, now, {
      action: "plan.sign", entityType: "PlanSignature", entityId: signature.id, procedureId,
      after: { planVersion: current.number, party, contentSha256: current.contentSha256, final: status.isFinal },
    });
    if (status.isFinal) {
      await recordAudit(tx, actor, now, { action: "plan.final", entityType: "PlanOfApproach", entityId: plan.id, procedureId, after: { version: current.number, contentSha256: current.contentSha256 } });
      await mailParties(tx, ctx, now, (p) => ({
        subject: `Plan van aanpak van ${ctx.school.name} is definitief`,
        text:
          `Alle partijen hebben versie ${current.number} van het plan van aanpak van ${ctx.school.name} ondertekend; ` +
          `de laatste ondertekening was op ${formatDateTimeWithZone(now)}. Het plan is definitief (SHA-256 ${current.contentSha256}).\n\n` +
          `Download het plan als PDF:\n${baseUrl()}${planPath(p, ctx.school.id)}`,
      }));
    }
    return {
      procedureId,
      kind: "SIGNATURE",
      subjectId: signature.id,
      version: current.number,
      content: {
        plan: `Plan van aanpak ${ctx.school.name}`,
        planVersion: current.number,
        planContentSha256: current.contentSha256,
        party: PARTY_LABEL[party],
        signerName: actor.name,
        signerEmail: actor.email,
        signerFunction: input.signerFunction,
      },
    };
  });
}
