import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { getNow } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { resetDemoClock, setDemoClock } from "@/lib/server/services/demo-clock";
import { seedDatabase } from "@/prisma/seed/index";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { resetDatabase } from "./setup/reset";

let staff: Actor;
const originalDemo = process.env.PORTAL_DEMO;

describe("the demo clock", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDatabase(db, { demo: true, now: new Date() });
    const user = await db.user.findUniqueOrThrow({ where: { email: demoAccounts.staff.email }, include: { organisation: true } });
    staff = { userId: user.id, sessionId: "s", name: user.name, email: user.email, role: "STAFF", organisationId: user.organisationId, organisationName: user.organisation.name };
  });
  afterEach(() => {
    process.env.PORTAL_DEMO = originalDemo;
  });

  it("moves the server's now in demo mode, and time runs on from there", async () => {
    process.env.PORTAL_DEMO = "1";
    const realNow = new Date();
    await setDemoClock({ actor: staff, localDateTime: "2025-06-11T23:59", realNow });
    const now = await getNow();
    const expected = new Date("2025-06-11T21:59:00Z").getTime();
    expect(now.getTime()).toBeGreaterThanOrEqual(expected);
    expect(now.getTime()).toBeLessThan(expected + 60_000);
    expect(await db.auditEvent.count({ where: { action: "demoClock.set", actorUserId: staff.userId } })).toBe(1);
    await resetDemoClock({ actor: staff, realNow: new Date() });
    expect(Math.abs((await getNow()).getTime() - Date.now())).toBeLessThan(5_000);
  });

  it("is refused outside demo mode, and an override left in the database is ignored", async () => {
    process.env.PORTAL_DEMO = "1";
    await setDemoClock({ actor: staff, localDateTime: "2025-06-01T10:00", realNow: new Date() });
    process.env.PORTAL_DEMO = "0";
    await expect(setDemoClock({ actor: staff, localDateTime: "2025-07-01T10:00", realNow: new Date() })).rejects.toMatchObject({ code: "DEMO_ONLY" });
    expect(Math.abs((await getNow()).getTime() - Date.now())).toBeLessThan(5_000);
    expect((await db.demoClock.findFirstOrThrow()).simulatedAt).toEqual(new Date("2025-06-01T08:00:00Z"));
  });

  it("refuses a local time that does not exist (spring-forward gap) and changes nothing", async () => {
    process.env.PORTAL_DEMO = "1";
    await expect(setDemoClock({ actor: staff, localDateTime: "2025-03-30T02:30", realNow: new Date() })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { localDateTime: expect.any(String) },
    });
    expect(await db.demoClock.count()).toBe(0);
  });
});
