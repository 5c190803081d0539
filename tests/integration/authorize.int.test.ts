import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { localDateTimeToInstant } from "@/lib/domain/local-time";
import { assertAllowed } from "@/lib/server/authorize";
import { db } from "@/lib/server/db";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";

const actor = (role: Actor["role"]): Actor => ({ userId: "u", sessionId: "s", name: "n", email: "e", role, organisationId: "o", organisationName: "O" });

describe("assertAllowed on the seeded Haaglanden timeline", () => {
  let procedureId: string;
  beforeEach(async () => {
    await resetDatabase();
    procedureId = (await seedDatabase(db, { demo: false, adminEmail: "beheer@sbjh.nl", now: new Date() })).procedureId;
  });

  it("accepts an opt-out on day 31 and refuses it on day 32", async () => {
    await expect(assertAllowed(actor("PROVIDER"), "optOut.submit", procedureId, localDateTimeToInstant("2025-08-08T23:59:59"))).resolves.toBeUndefined();
    await expect(assertAllowed(actor("PROVIDER"), "optOut.submit", procedureId, localDateTimeToInstant("2025-08-09T00:00"))).rejects.toMatchObject({
      code: "PHASE_CLOSED",
      message: "De opzegtermijn (31 dagen) is gesloten sinds 8 augustus 2025 23:59 (Europe/Amsterdam).",
    });
  });

  it("follows a milestone that staff moved", async () => {
    const lateJune = localDateTimeToInstant("2025-06-20T12:00");
    await expect(assertAllowed(actor("COUNCIL"), "reaction.submit", procedureId, lateJune)).rejects.toMatchObject({ code: "PHASE_CLOSED" });
    await db.milestone.update({
      where: { procedureId_key: { procedureId, key: "REACTION_PERIOD" } },
      data: { closesAt: localDateTimeToInstant("2025-06-26T00:00") },
    });
    await expect(assertAllowed(actor("COUNCIL"), "reaction.submit", procedureId, lateJune)).resolves.toBeUndefined();
  });

  it("refuses a role outside the table", async () => {
    await expect(assertAllowed(actor("MUNICIPALITY"), "optOut.submit", procedureId, localDateTimeToInstant("2025-07-15T10:00"))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
