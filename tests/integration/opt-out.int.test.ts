import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { localDateTimeToInstant } from "@/lib/domain/local-time";
import { contentHash } from "@/lib/domain/receipts";
import type { SubmitOptOutInput } from "@/lib/schemas/opt-out";
import { db } from "@/lib/server/db";
import { getProviderOptOut, listOptOutOverview, listOwnOptOutVersions } from "@/lib/server/queries/opt-out";
import { getReceiptForActor } from "@/lib/server/receipts";
import { recordContractSegments, submitOptOut } from "@/lib/server/services/opt-out";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";
import { actorFor } from "./support/actors";

// Day 31 of the opt-out window is 8 Aug 2025 (local); day 32 is refused.
const day31LastSecond = localDateTimeToInstant("2025-08-08T23:59:59");
const day32 = localDateTimeToInstant("2025-08-09T00:00");
const beforeWindow = localDateTimeToInstant("2025-07-08T23:59:59");
const during = localDateTimeToInstant("2025-07-20T10:00");

let procedureId: string;
let provider: Actor, provider2: Actor, staff: Actor, school: Actor;
let segmentId: Record<string, string>;

function partial(codes: string[], overrides: Partial<SubmitOptOutInput> = {}) {
  return {
    scope: "SEGMENTS" as const, segmentIds: codes.map((c) => segmentId[c] ?? c), noticeOn: "2025-07-20",
    signatoryName: "Pieter Jansen", signatoryFunction: "Bestuurder", replacesNoticeId: "", ...overrides,
  };
}

function submit(actor: Actor, input: ReturnType<typeof partial>, now = during, idempotencyKey = randomUUID()) {
  return submitOptOut({ actor, procedureId, input, idempotencyKey, now });
}

/** Everything a submit writes, to prove a refusal wrote nothing. */
async function snapshot() {
  const [notices, noticeSegments, receipts, counters, audit] = await Promise.all([
    db.optOutNotice.findMany({ orderBy: { id: "asc" } }), db.optOutNoticeSegment.count(), db.receipt.findMany({ orderBy: { id: "asc" } }),
    db.receiptCounter.findMany(), db.auditEvent.count(),
  ]);
  return { notices, noticeSegments, receipts, counters, audit };
}

