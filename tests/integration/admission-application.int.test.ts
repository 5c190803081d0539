import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import type { ApplicationContent } from "@/lib/domain/admission/application";
import { localDateTimeToInstant } from "@/lib/domain/local-time";
import { db } from "@/lib/server/db";
import { getAdmissionContext, getOwnApplication, getOwnApplicationVersion, type AdmissionContextView } from "@/lib/server/queries/admission-application";
import { saveApplicationDraft, submitApplication } from "@/lib/server/services/admission-application";
import { readDocumentForActor, uploadDocument } from "@/lib/server/services/documents";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";
import { actorFor } from "./support/actors";

// Admission applications, provider side (issue 6): drafts, the completeness
// check at submit, versions, the window's close, other organisations' ids, and
// documents sealed for staff until the window closes.

const inWindow = localDateTimeToInstant("2025-09-15T10:00");
const lastSecond = localDateTimeToInstant("2025-09-30T23:59:59");
const closedAt = localDateTimeToInstant("2025-10-01T00:00");
const oneSecondAfter = localDateTimeToInstant("2025-10-01T00:00:01");
const CLOSED = "De toelatingsprocedure is gesloten sinds 30 september 2025 23:59 (Europe/Amsterdam).";
const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n");
const key = () => crypto.randomUUID();

let procedureId: string;
let context: AdmissionContextView;
let provider: Actor;
let other: Actor;
let staff: Actor;

function cluster(code: string) {
  const c = context.clusters.find((x) => x.code === code);
  if (!c) throw new Error(`no cluster ${code}`);
  return c;
}

/** A complete application for Cluster 4 with 2 years and 3 months of experience there. */
function complete(documents: ApplicationContent["documents"] = []): ApplicationContent {
  const c4 = cluster("C4_SO_VSO");
  return {
    clusterIds: [c4.id],
    clusters: {
      [c4.id]: {
        careLandscapeKnowledge: "Wij werken sinds jaren met wijkteams en CJG's in Haaglanden.",
        educationalOfferKnowledge: "Wij kennen het SO en VSO cluster 4 in de regio.",
        expertise: Object.fromEntries(c4.requirements.filter((r) => r.kind === "EXPERTISE").map((r) => [r.id, `Onderbouwing: ${r.code}`])),
      },
    },
    declaredGroundIds: context.exclusionGrounds.map((g) => g.id),
    signerName: "Pieter Jansen",
    signerFunction: "Bestuurder",
    signedOn: "2025-09-10",
    references: [
      { clusterId: c4.id, schoolName: "De Strandwacht", place: "Monster", startOn: "2022-01-01", endOn: "2023-12-31", description: "Groepsinterventies.", contactName: "J. de Boer", contactEmail: "j.deboer@school.example", contactPhone: "" },
      { clusterId: c4.id, schoolName: "Pleysier College", place: "Delft", startOn: "2023-06-01", endOn: "2024-03-31", description: "Leerkrachtondersteuning.", contactName: "A. Ali", contactEmail: "", contactPhone: "015 123 45 67" },
    ],
    documents,
  };
}

