import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { localDateTimeToInstant, startOfNextLocalDay } from "@/lib/domain/local-time";
import { db } from "@/lib/server/db";
import { renderPlanPdf } from "@/lib/server/exports/plan-pdf";
import { getPlanPage, getPlanPdfData, listPlans } from "@/lib/server/queries/plan";
import { freezePlan, savePlanProviderPart, savePlanSchoolPart } from "@/lib/server/services/plan";
import { queuePlanSigningReminders } from "@/lib/server/services/plan-reminders";
import { signPlan } from "@/lib/server/services/plan-signing";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { actorFor } from "./support/actors";
import {
  chooseProviders as choose,
  frozenPlan as freezeFixture,
  key,
  later,
  pdfText,
  providerPart as fixtureProviderPart,
  publishedAt,
  row,
  schoolTexts,
  setUpPlanFixture,
  signInput as fixtureSignInput,
  working,
  type PlanFixture,
} from "./support/plan";

// Plan of approach (issue 8) on a real database (fixture: ./support/plan):
// SBO Prinsenhof (Gemeente Pijnacker-Nootdorp) chose Jeugdhulp De Brug; the
// choice was published on 30 November 2025, so it is final from 21 December
// (20 days standstill).

const inStandstill = localDateTimeToInstant("2025-12-10T10:00");
const afterDeadline = startOfNextLocalDay("2026-02-13");

let f: PlanFixture;
let procedureId: string;
let school: Actor;
let provider: Actor;
let provider2: Actor;
let municipality: Actor;
let otherMunicipality: Actor;
let prinsenhofId: string;

const chooseProviders = (...organisationIds: string[]) => choose(prinsenhofId, ...organisationIds);
const providerPart = (deployments?: ReturnType<typeof row>[], knownVersionId?: string) => fixtureProviderPart(f, deployments, knownVersionId);
const frozenPlan = () => freezeFixture(f);
const signInput = (contentSha256: string) => fixtureSignInput(f, contentSha256);

