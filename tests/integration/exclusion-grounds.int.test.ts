import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { GROUNDS_FIXED_BY_APPLICATIONS } from "@/lib/domain/admission/exclusion-grounds";
import { localDateTimeToInstant } from "@/lib/domain/local-time";
import { db } from "@/lib/server/db";
import { getExclusionGroundsEditor } from "@/lib/server/queries/exclusion-grounds";
import { saveExclusionGrounds } from "@/lib/server/services/exclusion-grounds";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";
import { actorFor } from "./support/actors";

// Staff replace the example exclusion grounds by the text of Bijlage 2 until
// the admission window opens (1 September 2025 in the seed) or an application exists.

const beforeOpening = localDateTimeToInstant("2025-08-20T10:00");
const opening = localDateTimeToInstant("2025-09-01T00:00");
const BIJLAGE_2 = "Er is geen onherroepelijke veroordeling zoals bedoeld in artikel 2.86 van de Aanbestedingswet 2012.";
const EXTRA = "De organisatie heeft geen wezenlijke tekortkomingen vertoond bij een eerdere overheidsopdracht.";

let procedureId: string;
let staff: Actor;

const grounds = () => db.exclusionGround.findMany({ where: { procedureId }, orderBy: { sortOrder: "asc" }, select: { id: true, code: true, text: true, isExample: true } });
const save = (input: { grounds: { id: string; text: string }[] }, now = beforeOpening, actor = staff) => saveExclusionGrounds({ actor, procedureId, input, now });

describe("exclusion grounds", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDatabase(db, { demo: true, now: new Date() });
    procedureId = (await db.procedure.findFirstOrThrow()).id;
    staff = await actorFor(demoAccounts.staff.email);
  });

  it("lets staff replace an example text, add and remove grounds before the opening, audited with before and after", async () => {
    const seeded = await grounds();
    expect(seeded.length).toBeGreaterThan(2);
    expect(seeded.every((g) => g.isExample)).toBe(true);
    expect((await getExclusionGroundsEditor(staff, procedureId, beforeOpening)).lockedReason).toBeNull();

    const [first, second, ...rest] = seeded;
    const input = { grounds: [{ id: first!.id, text: BIJLAGE_2 }, ...rest.map((g) => ({ id: g.id, text: g.text })), { id: "", text: EXTRA }] };
    const saved = await save(input);

    const after = await grounds();
    expect(after.map((g) => g.text)).toEqual([BIJLAGE_2, ...rest.map((g) => g.text), EXTRA]);
    expect(after.map((g) => g.isExample)).toEqual([false, ...rest.map(() => true), false]);
    expect(saved).toEqual({ changed: true, grounds: after.map(({ id, text, isExample }) => ({ id, text, isExample })) });
    expect(after.some((g) => g.id === second!.id)).toBe(false);
    expect(after[0]!.code).toBe(first!.code);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "procedure.setExclusionGrounds" } });
    expect(audit).toMatchObject({ actorUserId: staff.userId, before: { grounds: expect.arrayContaining([{ code: second!.code, text: second!.text }]) } });
    expect(JSON.stringify(audit.after)).toContain(BIJLAGE_2);

    // Saving the same list again changes nothing and records nothing.
    await expect(save({ grounds: after.map((g) => ({ id: g.id, text: g.text })) })).resolves.toMatchObject({ changed: false, grounds: after.map(({ id, text }) => ({ id, text })) });
    expect(await db.auditEvent.count({ where: { action: "procedure.setExclusionGrounds" } })).toBe(1);
  });

  it("refuses every change from the opening of the admission window, saying until when it could", async () => {
    const before = await grounds();
    const reason = "Dit kan alleen vóór de opening op 1 september 2025 00:00 CEST (Toelatingsprocedure).";
    expect((await getExclusionGroundsEditor(staff, procedureId, opening)).lockedReason).toBe(reason);
    await expect(save({ grounds: [{ id: before[0]!.id, text: BIJLAGE_2 }] }, opening)).rejects.toMatchObject({ code: "PHASE_CLOSED", message: reason });
    expect(await grounds()).toEqual(before);
  });

  it("refuses every change once an application exists, even before the opening", async () => {
    const provider = await actorFor(demoAccounts.provider.email);
    await db.admissionApplication.create({ data: { procedureId, organisationId: provider.organisationId } });
    const before = await grounds();
    expect((await getExclusionGroundsEditor(staff, procedureId, beforeOpening)).lockedReason).toBe(GROUNDS_FIXED_BY_APPLICATIONS);
    await expect(save({ grounds: [{ id: before[0]!.id, text: BIJLAGE_2 }] })).rejects.toMatchObject({ code: "PHASE_CLOSED", message: GROUNDS_FIXED_BY_APPLICATIONS });
    expect(await grounds()).toEqual(before);
  });

  it("refuses a duplicate text, a ground of another list and a user who is not staff, changing nothing", async () => {
    const before = await grounds();
    await expect(save({ grounds: [{ id: before[0]!.id, text: BIJLAGE_2 }, { id: "", text: BIJLAGE_2.toUpperCase() }] })).rejects.toMatchObject({
      code: "VALIDATION", fieldErrors: { "grounds.1.text": "Deze grond staat al als grond 1." },
    });
    await expect(save({ grounds: [{ id: "cm0000000000000000000000", text: BIJLAGE_2 }] })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(save({ grounds: [{ id: before[0]!.id, text: BIJLAGE_2 }] }, beforeOpening, await actorFor(demoAccounts.provider.email))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await grounds()).toEqual(before);
    expect(await db.auditEvent.count({ where: { action: "procedure.setExclusionGrounds" } })).toBe(0);
  });
});
