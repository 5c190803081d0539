import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import { employeeLimitText } from "@/lib/domain/plan/deployment";
import type { setMaxEmployeesPerSchoolSchema } from "@/lib/schemas/plan";
import { recordAudit } from "../audit";
import { assertAllowed } from "../authorize";
import { db } from "../db";

// The contract terms of the plan of approach that staff set (SPEC §9): the
// seeds say "at least 2 and at most x employees"; x is set here. Every plan's
// deployment is checked against it when it is frozen for signing, and every
// version prints and signs it. Once any version has been frozen, it no
// longer changes: the terms parties sign (or are signing) must be the same
// for every school.

export const MAX_EMPLOYEES_LOCKED =
  "Het maximale aantal medewerkers per school kan niet meer worden gewijzigd: er is al een plan van aanpak vastgelegd voor ondertekening, " +
  "met de voorwaarden die toen golden. Voorwaarden die partijen ondertekenen (of al ondertekend hebben), veranderen niet.";

type Input = z.output<typeof setMaxEmployeesPerSchoolSchema>;

/** Sets (or clears, with null) the procedure's maximum number of employees per school; audited. */
export async function setMaxEmployeesPerSchool({ actor, procedureId, input, now }: { actor: Actor; procedureId: string; input: Input; now: Date }) {
  await assertAllowed(actor, "procedure.manage", procedureId, now);
  return db.$transaction(async (tx) => {
    // Exclusive: plan edits and freezes hold a share lock on this row while they read the terms (services/plan.ts shareLockProcedure).
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Procedure" WHERE id = ${procedureId} FOR UPDATE`;
    if (locked.length === 0) throw new DomainError("NOT_FOUND", "Deze procedure bestaat niet.");
    if ((await tx.planVersion.count({ where: { plan: { procedureId } } })) > 0) throw new DomainError("CONFLICT", MAX_EMPLOYEES_LOCKED);
    const procedure = await tx.procedure.findUniqueOrThrow({ where: { id: procedureId }, select: { minEmployeesPerSchool: true, maxEmployeesPerSchool: true } });
    const value = input.maxEmployeesPerSchool;
    if (value !== null && value < procedure.minEmployeesPerSchool) {
      throw new DomainError("VALIDATION", undefined, {
        maxEmployeesPerSchool: `Het maximum mag niet lager zijn dan het minimum van ${procedure.minEmployeesPerSchool} medewerkers.`,
      });
    }
    if (value === procedure.maxEmployeesPerSchool) return { maxEmployeesPerSchool: value, changed: false, text: employeeLimitText(procedure.minEmployeesPerSchool, value) };
    await tx.procedure.update({ where: { id: procedureId }, data: { maxEmployeesPerSchool: value } });
    await recordAudit(tx, actor, now, {
      action: "procedure.setMaxEmployeesPerSchool", entityType: "Procedure", entityId: procedureId, procedureId,
      before: { maxEmployeesPerSchool: procedure.maxEmployeesPerSchool }, after: { maxEmployeesPerSchool: value },
    });
    return { maxEmployeesPerSchool: value, changed: true, text: employeeLimitText(procedure.minEmployeesPerSchool, value) };
  });
}