describe("plan of approach", () => {
  beforeEach(async () => {
    f = await setUpPlanFixture();
    ({ procedureId, school, provider, provider2, municipality, otherMunicipality, prinsenhofId } = f);
  });

  it("lets the school write its part before the window, and the provider only once the choice is final; only then do provider and municipality read the school's part", async () => {
    const before = localDateTimeToInstant("2025-07-01T10:00");
    await savePlanSchoolPart({ actor: school, procedureId, now: before, input: { schoolId: prinsenhofId, knownVersionId: "", ...schoolTexts } });
    expect((await db.planOfApproach.findUniqueOrThrow({ where: { schoolId: prinsenhofId } })).schoolGoals).toBe(schoolTexts.schoolGoals);
    await expect(savePlanProviderPart({ actor: provider, procedureId, now: inStandstill, input: await providerPart() })).rejects.toMatchObject({
      code: "PHASE_CLOSED", message: expect.stringContaining("standstilltermijn loopt tot en met 20 december 2025"),
    });
    await expect(savePlanProviderPart({ actor: provider2, procedureId, now: working, input: await providerPart() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getPlanPage(provider2, procedureId, prinsenhofId, working)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.planDeployment.count()).toBe(0);

    // The school's part is the school's until the choice is final: the chosen provider and the municipality read it only then.
    for (const party of [provider, municipality]) {
      const during = await getPlanPage(party, procedureId, prinsenhofId, inStandstill);
      expect(during.choiceFinal).toBe(false);
      expect(during.schoolPart.schoolGoals).toBe("");
      expect(during.document).toBeNull();
      expect(JSON.stringify(during)).not.toContain(schoolTexts.schoolGoals);
      expect((await getPlanPage(party, procedureId, prinsenhofId, working)).schoolPart.schoolGoals).toBe(schoolTexts.schoolGoals);
    }
    expect((await getPlanPage(school, procedureId, prinsenhofId, inStandstill)).schoolPart.schoolGoals).toBe(schoolTexts.schoolGoals);
  });

  it("prefills the provider's approach from its latest submitted written plan", async () => {
    const topic = await db.topic.findFirstOrThrow({ where: { procedureId, number: 3 } });
    await db.writtenPlan.create({ data: { procedureId, schoolId: prinsenhofId, organisationId: provider.organisationId, status: "SUBMITTED", submittedAt: publishedAt, answers: { create: [{ topicId: topic.id, body: "Uit het schriftelijke plan." }] } } });
    const page = await getPlanPage(provider, procedureId, prinsenhofId, working);
    expect(page.providerPart?.prefilledFromWrittenPlan).toBe(true);
    expect(page.providerPart?.approaches[topic.id]).toBe("Uit het schriftelijke plan.");
  });

  it("refuses to freeze a deployment over the fixed amount (saying by how much), with one employee or a missing SKJ number; the draft stays saved", async () => {
    await savePlanSchoolPart({ actor: school, procedureId, now: working, input: { schoolId: prinsenhofId, knownVersionId: "", ...schoolTexts } });
    const over = await providerPart([row({ hoursPerWeek: "40" }), row({ personName: "Chris Bakker", skjNumber: "160039340", hoursPerWeek: "40" })]);
    await savePlanProviderPart({ actor: provider, procedureId, now: working, input: over });
    const freeze = () => freezePlan({ actor: provider, procedureId, schoolId: prinsenhofId, now: working });
    await expect(freeze()).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/De inzet kost € [\d.]+,\d\d: € [\d.]+,\d\d boven het vaste jaarbedrag van € [\d.]+,\d\d/) });
    expect(await db.planDeployment.count()).toBe(2);

    await savePlanProviderPart({ actor: provider, procedureId, now: working, input: await providerPart([row()]) });
    await expect(freeze()).rejects.toMatchObject({ message: expect.stringContaining("Zet ten minste 2 medewerkers in; nu 1.") });

    await savePlanProviderPart({ actor: provider, procedureId, now: working, input: await providerPart([row(), row({ personName: "Chris Bakker", skjNumber: "" })]) });
    await expect(freeze()).rejects.toMatchObject({ message: expect.stringContaining("Inzet, rij 2: Een hbo-jeugdprofessional moet SKJ-geregistreerd zijn.") });
    expect(await db.planVersion.count()).toBe(0);
    expect((await db.planDeployment.findMany({ orderBy: { sortOrder: "asc" } })).map((d) => d.personName)).toEqual(["Anna de Vries", "Chris Bakker"]);
  });

  it("refuses hours that cannot be stored, field by field, and keeps the saved draft", async () => {
    await savePlanProviderPart({ actor: provider, procedureId, now: working, input: await providerPart() });
    await expect(savePlanProviderPart({ actor: provider, procedureId, now: working, input: await providerPart([row({ hoursPerWeek: "veel" })]) })).rejects.toMatchObject({
      code: "VALIDATION", fieldErrors: { "deployments.0.hoursPerWeek": expect.stringContaining("getal") },
    });
    expect(await db.planDeployment.count()).toBe(2);
  });

  it("signs by every party, makes the plan final and read-only, with receipts and a PDF showing the hash and signatures", async () => {
    const v1 = await frozenPlan();
    expect(v1).toMatchObject({ number: 1, contentSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const first = await signPlan({ actor: provider, procedureId, idempotencyKey: key(), now: working, input: signInput(v1.contentSha256) });
    expect(first.receipt).toMatchObject({ kind: "SIGNATURE", version: 1 });
    await expect(signPlan({ actor: provider, procedureId, idempotencyKey: key(), now: working, input: signInput(v1.contentSha256) })).rejects.toMatchObject({ code: "CONFLICT" });
    await signPlan({ actor: school, procedureId, idempotencyKey: key(), now: working, input: signInput(v1.contentSha256) });
    expect((await db.planOfApproach.findUniqueOrThrow({ where: { schoolId: prinsenhofId } })).status).toBe("SIGNING");
    await signPlan({ actor: municipality, procedureId, idempotencyKey: key(), now: later, input: signInput(v1.contentSha256) });

    const plan = await db.planOfApproach.findUniqueOrThrow({ where: { schoolId: prinsenhofId } });
    expect(plan.status).toBe("FINAL");
    expect(await db.receipt.count({ where: { kind: "SIGNATURE" } })).toBe(3);
    expect(await db.outboundEmail.count({ where: { subject: { contains: "is definitief" } } })).toBeGreaterThanOrEqual(3);
    await expect(savePlanSchoolPart({ actor: school, procedureId, now: later, input: { schoolId: prinsenhofId, knownVersionId: v1.id, ...schoolTexts, schoolGoals: "Anders" } })).rejects.toMatchObject({
      code: "CONFLICT", message: expect.stringContaining("definitief"),
    });
    expect((await db.planOfApproach.findUniqueOrThrow({ where: { schoolId: prinsenhofId } })).schoolGoals).toBe(schoolTexts.schoolGoals);

    const { document, current, page } = await getPlanPdfData(municipality, procedureId, plan.id, later);
    expect(page.status).toBe("FINAL");
    const pdf = await renderPlanPdf(document, { versionNumber: current.number, contentSha256: current.contentSha256, frozenAt: current.frozenAt, final: true, generatedAt: later, signatories: current.signatories }, { compress: false });
    expect(pdf.subarray(0, 8).toString("latin1")).toBe("%PDF-1.7");
    const text = pdfText(pdf);
    expect(text).toContain(v1.contentSha256);
    expect(text).toContain(`Ondertekend door Eva Mulder (${demoAccounts.municipality.email}), Bestuurder, op 13 januari 2026 09:30 CET`);
    expect(text).toContain(`Ondertekend door Marieke Bakker (${demoAccounts.school.email}), Bestuurder`);
    expect(text).toContain("45ABS");
    expect(text).toContain("Anna de Vries");
    await expect(getPlanPdfData(otherMunicipality, procedureId, plan.id, later)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getPlanPdfData(provider2, procedureId, plan.id, later)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("voids every signature when the plan is edited after a signature, mails the signers and freezes the next version", async () => {
    const v1 = await frozenPlan();
    await signPlan({ actor: provider, procedureId, idempotencyKey: key(), now: working, input: signInput(v1.contentSha256) });
    await signPlan({ actor: school, procedureId, idempotencyKey: key(), now: working, input: signInput(v1.contentSha256) });
    const mailsBefore = await db.outboundEmail.count();

    // A save without a visible change (trailing space) keeps the version and its signatures.
    await savePlanSchoolPart({ actor: school, procedureId, now: later, input: { schoolId: prinsenhofId, knownVersionId: v1.id, ...schoolTexts, schoolGoals: `${schoolTexts.schoolGoals}  ` } });
    expect(await db.planSignature.count({ where: { voidedAt: null } })).toBe(2);

    // An edit based on an outdated editor is refused; nothing changes.
    await expect(savePlanSchoolPart({ actor: school, procedureId, now: later, input: { schoolId: prinsenhofId, knownVersionId: "", ...schoolTexts, schoolGoals: "X" } })).rejects.toMatchObject({ code: "CONFLICT" });

    const edit = await savePlanSchoolPart({ actor: school, procedureId, now: later, input: { schoolId: prinsenhofId, knownVersionId: v1.id, ...schoolTexts, schoolGoals: "Nieuwe doelen." } });
    expect(edit.voidedVersion).toEqual({ number: 1, signaturesVoided: 2 });
    expect(edit.newVersion?.number).toBe(2);
    const old = await db.planVersion.findUniqueOrThrow({ where: { id: v1.id }, include: { signatures: true } });
    expect(old.voidedAt).toEqual(later);
    expect(old.voidReason).toContain("Gewijzigd door Marieke Bakker (SBO Prinsenhof)");
    expect(old.signatures.every((s) => s.voidedAt?.getTime() === later.getTime())).toBe(true);
    const mails = await db.outboundEmail.findMany({ where: { subject: { contains: "is vervallen" } }, orderBy: { toAddress: "asc" } });
    expect(mails.map((m) => m.toAddress)).toEqual([demoAccounts.school.email, demoAccounts.provider.email].sort());
    expect(mails[0]?.textBody).toContain("versie 2");
    expect(await db.outboundEmail.count()).toBe(mailsBefore + 2);

    // Signing the version the signer saw before the edit is refused.
    await expect(signPlan({ actor: municipality, procedureId, idempotencyKey: key(), now: later, input: signInput(v1.contentSha256) })).rejects.toMatchObject({
      code: "CONFLICT", message: expect.stringContaining("Het plan is gewijzigd nadat u het opende"),
    });
    const page = await getPlanPage(municipality, procedureId, prinsenhofId, later);
    expect(page.current?.number).toBe(2);
    expect(page.current?.signatories.every((s) => s.signature === null)).toBe(true);
    expect(page.voided[0]).toMatchObject({ number: 1, voidReason: expect.stringContaining("vervallen") });
    expect(page.document?.texts.schoolGoals).toBe("Nieuwe doelen.");
  });

  it("lets only the municipality where the school stands sign, and nobody after the deadline", async () => {
    const v1 = await frozenPlan();
    await expect(signPlan({ actor: otherMunicipality, procedureId, idempotencyKey: key(), now: working, input: signInput(v1.contentSha256) })).rejects.toMatchObject({
      code: "NOT_FOUND", message: expect.stringContaining("niet voor uw organisatie"),
    });
    await expect(getPlanPage(otherMunicipality, procedureId, prinsenhofId, working)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(signPlan({ actor: municipality, procedureId, idempotencyKey: key(), now: afterDeadline, input: signInput(v1.contentSha256) })).rejects.toMatchObject({
      code: "PHASE_CLOSED", message: expect.stringContaining("gesloten sinds 13 februari 2026 23:59"),
    });
    expect(await db.planSignature.count()).toBe(0);
    expect(await db.receipt.count({ where: { kind: "SIGNATURE" } })).toBe(0);
    await signPlan({ actor: municipality, procedureId, idempotencyKey: key(), now: working, input: signInput(v1.contentSha256) });
    expect(await db.planSignature.count({ where: { party: "MUNICIPALITY", organisationId: municipality.organisationId } })).toBe(1);
  });

  it("needs every chosen provider's part and signature when there are two", async () => {
    await db.schoolChoice.deleteMany();
    await chooseProviders(provider.organisationId, provider2.organisationId);
    await savePlanSchoolPart({ actor: school, procedureId, now: working, input: { schoolId: prinsenhofId, knownVersionId: "", ...schoolTexts } });
    await savePlanProviderPart({ actor: provider, procedureId, now: working, input: await providerPart() });
    await expect(freezePlan({ actor: school, procedureId, schoolId: prinsenhofId, now: working })).rejects.toMatchObject({
      message: expect.stringContaining("Kompas Jeugd en Gezin: beschrijf de aanpak"),
    });
    await savePlanProviderPart({ actor: provider2, procedureId, now: working, input: await providerPart([row({ personName: "Dewi Kok", skjNumber: "160039340", hoursPerWeek: "2" })]) });
    const { version } = await freezePlan({ actor: school, procedureId, schoolId: prinsenhofId, now: working });
    const rows = await listPlans(await actorFor(demoAccounts.staff.email), procedureId, working);
    const prinsenhof = rows.find((r) => r.schoolId === prinsenhofId);
    expect(prinsenhof).toMatchObject({ status: "SIGNING", version: 1, signed: [] });
    expect(prinsenhof?.missing).toHaveLength(4);
    expect((await db.planDeployment.findMany()).length).toBe(3);
    expect(version.number).toBe(1);
  });

  it("queues reminders once per threshold before the close, only to parties that have not signed", async () => {
    const v1 = await frozenPlan();
    await signPlan({ actor: provider, procedureId, idempotencyKey: key(), now: working, input: signInput(v1.contentSha256) });
    expect(await queuePlanSigningReminders(localDateTimeToInstant("2026-01-20T10:00"))).toEqual([]);
    const sevenDays = localDateTimeToInstant("2026-02-07T08:00");
    const runs = await queuePlanSigningReminders(sevenDays);
    expect(runs).toEqual([{ schoolId: prinsenhofId, daysBefore: 7, messages: 2 }]);
    expect(await queuePlanSigningReminders(localDateTimeToInstant("2026-02-08T08:00"))).toEqual([]);
    const reminders = await db.outboundEmail.findMany({ where: { subject: { startsWith: "Herinnering" } } });
    expect(reminders.map((m) => m.toAddress).sort()).toEqual([demoAccounts.municipality.email, demoAccounts.school.email].sort());
    expect(reminders[0]?.subject).toContain("13 februari 2026 23:59 CET");
    expect(await queuePlanSigningReminders(localDateTimeToInstant("2026-02-12T08:00"))).toEqual([{ schoolId: prinsenhofId, daysBefore: 2, messages: 2 }]);
    expect(await queuePlanSigningReminders(afterDeadline)).toEqual([]);
  });
});
