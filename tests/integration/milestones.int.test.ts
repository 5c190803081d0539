import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { localDateTimeToInstant, startOfNextLocalDay } from "@/lib/domain/local-time";
import { db } from "@/lib/server/db";
import { updateMilestone } from "@/lib/server/services/milestones";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";

let procedureId: string;
let staff: Actor;
const during = localDateTimeToInstant("2025-06-01T10:00");

async function reactionPeriod() {
  return db.milestone.findUniqueOrThrow({ where: { procedureId_key: { procedureId, key: "REACTION_PERIOD" } } });
}

describe("staff move a milestone", () => {
  beforeEach(async () => {
    await resetDatabase();
    procedureId = (await seedDatabase(db, { demo: true, now: during })).procedureId;
    const u = await db.user.findUniqueOrThrow({ where: { email: demoAccounts.staff.email }, include: { organisation: true } });
    staff = { userId: u.id, sessionId: "s", name: u.name, email: u.email, role: "STAFF", organisationId: u.organisationId, organisationName: u.organisation.name };
  });

  it("extends an open window (an outage extension) with a reason, without confirmation: audited and announced", async () => {
    const m = await reactionPeriod();
    const result = await updateMilestone({ actor: staff, procedureId, milestoneId: m.id, now: during, input: { opensOn: "2025-05-19", lastDay: "2025-06-18", reason: "Storing in het portaal", confirmed: false } });
    expect(result.milestone.closesAt).toEqual(startOfNextLocalDay("2025-06-18"));
    expect(result.notified).toBe(3);
    expect(await db.outboundEmail.count({ where: { subject: { startsWith: "Gewijzigde datum: Reactietermijn" } } })).toBe(3);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "milestone.update", entityId: m.id } });
    expect(audit.before).toMatchObject({ closesAt: startOfNextLocalDay("2025-06-11").toISOString() });
    expect(audit.after).toMatchObject({ closesAt: startOfNextLocalDay("2025-06-18").toISOString(), reason: "Storing in het portaal" });
  });

  it("refuses to shorten an open window without explicit confirmation, and changes nothing", async () => {
    const m = await reactionPeriod();
    await expect(
      updateMilestone({ actor: staff, procedureId, milestoneId: m.id, now: during, input: { opensOn: "2025-05-19", lastDay: "2025-06-05", reason: "Eerder besluit", confirmed: false } }),
    ).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/verkort een termijn die nu open is/), fieldErrors: { confirmed: expect.any(String) } });
    expect((await reactionPeriod()).closesAt).toEqual(m.closesAt);
    expect(await db.outboundEmail.count()).toBe(0);
  });

  it("with confirmation, shortens it and notifies every active user of the organisations that react", async () => {
    const m = await reactionPeriod();
    const result = await updateMilestone({ actor: staff, procedureId, milestoneId: m.id, now: during, input: { opensOn: "2025-05-19", lastDay: "2025-06-05", reason: "Eerder besluit", confirmed: true } });
    const expected = await db.user.count({ where: { active: true, organisation: { kind: { in: ["PROVIDER", "COUNCIL"] } } } });
    expect(result.notified).toBe(expected);
    const mails = await db.outboundEmail.findMany();
    expect(mails.map((x) => x.toAddress).sort()).toEqual([demoAccounts.provider.email, demoAccounts.provider2.email, demoAccounts.council.email].sort());
    expect(mails[0]?.textBody).toMatch(/Was: 19 mei – 11 juni 2025\nNu: 19 mei – 5 juni 2025\n\nReden: Eerder besluit/);
  });

  it("moves a future window silently", async () => {
    const admission = await db.milestone.findUniqueOrThrow({ where: { procedureId_key: { procedureId, key: "ADMISSION" } } });
    const result = await updateMilestone({ actor: staff, procedureId, milestoneId: admission.id, now: during, input: { opensOn: "2025-09-01", lastDay: "2025-10-03", reason: "Sluitingsdatum vastgesteld", confirmed: false } });
    expect(result.notified).toBe(0);
    expect(await db.outboundEmail.count()).toBe(0);
  });

  it("requires a reason, a valid order of dates, and a milestone of this procedure", async () => {
    const m = await reactionPeriod();
    await expect(updateMilestone({ actor: staff, procedureId, milestoneId: m.id, now: during, input: { opensOn: "2025-05-19", lastDay: "2025-06-20", reason: "  ", confirmed: false } })).rejects.toMatchObject({ fieldErrors: { reason: expect.any(String) } });
    await expect(updateMilestone({ actor: staff, procedureId, milestoneId: m.id, now: during, input: { opensOn: "2025-06-30", lastDay: "2025-06-20", reason: "x", confirmed: true } })).rejects.toMatchObject({ fieldErrors: { lastDay: expect.any(String) } });
    await expect(updateMilestone({ actor: staff, procedureId, milestoneId: "foreign", now: during, input: { opensOn: "2025-05-19", lastDay: "2025-06-20", reason: "x", confirmed: true } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await reactionPeriod()).closesAt).toEqual(m.closesAt);
    expect(await db.auditEvent.count({ where: { action: "milestone.update" } })).toBe(0);
  });
});
