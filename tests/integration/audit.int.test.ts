import { beforeEach, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { resetDatabase } from "./setup/reset";

describe("audit log", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("records who did what and when, with before and after", async () => {
    const at = new Date("2025-06-01T08:00:00Z");
    await recordAudit(db, { userId: "u1", organisationId: "o1" }, at, {
      action: "milestone.move", entityType: "Milestone", entityId: "m1", before: { closesAt: "a" }, after: { closesAt: "b" },
    });
    const rows = await db.auditEvent.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ at, actorUserId: "u1", action: "milestone.move", before: { closesAt: "a" }, after: { closesAt: "b" } });
  });

  it("refuses to update or delete an audit row", async () => {
    await recordAudit(db, null, new Date(), { action: "x", entityType: "T", entityId: "1" });
    await expect(db.auditEvent.updateMany({ data: { action: "changed" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    expect((await db.auditEvent.findFirstOrThrow()).action).toBe("x");
  });
});
