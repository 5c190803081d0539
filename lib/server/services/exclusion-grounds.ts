import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Actor } from "@/lib/domain/actor";
import { duplicateGroundErrors, GROUNDS_FIXED_BY_APPLICATIONS } from "@/lib/domain/admission/exclusion-grounds";
import { DomainError } from "@/lib/domain/errors";
import type { saveExclusionGroundsSchema } from "@/lib/schemas/exclusion-grounds";
import { recordAudit } from "../audit";
import { assertAllowed } from "../authorize";
import { db } from "../db";

// Staff replace the example exclusion grounds by the text of Bijlage 2, add
// or remove grounds, until the admission window opens (policy
// "exclusionGrounds.manage") or an application exists. Audited with the
// texts before and after.

type Input = z.output<typeof saveExclusionGroundsSchema>;

export async function saveExclusionGrounds({ actor, procedureId, input, now }: { actor: Actor; procedureId: string; input: Input; now: Date }) {
  await assertAllowed(actor, "exclusionGrounds.manage", procedureId, now);
  const duplicates = duplicateGroundErrors(input.grounds.map((g) => g.text));
  if (Object.keys(duplicates).length > 0) throw new DomainError("VALIDATION", undefined, duplicates);
  return db.$transaction(async (tx) => {
    // Exclusive on the procedure row, so that two staff members' saves do not interleave.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Procedure" WHERE id = ${procedureId} FOR UPDATE`;
    if (locked.length === 0) throw new DomainError("NOT_FOUND", "Deze procedure bestaat niet.");
    if ((await tx.admissionApplication.count({ where: { procedureId } })) > 0) throw new DomainError("PHASE_CLOSED", GROUNDS_FIXED_BY_APPLICATIONS);

    const existing = await tx.exclusionGround.findMany({ where: { procedureId }, orderBy: { sortOrder: "asc" } });
    const byId = new Map(existing.map((g) => [g.id, g]));
    if (input.grounds.some((g) => g.id !== "" && !byId.has(g.id))) {
      throw new DomainError("CONFLICT", "De uitsluitingsgronden zijn intussen gewijzigd. Laad de pagina opnieuw; uw tekst staat nog in het formulier.");
    }
    const kept = new Set(input.grounds.map((g) => g.id).filter((id) => id !== ""));
    const unchanged = existing.length === input.grounds.length && input.grounds.every((g, i) => g.id === existing[i]!.id && g.text === existing[i]!.text);
    if (unchanged) return { changed: false, grounds: existing.map(({ id, text, isExample }) => ({ id, text, isExample })) };

    await tx.exclusionGround.deleteMany({ where: { procedureId, id: { notIn: [...kept] } } });
    for (const [i, g] of input.grounds.entries()) {
      const before = g.id === "" ? null : byId.get(g.id)!;
      if (before) {
        await tx.exclusionGround.update({ where: { id: before.id }, data: { text: g.text, sortOrder: i + 1, isExample: before.isExample && before.text === g.text } });
      } else {
        await tx.exclusionGround.create({ data: { procedureId, code: `GROND-${randomUUID().slice(0, 8).toUpperCase()}`, text: g.text, sortOrder: i + 1, isExample: false } });
      }
    }
    const after = await tx.exclusionGround.findMany({ where: { procedureId }, orderBy: { sortOrder: "asc" }, select: { id: true, code: true, text: true, isExample: true } });
    await recordAudit(tx, actor, now, {
      action: "procedure.setExclusionGrounds", entityType: "Procedure", entityId: procedureId, procedureId,
      before: { grounds: existing.map((g) => ({ code: g.code, text: g.text })) }, after: { grounds: after.map((g) => ({ code: g.code, text: g.text })) },
    });
    // The saved list, with the ids of new grounds, so that the form edits these from now on.
    return { changed: true, grounds: after.map(({ id, text, isExample }) => ({ id, text, isExample })) };
  });
}