describe("opt-out", () => {
  beforeEach(async () => {
    await resetDatabase();
    procedureId = (await seedDatabase(db, { demo: true, now: during })).procedureId;
    provider = await actorFor(demoAccounts.provider.email);
    provider2 = await actorFor(demoAccounts.provider2.email);
    staff = await actorFor(demoAccounts.staff.email);
    school = await actorFor(demoAccounts.school.email);
    const segments = await db.segment.findMany({ where: { procedureId } });
    segmentId = Object.fromEntries(segments.map((s) => [s.code, s.id]));
  });

  it("accepts a notice on day 31 at 23:59:59 local time, with a receipt and an audit row", async () => {
    const { receipt, replayed } = await submit(provider, partial(["SPECIALISTISCH_VEELVOORKOMEND"], { noticeOn: "2025-08-08" }), day31LastSecond);
    expect(replayed).toBe(false);
    expect(receipt).toMatchObject({ kind: "OPT_OUT", number: "OPZ-2025-000001", receivedAt: day31LastSecond, version: 1, organisationId: provider.organisationId });
    const content = {
      scope: "SEGMENTS", segments: [{ code: "SPECIALISTISCH_VEELVOORKOMEND", name: "Specialistisch Veelvoorkomend" }], noticeOn: "2025-08-08",
      signatory: { name: "Pieter Jansen", function: "Bestuurder" }, version: 1, replacesVersion: null,
    };
    expect(receipt.contentSha256).toBe(contentHash(content));
    const notice = await db.optOutNotice.findUniqueOrThrow({ where: { id: receipt.subjectId }, include: { segments: true } });
    expect(notice).toMatchObject({ status: "SUBMITTED", version: 1, previousVersionId: null, submittedAt: day31LastSecond, scope: "SEGMENTS" });
    expect(notice.segments.map((s) => s.segmentId)).toEqual([segmentId.SPECIALISTISCH_VEELVOORKOMEND]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "optOut.submit", entityId: notice.id } });
    expect(audit).toMatchObject({ actorUserId: provider.userId, actorOrganisationId: provider.organisationId, procedureId, at: day31LastSecond, before: null });
    expect(audit.after).toMatchObject({ version: 1, scope: "SEGMENTS", previousVersionId: null });
  });

  it("refuses on day 32 (9 August 00:00) and before 9 July with the window's Dutch message; nothing is written", async () => {
    const before = await snapshot();
    await expect(submit(provider, partial(["ONDERWIJS_JEUGDHULP"]), day32)).rejects.toMatchObject({
      code: "PHASE_CLOSED", message: "De opzegtermijn (31 dagen) is gesloten sinds 8 augustus 2025 23:59 (Europe/Amsterdam).",
    });
    await expect(submit(provider, partial(["ONDERWIJS_JEUGDHULP"]), beforeWindow)).rejects.toMatchObject({
      code: "PHASE_CLOSED", message: expect.stringMatching(/^De opzegtermijn \(31 dagen\) is nog niet open: deze opent op 9 juli 2025 00:00/),
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses other roles, a partial notice without held segments, and a notice date in the future; nothing is written", async () => {
    const before = await snapshot();
    await expect(submit(school, partial(["ONDERWIJS_JEUGDHULP"]))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(submit(provider, partial(["ONDERWIJS_JEUGDHULP", "VERBLIJF"]))).rejects.toMatchObject({
      code: "VALIDATION", fieldErrors: { segmentIds: "U kunt alleen segmenten opzeggen die in uw huidige overeenkomst staan." },
    });
    await expect(submit(provider, partial(["no-such-segment"]))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { segmentIds: expect.any(String) } });
    await expect(submit(provider, partial([]))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { segmentIds: "Kies ten minste één segment dat u opzegt." } });
    await expect(submit(provider, partial(["ONDERWIJS_JEUGDHULP"], { noticeOn: "2025-07-21" }))).rejects.toMatchObject({ fieldErrors: { noticeOn: expect.any(String) } });
    expect(await snapshot()).toEqual(before);
  });

  it("terminates every held segment for the whole agreement", async () => {
    const { receipt } = await submit(provider, partial(["VERBLIJF"], { scope: "WHOLE_AGREEMENT" }));
    const [current] = await listOwnOptOutVersions(provider, procedureId);
    expect(current).toMatchObject({ id: receipt.subjectId, scope: "WHOLE_AGREEMENT", segments: ["Onderwijs-Jeugdhulp", "Specialistisch Veelvoorkomend"], receiptNumber: receipt.number });
  });

  it("a second notice is version 2; version 1 and its receipt stay exactly as they were", async () => {
    const first = await submit(provider, partial(["ONDERWIJS_JEUGDHULP"]));
    const v1 = await db.optOutNotice.findUniqueOrThrow({ where: { id: first.receipt.subjectId }, include: { segments: true } });
    const second = await submit(provider, partial(["SPECIALISTISCH_VEELVOORKOMEND"], { replacesNoticeId: v1.id, signatoryName: "Anna de Wit" }));
    expect(second.receipt).toMatchObject({ number: "OPZ-2025-000002", version: 2 });
    const v2 = await db.optOutNotice.findUniqueOrThrow({ where: { id: second.receipt.subjectId } });
    expect(v2).toMatchObject({ version: 2, previousVersionId: v1.id, signatoryName: "Anna de Wit" });
    expect(await db.optOutNotice.findUniqueOrThrow({ where: { id: v1.id }, include: { segments: true } })).toEqual(v1);
    expect(await db.receipt.findUniqueOrThrow({ where: { id: first.receipt.id } })).toEqual(first.receipt);
    expect((await listOwnOptOutVersions(provider, procedureId)).map((n) => [n.version, n.receiptNumber])).toEqual([[2, "OPZ-2025-000002"], [1, "OPZ-2025-000001"]]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "optOut.submit", entityId: v2.id } });
    expect(audit.before).toEqual({ noticeId: v1.id, version: 1 });
  });

  it("refuses to replace a notice that is no longer current, or to skip the current one", async () => {
    const first = await submit(provider, partial(["ONDERWIJS_JEUGDHULP"]));
    await submit(provider, partial(["ONDERWIJS_JEUGDHULP"], { replacesNoticeId: first.receipt.subjectId }));
    const before = await snapshot();
    await expect(submit(provider, partial(["ONDERWIJS_JEUGDHULP"], { replacesNoticeId: first.receipt.subjectId }))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/versie 2/) });
    await expect(submit(provider, partial(["ONDERWIJS_JEUGDHULP"]))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await snapshot()).toEqual(before);
  });

  it("an idempotent retry returns the same receipt and submits nothing twice, also after the window closed", async () => {
    const key = randomUUID();
    const first = await submit(provider, partial(["ONDERWIJS_JEUGDHULP"]), day31LastSecond, key);
    const retry = await submit(provider, partial(["ONDERWIJS_JEUGDHULP"]), day32, key);
    expect(retry).toEqual({ receipt: first.receipt, replayed: true });
    const parallel = await Promise.all([1, 2, 3].map(() => submit(provider, partial(["ONDERWIJS_JEUGDHULP"], { replacesNoticeId: first.receipt.subjectId }), during, "c8f1e4a2-0000-4000-8000-000000000001")));
    expect(new Set(parallel.map((r) => r.receipt.number)).size).toBe(1);
    expect(await db.optOutNotice.count()).toBe(2);
    expect(await db.receipt.count()).toBe(2);
  });

  it("keeps another provider's notice invisible: own lists, receipts and replacing are scoped to the organisation", async () => {
    const { receipt } = await submit(provider, partial(["ONDERWIJS_JEUGDHULP"]));
    expect(await listOwnOptOutVersions(provider2, procedureId)).toEqual([]);
    await expect(getReceiptForActor(provider2, receipt.number)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(submit(provider2, partial(["ONDERWIJS_JEUGDHULP"], { replacesNoticeId: receipt.subjectId }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listOptOutOverview(provider2, procedureId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getProviderOptOut(provider2, procedureId, provider.organisationId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("gives staff the latest version per provider with its history count, and a provider's detail (others NOT_FOUND)", async () => {
    const first = await submit(provider, partial(["ONDERWIJS_JEUGDHULP"]));
    await submit(provider, partial(["SPECIALISTISCH_VEELVOORKOMEND"], { replacesNoticeId: first.receipt.subjectId }));
    await submit(provider2, partial(["DAGBEHANDELING_DAGBESTEDING"], { signatoryName: "Fatima El Amrani" }));
    const overview = await listOptOutOverview(staff, procedureId);
    expect(overview.map((p) => [p.organisationName, p.versions.length, p.versions[0]?.version, p.versions[0]?.segments])).toEqual([
      ["Jeugdhulp De Brug", 2, 2, ["Specialistisch Veelvoorkomend"]],
      ["Kompas Jeugd en Gezin", 1, 1, ["Dagbehandeling & Dagbesteding"]],
    ]);
    expect((await getProviderOptOut(staff, procedureId, provider.organisationId)).versions).toHaveLength(2);
    await expect(getProviderOptOut(staff, procedureId, staff.organisationId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("records contract segments: a provider for itself, staff for any provider; audited with before and after", async () => {
    const input = { agreementType: "ONTWIKKELOVEREENKOMST" as const, segmentIds: [segmentId.VERBLIJF!, segmentId.ONDERWIJS_JEUGDHULP!] };
    await recordContractSegments({ actor: provider, procedureId, organisationId: provider.organisationId, input, now: during });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "contractSegments.record", entityId: provider.organisationId } });
    expect(audit.before).toEqual({ holdings: [{ segment: "ONDERWIJS_JEUGDHULP", agreementType: "RESULTAATOVEREENKOMST" }, { segment: "SPECIALISTISCH_VEELVOORKOMEND", agreementType: "RESULTAATOVEREENKOMST" }] });
    expect(audit.after).toEqual({ holdings: [{ segment: "VERBLIJF", agreementType: "ONTWIKKELOVEREENKOMST" }, { segment: "ONDERWIJS_JEUGDHULP", agreementType: "ONTWIKKELOVEREENKOMST" }] });
    // Verblijf is now held, so it can be opted out of.
    await expect(submit(provider, partial(["VERBLIJF"]))).resolves.toMatchObject({ replayed: false });

    await recordContractSegments({ actor: staff, procedureId, organisationId: provider2.organisationId, input, now: during });
    expect(await db.providerContractSegment.count({ where: { organisationId: provider2.organisationId } })).toBe(2);
  });

  it("refuses recording for another organisation (NOT_FOUND), a non-provider, and unknown segments", async () => {
    const input = { agreementType: "RESULTAATOVEREENKOMST" as const, segmentIds: [segmentId.VERBLIJF!] };
    const before = await db.providerContractSegment.findMany({ orderBy: { id: "asc" } });
    await expect(recordContractSegments({ actor: provider, procedureId, organisationId: provider2.organisationId, input, now: during })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(recordContractSegments({ actor: staff, procedureId, organisationId: school.organisationId, input, now: during })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(recordContractSegments({ actor: school, procedureId, organisationId: school.organisationId, input, now: during })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recordContractSegments({ actor: provider, procedureId, organisationId: provider.organisationId, input: { ...input, segmentIds: ["nope"] }, now: during })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.providerContractSegment.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.auditEvent.count({ where: { action: "contractSegments.record" } })).toBe(0);
  });
});
