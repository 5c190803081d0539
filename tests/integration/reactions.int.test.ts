import { beforeEach, describe, expect, it } from "vitest";
import { localDateTimeToInstant, startOfNextLocalDay } from "@/lib/domain/local-time";
import { db } from "@/lib/server/db";
import { listOwnReactions, listPublishedProcessing, listReactionsForStaff } from "@/lib/server/queries/reactions";
import { processReaction, saveReactionDraft, submitReaction } from "@/lib/server/services/reactions";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";
import { actorFor } from "./support/actors";

let procedureId: string;
const lastSecond = localDateTimeToInstant("2025-06-11T23:59:59");
const closed = startOfNextLocalDay("2025-06-11");
const key = () => crypto.randomUUID();

describe("reactions in the reaction period", () => {
  beforeEach(async () => {
    await resetDatabase();
    procedureId = (await seedDatabase(db, { demo: true, now: lastSecond })).procedureId;
  });

  it("accepts a reaction one second before the close, with a receipt", async () => {
    const provider = await actorFor(demoAccounts.provider.email);
    const { receipt } = await submitReaction({ actor: provider, procedureId, input: { subject: "Artikel 3", body: "Graag verduidelijken." }, idempotencyKey: key(), now: lastSecond });
    expect(receipt.number).toBe("REA-2025-000001");
    const own = await listOwnReactions(provider, procedureId);
    expect(own).toEqual([expect.objectContaining({ status: "SUBMITTED", version: 1, receiptNumber: receipt.number })]);
  });

  it("refuses a reaction at the close with the window's message, and writes nothing", async () => {
    const council = await actorFor(demoAccounts.council.email);
    await expect(submitReaction({ actor: council, procedureId, input: { subject: "Doelgroep", body: "Tekst" }, idempotencyKey: key(), now: closed })).rejects.toMatchObject({
      code: "PHASE_CLOSED",
      message: "De reactietermijn is gesloten sinds 11 juni 2025 23:59 (Europe/Amsterdam).",
    });
    await expect(saveReactionDraft({ actor: council, procedureId, input: { subject: "Doelgroep", body: "Tekst" }, now: closed })).rejects.toMatchObject({ code: "PHASE_CLOSED" });
    expect(await db.reaction.count()).toBe(0);
    expect(await db.receipt.count()).toBe(0);
  });

  it("submits a draft, then a resubmission as version 2, leaving version 1 and its receipt unchanged", async () => {
    const provider = await actorFor(demoAccounts.provider.email);
    const draft = await saveReactionDraft({ actor: provider, procedureId, input: { subject: "Bijlage 12", body: "Concept" }, now: lastSecond });
    const first = await submitReaction({ actor: provider, procedureId, input: { reactionId: draft.id, subject: "Bijlage 12", body: "Eerste versie" }, idempotencyKey: key(), now: lastSecond });
    const v1 = await db.reaction.findUniqueOrThrow({ where: { id: draft.id } });
    const second = await submitReaction({ actor: provider, procedureId, input: { reactionId: draft.id, subject: "Bijlage 12", body: "Tweede versie" }, idempotencyKey: key(), now: lastSecond });
    expect(second.receipt.version).toBe(2);
    expect(await db.reaction.findUniqueOrThrow({ where: { id: draft.id } })).toEqual(v1);
    expect((await db.receipt.findUniqueOrThrow({ where: { id: first.receipt.id } })).contentSha256).toBe(first.receipt.contentSha256);
    expect((await listOwnReactions(provider, procedureId)).map((r) => [r.version, r.body])).toEqual([[2, "Tweede versie"]]);
  });

  it("hides other organisations' reactions and refuses their ids", async () => {
    const provider = await actorFor(demoAccounts.provider.email);
    const other = await actorFor(demoAccounts.provider2.email);
    const { receipt } = await submitReaction({ actor: provider, procedureId, input: { subject: "A", body: "B" }, idempotencyKey: key(), now: lastSecond });
    expect(await listOwnReactions(other, procedureId)).toEqual([]);
    await expect(submitReaction({ actor: other, procedureId, input: { reactionId: receipt.subjectId, subject: "A", body: "kaping" }, idempotencyKey: key(), now: lastSecond })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets staff process a reaction; the anonymised table is public only from the publication of the final documents", async () => {
    const provider = await actorFor(demoAccounts.provider.email);
    const staff = await actorFor(demoAccounts.staff.email);
    const { receipt } = await submitReaction({ actor: provider, procedureId, input: { subject: "Toestemming ouders", body: "Namens Jeugdhulp De Brug: ..." }, idempotencyKey: key(), now: lastSecond });
    await expect(processReaction({ actor: provider, procedureId, input: { reactionId: receipt.subjectId, outcome: "ADOPTED", processingText: "Zelf verwerkt?", changedSection: "" }, now: closed })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await processReaction({ actor: staff, procedureId, input: { reactionId: receipt.subjectId, outcome: "PARTLY_ADOPTED", processingText: "Afspraken in het plan van aanpak per school.", changedSection: "Bijlage 12" }, now: closed });
    expect((await listReactionsForStaff(procedureId))[0]).toMatchObject({ organisation: "Jeugdhulp De Brug", outcome: "PARTLY_ADOPTED" });
    expect((await listPublishedProcessing(procedureId, localDateTimeToInstant("2025-07-07T23:59"))).published).toBe(false);
    const published = await listPublishedProcessing(procedureId, localDateTimeToInstant("2025-07-08T00:00"));
    expect(published.rows).toEqual([{ number: 1, subject: "Toestemming ouders", from: "Contractpartner", outcome: "PARTLY_ADOPTED", processingText: "Afspraken in het plan van aanpak per school.", changedSection: "Bijlage 12" }]);
    expect(JSON.stringify(published)).not.toContain("Brug");
    expect(await db.auditEvent.count({ where: { action: "reaction.process" } })).toBe(1);
  });
});
