import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { contentHash } from "@/lib/domain/receipts";
import { db } from "@/lib/server/db";
import { getReceiptForActor, submitWithReceipt } from "@/lib/server/receipts";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";
import { actorFor } from "./support/actors";

const now = new Date("2025-06-01T08:00:00Z");
let procedureId: string;

/** A question as the example submission. */
function askQuestion(actor: Actor, body: string) {
  return async (tx: Parameters<Parameters<typeof submitWithReceipt>[3]>[0]) => {
    const q = await tx.question.create({ data: { procedureId, organisationId: actor.organisationId, askerId: actor.userId, body, submittedAt: now } });
    return { procedureId, kind: "QUESTION" as const, subjectId: q.id, version: 1, content: { body } };
  };
}

describe("receipts", () => {
  beforeEach(async () => {
    await resetDatabase();
    procedureId = (await seedDatabase(db, { demo: true, now })).procedureId;
  });

  it("issues a numbered receipt with the server time and the SHA-256 of the content", async () => {
    const provider = await actorFor(demoAccounts.provider.email);
    const { receipt, replayed } = await submitWithReceipt(provider, "key-1", now, askQuestion(provider, "Wat is de peildatum?"));
    expect(replayed).toBe(false);
    expect(receipt).toMatchObject({ number: "VRG-2025-000001", receivedAt: now, organisationId: provider.organisationId, submittedById: provider.userId });
    expect(receipt.contentSha256).toBe(contentHash({ body: "Wat is de peildatum?" }));
    const second = await submitWithReceipt(provider, "key-2", now, askQuestion(provider, "Nog een vraag"));
    expect(second.receipt.number).toBe("VRG-2025-000002");
  });

  it("returns the original receipt for a retried submit and does not submit twice", async () => {
    const provider = await actorFor(demoAccounts.provider.email);
    const first = await submitWithReceipt(provider, "same-key", now, askQuestion(provider, "Eén keer"));
    const retry = await submitWithReceipt(provider, "same-key", now, askQuestion(provider, "Eén keer"));
    expect(retry).toEqual({ receipt: first.receipt, replayed: true });
    expect(await db.question.count()).toBe(1);
  });

  it("handles a double click racing in parallel: one submission, one receipt", async () => {
    const provider = await actorFor(demoAccounts.provider.email);
    const results = await Promise.all([1, 2, 3].map(() => submitWithReceipt(provider, "race", now, askQuestion(provider, "Dubbelklik"))));
    expect(new Set(results.map((r) => r.receipt.number)).size).toBe(1);
    expect(await db.question.count()).toBe(1);
    expect(await db.receipt.count()).toBe(1);
  });

  it("rolls back the submission when the receipt cannot be issued", async () => {
    const provider = await actorFor(demoAccounts.provider.email);
    await expect(
      submitWithReceipt(provider, "bad", now, async (tx) => {
        await askQuestion(provider, "Gaat mis")(tx);
        return { procedureId: "no-such-procedure", kind: "QUESTION", subjectId: "x", version: 1, content: {} };
      }),
    ).rejects.toThrow();
    expect(await db.question.count()).toBe(0);
  });

  it("shows a receipt to its own organisation and staff only", async () => {
    const provider = await actorFor(demoAccounts.provider.email);
    const { receipt } = await submitWithReceipt(provider, "k", now, askQuestion(provider, "Vertrouwelijk"));
    await expect(getReceiptForActor(await actorFor(demoAccounts.staff.email), receipt.number)).resolves.toMatchObject({ id: receipt.id });
    await expect(getReceiptForActor(await actorFor(demoAccounts.provider2.email), receipt.number)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getReceiptForActor(await actorFor(demoAccounts.school.email), receipt.number)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps the receipt of a sealed submission from staff until the window has closed", async () => {
    const provider = await actorFor(demoAccounts.provider.email);
    const staff = await actorFor(demoAccounts.staff.email);
    const inWindow = new Date("2025-09-15T10:00:00Z");
    const { receipt } = await submitWithReceipt(provider, "apply-1", inWindow, async (tx) => {
      const application = await tx.admissionApplication.create({
        data: { procedureId, organisationId: provider.organisationId, status: "SUBMITTED", submittedAt: inWindow },
      });
      return { procedureId, kind: "APPLICATION" as const, subjectId: application.id, version: 1, content: { clusters: ["SBO"], note: "verzegeld" } };
    });
    await expect(getReceiptForActor(staff, receipt.number, inWindow)).rejects.toMatchObject({
      code: "PHASE_CLOSED", message: expect.stringMatching(/^Dit ontvangstbewijs is verzegeld\./),
    });
    // The provider itself always has it; staff once the admission window has closed (1 October 2025, 00:00 CEST).
    await expect(getReceiptForActor(provider, receipt.number, inWindow)).resolves.toMatchObject({ id: receipt.id });
    await expect(getReceiptForActor(staff, receipt.number, new Date("2025-09-30T21:59:59Z"))).rejects.toMatchObject({ code: "PHASE_CLOSED" });
    await expect(getReceiptForActor(staff, receipt.number, new Date("2025-09-30T22:00:00Z"))).resolves.toMatchObject({ id: receipt.id });
  });
});