describe("admission applications (provider side)", () => {
  beforeAll(async () => {
    process.env.PORTAL_UPLOAD_DIR = await mkdtemp(path.join(os.tmpdir(), "portal-admission-"));
  });
  beforeEach(async () => {
    await resetDatabase();
    procedureId = (await seedDatabase(db, { demo: true, now: inWindow })).procedureId;
    context = await getAdmissionContext(procedureId);
    [provider, other, staff] = await Promise.all([actorFor(demoAccounts.provider.email), actorFor(demoAccounts.provider2.email), actorFor(demoAccounts.staff.email)]);
  });

  it("saves an incomplete draft as it is, and reads it back unchanged", async () => {
    const c4 = cluster("C4_SO_VSO");
    const draft: ApplicationContent = {
      ...complete(),
      signerName: "",
      signedOn: "",
      references: [
        { clusterId: c4.id, schoolName: "Nog in te vullen", place: "", startOn: "", endOn: "", description: "", contactName: "", contactEmail: "", contactPhone: "" },
        { clusterId: c4.id, schoolName: "Omgekeerd", place: "Delft", startOn: "2024-05-01", endOn: "2024-04-30", description: "x", contactName: "y", contactEmail: "", contactPhone: "" },
      ],
    };
    const first = await saveApplicationDraft({ actor: provider, procedureId, input: { ...draft, applicationId: "" }, now: inWindow });
    const again = await saveApplicationDraft({ actor: provider, procedureId, input: { ...draft, signerName: "P. Jansen", applicationId: first.id }, now: inWindow });
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ version: 1, status: "DRAFT" });

    const own = await getOwnApplication(provider, procedureId);
    expect(own.head?.content).toEqual({ ...draft, signerName: "P. Jansen" });
    expect(own.lastSubmitted).toBeNull();
    expect(own.submitted).toEqual([]);
    expect(await db.receipt.count()).toBe(0);
  });

  it("refuses an incomplete submit with every missing item, submits nothing and keeps what was typed", async () => {
    const input = { ...complete(), signerFunction: "", references: [{ ...complete().references[0]!, endOn: "2025-12-31" }], applicationId: "" };
    const refusal = await submitApplication({ actor: provider, procedureId, input, idempotencyKey: key(), now: inWindow }).catch((e: unknown) => e);
    expect(refusal).toMatchObject({
      code: "VALIDATION",
      message: "De aanvraag is nog niet compleet: 2 onderdelen ontbreken of kloppen niet. Er is niets ingediend; uw concept is bewaard.",
      fieldErrors: {
        signerFunction: "Vul de functie van de ondertekenaar in.",
        "reference-1-endOn": "Referentie 1: de einddatum ligt na vandaag. Loopt de opdracht nog? Vul dan de datum van vandaag in.",
      },
    });
    expect(await db.receipt.count()).toBe(0);
    const own = await getOwnApplication(provider, procedureId);
    expect(own.head).toMatchObject({ status: "DRAFT", version: 1 });
    expect(own.head?.content.references[0]?.endOn).toBe("2025-12-31");
    expect(own.submitted).toEqual([]);
  });

  it("submits with a receipt (a retry returns the same), and a resubmission is a new version that leaves the first unchanged", async () => {
    const draft = await saveApplicationDraft({ actor: provider, procedureId, input: { ...complete(), applicationId: "" }, now: inWindow });
    const idempotencyKey = key();
    const first = await submitApplication({ actor: provider, procedureId, input: { ...complete(), applicationId: draft.id }, idempotencyKey, now: inWindow });
    expect(first.receipt).toMatchObject({ number: "TOE-2025-000001", kind: "APPLICATION", subjectId: draft.id, version: 1 });
    expect(first.receipt.content).toMatchObject({
      version: 1, replacesVersion: null,
      clusters: [{ code: "C4_SO_VSO", experience: "2 jaar en 3 maanden", meetsMinimumExperience: true }],
      signer: { name: "Pieter Jansen", function: "Bestuurder", signedOn: "2025-09-10" },
    });
    const replay = await submitApplication({ actor: provider, procedureId, input: { ...complete(), applicationId: draft.id }, idempotencyKey, now: inWindow });
    expect(replay).toMatchObject({ replayed: true, receipt: { id: first.receipt.id } });
    const v1 = await db.admissionApplication.findUniqueOrThrow({ where: { id: draft.id }, include: { references: true, clusters: { include: { expertise: true } } } });
    expect(v1).toMatchObject({ status: "SUBMITTED", submittedAt: inWindow });

    // Editing after the submit works on a new draft (version 2) on top of version 1.
    const changed = { ...complete(), signerName: "Anna Jansen" };
    const v2draft = await saveApplicationDraft({ actor: provider, procedureId, input: { ...changed, applicationId: draft.id }, now: inWindow });
    expect(v2draft).toMatchObject({ version: 2, status: "DRAFT", previousVersionId: draft.id });
    let own = await getOwnApplication(provider, procedureId);
    expect(own.head?.id).toBe(v2draft.id);
    expect(own.lastSubmitted?.id).toBe(draft.id);

    const second = await submitApplication({ actor: provider, procedureId, input: { ...changed, applicationId: v2draft.id }, idempotencyKey: key(), now: lastSecond });
    expect(second.receipt).toMatchObject({ number: "TOE-2025-000002", subjectId: v2draft.id, version: 2, content: expect.objectContaining({ replacesVersion: 1 }) });
    expect(await db.admissionApplication.findUniqueOrThrow({ where: { id: draft.id }, include: { references: true, clusters: { include: { expertise: true } } } })).toEqual(v1);
    expect((await db.receipt.findUniqueOrThrow({ where: { id: first.receipt.id } })).contentSha256).toBe(first.receipt.contentSha256);

    own = await getOwnApplication(provider, procedureId);
    expect(own.submitted.map((s) => [s.version, s.receiptNumber])).toEqual([[2, "TOE-2025-000002"], [1, "TOE-2025-000001"]]);
    expect(own.lastSubmitted?.content.signerName).toBe("Anna Jansen");
    expect(await db.auditEvent.count({ where: { action: "application.submit" } })).toBe(2);

    // A form still showing version 1 may not overwrite version 2 unseen.
    await expect(saveApplicationDraft({ actor: provider, procedureId, input: { ...complete(), applicationId: draft.id }, now: lastSecond })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a double click (two submits with one key at once) gives one version and one receipt", async () => {
    const draft = await saveApplicationDraft({ actor: provider, procedureId, input: { ...complete(), applicationId: "" }, now: inWindow });
    const idempotencyKey = key();
    const input = { ...complete(), applicationId: draft.id };
    const [a, b] = await Promise.all([
      submitApplication({ actor: provider, procedureId, input, idempotencyKey, now: inWindow }),
      submitApplication({ actor: provider, procedureId, input, idempotencyKey, now: inWindow }),
    ]);
    expect(a.receipt.id).toBe(b.receipt.id);
    expect(await db.receipt.count()).toBe(1);
    expect(await db.admissionApplication.count()).toBe(1);
  });

  it("refuses a save or submit from the close on (one second after too) with the window's message, and writes nothing", async () => {
    const draft = await saveApplicationDraft({ actor: provider, procedureId, input: { ...complete(), applicationId: "" }, now: inWindow });
    const before = await db.admissionApplication.findUniqueOrThrow({ where: { id: draft.id } });
    for (const now of [closedAt, oneSecondAfter]) {
      await expect(submitApplication({ actor: provider, procedureId, input: { ...complete(), applicationId: draft.id }, idempotencyKey: key(), now })).rejects.toMatchObject({ code: "PHASE_CLOSED", message: CLOSED });
      await expect(saveApplicationDraft({ actor: provider, procedureId, input: { ...complete(), signerName: "Later", applicationId: draft.id }, now })).rejects.toMatchObject({ code: "PHASE_CLOSED", message: CLOSED });
    }
    await expect(saveApplicationDraft({ actor: provider, procedureId, input: { ...complete(), applicationId: "" }, now: localDateTimeToInstant("2025-08-31T23:59:59") })).rejects.toMatchObject({
      code: "PHASE_CLOSED",
      message: "De toelatingsprocedure is nog niet open: deze opent op 1 september 2025 00:00 en loopt tot en met 30 september 2025 23:59 (Europe/Amsterdam).",
    });
    expect(await db.admissionApplication.findUniqueOrThrow({ where: { id: draft.id } })).toEqual(before);
    expect(await db.receipt.count()).toBe(0);
    expect(await db.admissionApplication.count()).toBe(1);
  });

  it("refuses another provider's application id, and never shows it", async () => {
    const draft = await saveApplicationDraft({ actor: provider, procedureId, input: { ...complete(), applicationId: "" }, now: inWindow });
    const { receipt } = await submitApplication({ actor: provider, procedureId, input: { ...complete(), applicationId: draft.id }, idempotencyKey: key(), now: inWindow });
    const notFound = { code: "NOT_FOUND", message: "Deze aanvraag bestaat niet of is niet van uw organisatie." };
    await expect(getOwnApplicationVersion(other, procedureId, draft.id)).rejects.toMatchObject(notFound);
    await expect(saveApplicationDraft({ actor: other, procedureId, input: { ...complete(), signerName: "Kaping", applicationId: draft.id }, now: inWindow })).rejects.toMatchObject(notFound);
    await expect(submitApplication({ actor: other, procedureId, input: { ...complete(), applicationId: draft.id }, idempotencyKey: key(), now: inWindow })).rejects.toMatchObject(notFound);
    expect(await getOwnApplication(other, procedureId)).toEqual({ head: null, lastSubmitted: null, submitted: [] });
    expect((await getOwnApplicationVersion(provider, procedureId, draft.id)).receiptNumber).toBe(receipt.number);
    expect(await db.admissionApplication.count()).toBe(1);
  });

  it("refuses ids that do not belong to the procedure and documents of another organisation", async () => {
    await expect(saveApplicationDraft({ actor: provider, procedureId, input: { ...complete(), clusterIds: ["elders"], applicationId: "" }, now: inWindow })).rejects.toMatchObject({ code: "VALIDATION" });
    const foreign = await uploadDocument({ actor: other, fileName: "x.pdf", bytes: pdf, now: inWindow });
    await expect(saveApplicationDraft({ actor: provider, procedureId, input: { ...complete([{ documentId: foreign.id, label: "Niet van ons" }]), applicationId: "" }, now: inWindow })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.admissionApplication.count()).toBe(0);
  });

  it("seals the documents: staff read them only after the window closes, another provider never; the owner always", async () => {
    const document = await uploadDocument({ actor: provider, fileName: "referentieverklaring.pdf", bytes: pdf, now: inWindow });
    const draftOnly = await uploadDocument({ actor: provider, fileName: "concept.pdf", bytes: pdf, now: inWindow });
    const input = { ...complete([{ documentId: document.id, label: "Referentieverklaring De Strandwacht" }]), applicationId: "" };
    const { receipt } = await submitApplication({ actor: provider, procedureId, input, idempotencyKey: key(), now: inWindow });
    expect(receipt.content).toMatchObject({ documents: [{ label: "Referentieverklaring De Strandwacht", fileName: "referentieverklaring.pdf", sha256: document.sha256, sizeBytes: pdf.length }] });
    // A later draft holds a second document that was never submitted.
    await saveApplicationDraft({ actor: provider, procedureId, input: { ...input, documents: [...input.documents, { documentId: draftOnly.id, label: "Concept" }], applicationId: receipt.subjectId }, now: inWindow });

    const sealed = { code: "NOT_FOUND" };
    for (const now of [inWindow, lastSecond]) {
      await expect(readDocumentForActor(staff, document.id, now)).rejects.toMatchObject(sealed);
      await expect(readDocumentForActor(other, document.id, now)).rejects.toMatchObject(sealed);
      expect((await readDocumentForActor(provider, document.id, now)).document.id).toBe(document.id);
    }
    expect((await readDocumentForActor(staff, document.id, closedAt)).bytes.equals(Buffer.from(pdf))).toBe(true);
    await expect(readDocumentForActor(other, document.id, closedAt)).rejects.toMatchObject(sealed);
    await expect(readDocumentForActor(staff, draftOnly.id, closedAt)).rejects.toMatchObject(sealed);
    expect((await getOwnApplication(provider, procedureId)).head?.documents).toEqual([
      { documentId: document.id, label: "Referentieverklaring De Strandwacht", fileName: "referentieverklaring.pdf", sizeBytes: pdf.length },
      { documentId: draftOnly.id, label: "Concept", fileName: "concept.pdf", sizeBytes: pdf.length },
    ]);
  });
});
