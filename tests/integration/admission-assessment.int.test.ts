import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { localDateTimeToInstant } from "@/lib/domain/local-time";
import { db } from "@/lib/server/db";
import { getApplicationForAssessment, listApplicationsForStaff } from "@/lib/server/queries/admission-assessment";
import { getOwnAdmissionResult, listAdmittedProviders } from "@/lib/server/queries/admission-result";
import {
  announceAdmissionResultsIfDue,
  assessRequirement,
  confirmAdmissionDecision,
  recordAdmissionDecision,
  sendBackAdmissionDecision,
} from "@/lib/server/services/admission-assessment";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";
import { actorFor } from "./support/actors";

// Staff side of issue 6: sealing until the admission close, the assessment
// with four eyes on "not admitted", the freeze and the announcement. The
// submitted applications are written with Prisma directly (the provider side
// has its own tests).

const at = (local: string) => localDateTimeToInstant(local);
const DURING = at("2025-09-15T12:00");
const AFTER_CLOSE = at("2025-10-01T00:00");
const BEFORE_ANNOUNCEMENT = at("2025-10-14T23:59");
const ANNOUNCEMENT = at("2025-10-15T00:00");

const ADMIT = "De referenties tonen ruim twee jaar ervaring binnen het cluster en alle expertise is overtuigend onderbouwd.";
const REJECT = "De referenties tonen samen minder dan twee jaar ervaring binnen dit cluster; daarmee is niet voldaan aan eis 4.";

let procedureId: string;

const actorOf = (key: keyof typeof demoAccounts): Promise<Actor> => actorFor(demoAccounts[key].email);

/** A submitted application of the actor's organisation for the given clusters, written straight to the database. */
async function submitApplication(provider: Actor, clusterCodes: string[], options: { version?: number; previousVersionId?: string; months?: number } = {}) {
  const clusters = await db.cluster.findMany({ where: { procedureId, code: { in: clusterCodes } }, include: { requirements: true } });
  const grounds = await db.exclusionGround.findMany({ where: { procedureId } });
  const application = await db.admissionApplication.create({
    data: {
      procedureId, organisationId: provider.organisationId, status: "SUBMITTED", submittedAt: DURING,
      version: options.version ?? 1, previousVersionId: options.previousVersionId ?? null,
      signerName: "Anna de Boer", signerFunction: "Bestuurder", signedOn: new Date("2025-09-15"),
      declarations: { create: grounds.map((g) => ({ exclusionGroundId: g.id, declared: true })) },
      references: {
        create: clusters.map((c) => ({
          clusterId: c.id, schoolName: `School voor ${c.code}`, place: "Delft", description: "Jeugdhulp in de klas",
          startOn: new Date("2022-09-01"), endOn: new Date(options.months === 12 ? "2023-08-31" : "2024-11-30"), contactName: "J. Jansen",
        })),
      },
      clusters: {
        create: clusters.map((c) => ({
          clusterId: c.id, careLandscapeKnowledge: `Zorglandschap ${c.code}`, educationalOfferKnowledge: `Onderwijsaanbod ${c.code}`,
          expertise: { create: c.requirements.filter((r) => r.kind === "EXPERTISE").map((r) => ({ requirementId: r.id, substantiation: `Onderbouwing ${r.code}` })) },
        })),
      },
    },
  });
  const rows = await db.applicationCluster.findMany({ where: { applicationId: application.id }, include: { cluster: { include: { requirements: true } } } });
  return { application, clusters: new Map(rows.map((r) => [r.cluster.code, r])) };
}

async function assessAll(staff: Actor, cluster: { id: string; cluster: { requirements: { id: string; kind: string }[] } }, verdict: (kind: string) => "MET" | "NOT_MET" = () => "MET") {
  for (const r of cluster.cluster.requirements) {
    const v = verdict(r.kind);
    await assessRequirement({ actor: staff, procedureId, now: AFTER_CLOSE, input: { applicationClusterId: cluster.id, requirementId: r.id, verdict: v, note: v === "MET" ? "Aangetoond met de referenties." : "Te weinig ervaring aangetoond." } });
  }
}

beforeEach(async () => {
  await resetDatabase();
  procedureId = (await seedDatabase(db, { demo: true, now: DURING })).procedureId;
});

describe("sealed until the admission window closes", () => {
  it("shows staff only who submitted, when and which version before the close; the content only after", async () => {
    const staff = await actorOf("staff");
    const provider = await actorOf("provider");
    const { application } = await submitApplication(provider, ["SBO"]);

    const sealed = await listApplicationsForStaff(staff, procedureId, DURING);
    expect(sealed).toMatchObject({ sealed: true, message: "Dit kan pas na 30 september 2025 23:59 CEST (Toelatingsprocedure)." });
    expect(sealed.rows).toEqual([{ id: application.id, organisationName: "Jeugdhulp De Brug", version: 1, submittedAt: DURING }]);
    await expect(getApplicationForAssessment(staff, procedureId, application.id, at("2025-09-30T23:59"))).rejects.toMatchObject({
      code: "PHASE_CLOSED",
      message: expect.stringContaining("verzegeld"),
    });

    const view = await getApplicationForAssessment(staff, procedureId, application.id, AFTER_CLOSE);
    expect(view.organisation.name).toBe("Jeugdhulp De Brug");
    expect(view.signer).toEqual({ name: "Anna de Boer", function: "Bestuurder", signedOn: "2025-09-15" });
    expect(view.declarationsComplete).toBe(true);
    const sbo = view.clusters[0]!;
    expect(sbo).toMatchObject({ clusterName: "Speciaal Basisonderwijs (SBO)", careLandscapeKnowledge: "Zorglandschap SBO", experience: { text: "2 jaar en 3 maanden", meetsMinimum: true } });
    expect(sbo.references).toEqual([expect.objectContaining({ schoolName: "School voor SBO", startOn: "2022-09-01", endOn: "2024-11-30" })]);
    expect(sbo.requirements.filter((r) => r.kind === "EXPERTISE").map((r) => r.substantiation)).toEqual(["Onderbouwing BEHAVIOUR", "Onderbouwing DELAYS"]);
    expect((await listApplicationsForStaff(staff, procedureId, AFTER_CLOSE)).sealed).toBe(false);
  });

  it("refuses assessing and deciding before the close, and writes nothing", async () => {
    const staff = await actorOf("staff");
    const { clusters } = await submitApplication(await actorOf("provider"), ["SBO"]);
    const sbo = clusters.get("SBO")!;
    const requirementId = sbo.cluster.requirements[0]!.id;
    await expect(assessRequirement({ actor: staff, procedureId, now: DURING, input: { applicationClusterId: sbo.id, requirementId, verdict: "MET", note: "Aangetoond met de referenties." } })).rejects.toMatchObject({ code: "PHASE_CLOSED" });
    await expect(recordAdmissionDecision({ actor: staff, procedureId, now: DURING, input: { applicationClusterId: sbo.id, outcome: "ADMITTED", motivation: ADMIT } })).rejects.toMatchObject({ code: "PHASE_CLOSED" });
    expect(await db.requirementAssessment.count()).toBe(0);
    expect(await db.admissionDecision.count()).toBe(0);
  });

  it("refuses other roles on every staff read and write", async () => {
    const provider = await actorOf("provider");
    const { application, clusters } = await submitApplication(provider, ["SBO"]);
    const sbo = clusters.get("SBO")!;
    await expect(listApplicationsForStaff(provider, procedureId, AFTER_CLOSE)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getApplicationForAssessment(provider, procedureId, application.id, AFTER_CLOSE)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(assessRequirement({ actor: provider, procedureId, now: AFTER_CLOSE, input: { applicationClusterId: sbo.id, requirementId: sbo.cluster.requirements[0]!.id, verdict: "MET", note: "Aangetoond met de referenties." } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recordAdmissionDecision({ actor: await actorOf("school"), procedureId, now: AFTER_CLOSE, input: { applicationClusterId: sbo.id, outcome: "ADMITTED", motivation: ADMIT } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.requirementAssessment.count()).toBe(0);
  });

  it("assesses only the latest submitted version", async () => {
    const staff = await actorOf("staff");
    const provider = await actorOf("provider");
    const v1 = await submitApplication(provider, ["SBO"]);
    const v2 = await submitApplication(provider, ["SBO", "C3_SO"], { version: 2, previousVersionId: v1.application.id });
    const overview = await listApplicationsForStaff(staff, procedureId, AFTER_CLOSE);
    expect(overview.rows.map((r) => r.id)).toEqual([v2.application.id]);
    await expect(getApplicationForAssessment(staff, procedureId, v1.application.id, AFTER_CLOSE)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const old = v1.clusters.get("SBO")!;
    await expect(assessRequirement({ actor: staff, procedureId, now: AFTER_CLOSE, input: { applicationClusterId: old.id, requirementId: old.cluster.requirements[0]!.id, verdict: "MET", note: "Aangetoond met de referenties." } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("assessment and four eyes", () => {
  it("needs every requirement assessed and a substantial motivation; admitted only when all is met", async () => {
    const staff = await actorOf("staff");
    const { clusters } = await submitApplication(await actorOf("provider"), ["SBO"]);
    const sbo = clusters.get("SBO")!;
    await expect(recordAdmissionDecision({ actor: staff, procedureId, now: AFTER_CLOSE, input: { applicationClusterId: sbo.id, outcome: "NOT_ADMITTED", motivation: REJECT } })).rejects.toMatchObject({
      code: "VALIDATION", message: "Beoordeel eerst alle eisen van dit cluster (0 van 4 beoordeeld).",
    });
    await assessAll(staff, sbo, (kind) => (kind === "EXPERIENCE" ? "NOT_MET" : "MET"));
    await expect(recordAdmissionDecision({ actor: staff, procedureId, now: AFTER_CLOSE, input: { applicationClusterId: sbo.id, outcome: "NOT_ADMITTED", motivation: "Onvoldoende." } })).rejects.toMatchObject({
      code: "VALIDATION", message: expect.stringContaining("minimaal 8 woorden en 40 tekens"), fieldErrors: { motivation: expect.any(String) },
    });
    await expect(recordAdmissionDecision({ actor: staff, procedureId, now: AFTER_CLOSE, input: { applicationClusterId: sbo.id, outcome: "ADMITTED", motivation: ADMIT } })).rejects.toMatchObject({
      code: "VALIDATION", message: expect.stringContaining("Niet aan alle eisen is voldaan"),
    });
    expect(await db.admissionDecision.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "admission.assessRequirement" } })).toBe(4);
    await expect(assessRequirement({ actor: staff, procedureId, now: AFTER_CLOSE, input: { applicationClusterId: sbo.id, requirementId: sbo.cluster.requirements[0]!.id, verdict: "NOT_MET", note: "nee" } })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { note: expect.any(String) } });
  });

  it("lets only a second staff member confirm 'not admitted', or send it back", async () => {
    const staff = await actorOf("staff");
    const staff2 = await actorOf("staff2");
    const { clusters } = await submitApplication(await actorOf("provider"), ["SBO"]);
    const sbo = clusters.get("SBO")!;
    await assessAll(staff, sbo, (kind) => (kind === "EXPERIENCE" ? "NOT_MET" : "MET"));
    const first = await recordAdmissionDecision({ actor: staff, procedureId, now: AFTER_CLOSE, input: { applicationClusterId: sbo.id, outcome: "NOT_ADMITTED", motivation: REJECT } });

    await expect(confirmAdmissionDecision({ actor: staff, procedureId, now: AFTER_CLOSE, input: { decisionId: first.id } })).rejects.toMatchObject({
      code: "FORBIDDEN", message: "U heeft dit besluit zelf genomen. Een tweede medewerker moet het bevestigen (vier ogen).",
    });
    await expect(sendBackAdmissionDecision({ actor: staff, procedureId, now: AFTER_CLOSE, input: { decisionId: first.id, reason: "Zelf terugsturen mag niet." } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.admissionDecision.findUniqueOrThrow({ where: { id: first.id } })).confirmedById).toBeNull();

    await sendBackAdmissionDecision({ actor: staff2, procedureId, now: AFTER_CLOSE, input: { decisionId: first.id, reason: "De referentie bij school B telt mee; graag opnieuw bekijken." } });
    expect(await db.admissionDecision.count()).toBe(0);
    const sentBack = await db.auditEvent.findFirstOrThrow({ where: { action: "admission.sendBackDecision" } });
    expect(sentBack).toMatchObject({ actorUserId: staff2.userId, entityId: sbo.id, after: { reason: "De referentie bij school B telt mee; graag opnieuw bekijken." }, before: expect.objectContaining({ outcome: "NOT_ADMITTED" }) });

    const second = await recordAdmissionDecision({ actor: staff, procedureId, now: AFTER_CLOSE, input: { applicationClusterId: sbo.id, outcome: "NOT_ADMITTED", motivation: `${REJECT} Ook na herbeoordeling.` } });
    await expect(confirmAdmissionDecision({ actor: staff2, procedureId, now: AFTER_CLOSE, input: { decisionId: first.id } })).rejects.toMatchObject({ code: "CONFLICT" });
    await confirmAdmissionDecision({ actor: staff2, procedureId, now: AFTER_CLOSE, input: { decisionId: second.id } });
    expect(await db.admissionDecision.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ decidedById: staff.userId, confirmedById: staff2.userId, confirmedAt: AFTER_CLOSE });
    await expect(confirmAdmissionDecision({ actor: staff2, procedureId, now: AFTER_CLOSE, input: { decisionId: second.id } })).rejects.toMatchObject({ code: "CONFLICT" });

    const overview = await listApplicationsForStaff(staff, procedureId, AFTER_CLOSE);
    expect(!overview.sealed && overview.rows[0]!.clusters[0]).toMatchObject({ assessed: 4, total: 4, status: "FINAL", outcome: "NOT_ADMITTED" });
    const actions = (await db.auditEvent.findMany({ where: { action: { startsWith: "admission." } }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions.filter((a) => a !== "admission.assessRequirement")).toEqual(["admission.decide", "admission.sendBackDecision", "admission.decide", "admission.confirmDecision"]);
  });

  it("makes 'admitted' final at once; decisions change until the announcement and are frozen after it", async () => {
    const staff = await actorOf("staff");
    const staff2 = await actorOf("staff2");
    const { clusters } = await submitApplication(await actorOf("provider"), ["SBO", "C3_SO"]);
    const sbo = clusters.get("SBO")!;
    const c3 = clusters.get("C3_SO")!;
    await assessAll(staff, sbo);
    await assessAll(staff, c3);
    await recordAdmissionDecision({ actor: staff, procedureId, now: AFTER_CLOSE, input: { applicationClusterId: sbo.id, outcome: "ADMITTED", motivation: ADMIT } });
    const changed = await recordAdmissionDecision({ actor: staff2, procedureId, now: BEFORE_ANNOUNCEMENT, input: { applicationClusterId: sbo.id, outcome: "NOT_ADMITTED", motivation: REJECT } });
    expect(changed).toMatchObject({ outcome: "NOT_ADMITTED", confirmedById: null, decidedById: staff2.userId });
    const admitted = await recordAdmissionDecision({ actor: staff, procedureId, now: BEFORE_ANNOUNCEMENT, input: { applicationClusterId: sbo.id, outcome: "ADMITTED", motivation: ADMIT } });
    expect(admitted.confirmedById).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "admission.changeDecision" } })).toBe(2);

    const frozen = "Dit besluit is bekendgemaakt op 15 oktober 2025 00:00 CEST en ligt vast; het kan niet meer worden gewijzigd.";
    await expect(recordAdmissionDecision({ actor: staff, procedureId, now: ANNOUNCEMENT, input: { applicationClusterId: sbo.id, outcome: "NOT_ADMITTED", motivation: REJECT } })).rejects.toMatchObject({ code: "CONFLICT", message: frozen });
    await expect(assessRequirement({ actor: staff, procedureId, now: ANNOUNCEMENT, input: { applicationClusterId: sbo.id, requirementId: sbo.cluster.requirements[0]!.id, verdict: "NOT_MET", note: "Toch te weinig ervaring." } })).rejects.toMatchObject({ code: "CONFLICT", message: frozen });
    expect(await db.admissionDecision.findUniqueOrThrow({ where: { id: admitted.id } })).toMatchObject({ outcome: "ADMITTED" });
    // A cluster without a decision can still be completed after the announcement.
    await recordAdmissionDecision({ actor: staff, procedureId, now: ANNOUNCEMENT, input: { applicationClusterId: c3.id, outcome: "ADMITTED", motivation: ADMIT } });
  });
});

describe("announcement", () => {
  async function decideBoth() {
    const staff = await actorOf("staff");
    const staff2 = await actorOf("staff2");
    const brug = await submitApplication(await actorOf("provider"), ["SBO", "C3_SO"]);
    const kompas = await submitApplication(await actorOf("provider2"), ["SBO"], { months: 12 });
    await assessAll(staff, brug.clusters.get("SBO")!);
    await assessAll(staff, brug.clusters.get("C3_SO")!, (kind) => (kind === "EXPERIENCE" ? "NOT_MET" : "MET"));
    await assessAll(staff, kompas.clusters.get("SBO")!, (kind) => (kind === "EXPERIENCE" ? "NOT_MET" : "MET"));
    await recordAdmissionDecision({ actor: staff, procedureId, now: AFTER_CLOSE, input: { applicationClusterId: brug.clusters.get("SBO")!.id, outcome: "ADMITTED", motivation: ADMIT } });
    const brugC3 = await recordAdmissionDecision({ actor: staff, procedureId, now: AFTER_CLOSE, input: { applicationClusterId: brug.clusters.get("C3_SO")!.id, outcome: "NOT_ADMITTED", motivation: REJECT } });
    const kompasSbo = await recordAdmissionDecision({ actor: staff, procedureId, now: AFTER_CLOSE, input: { applicationClusterId: kompas.clusters.get("SBO")!.id, outcome: "NOT_ADMITTED", motivation: REJECT } });
    await confirmAdmissionDecision({ actor: staff2, procedureId, now: AFTER_CLOSE, input: { decisionId: kompasSbo.id } });
    return { staff, staff2, brug, kompas, brugC3 };
  }

  it("shows providers 'in review' before the announcement and only final decisions from it on; the public list likewise", async () => {
    const { brug } = await decideBoth();
    const provider = await actorOf("provider");
    const provider2 = await actorOf("provider2");

    const before = await getOwnAdmissionResult(provider, procedureId, BEFORE_ANNOUNCEMENT);
    expect(before).toEqual({ announced: false, announcementAt: ANNOUNCEMENT, application: { id: brug.application.id, version: 1, submittedAt: DURING } });
    expect(JSON.stringify(before)).not.toContain("referenties");
    expect(await listAdmittedProviders(procedureId, BEFORE_ANNOUNCEMENT)).toEqual({ published: false, publishesAt: ANNOUNCEMENT });

    const after = await getOwnAdmissionResult(provider, procedureId, ANNOUNCEMENT);
    expect(after.announced && after.clusters.map((c) => [c.clusterName, c.result])).toEqual([
      ["Speciaal Basisonderwijs (SBO)", { status: "ADMITTED", motivation: ADMIT, finalAt: AFTER_CLOSE }],
      ["Cluster 3 SO (Keerkring)", { status: "IN_REVIEW" }],
    ]);
    const other = await getOwnAdmissionResult(provider2, procedureId, ANNOUNCEMENT);
    expect(other.announced && other.clusters.map((c) => c.result.status)).toEqual(["NOT_ADMITTED"]);

    const list = await listAdmittedProviders(procedureId, ANNOUNCEMENT);
    expect(list.published && list.clusters.map((c) => [c.name, c.providers.map((p) => p.name)])).toEqual([
      ["Cluster 4 SO/VSO", []],
      ["Speciaal Basisonderwijs (SBO)", ["Jeugdhulp De Brug"]],
      ["Cluster 3 SO (Keerkring)", []],
    ]);
  });

  it("refuses another provider's application id, before and after the announcement", async () => {
    const { brug } = await decideBoth();
    const provider2 = await actorOf("provider2");
    for (const now of [BEFORE_ANNOUNCEMENT, ANNOUNCEMENT]) {
      await expect(getOwnAdmissionResult(provider2, procedureId, now, brug.application.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(getOwnAdmissionResult(await actorOf("staff"), procedureId, ANNOUNCEMENT)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("mails the final decisions exactly once, also when called concurrently, and a later final decision when it becomes final", async () => {
    const { staff2, brugC3 } = await decideBoth();
    expect(await announceAdmissionResultsIfDue(BEFORE_ANNOUNCEMENT)).toEqual([]);
    expect(await db.outboundEmail.count()).toBe(0);

    const runs = await Promise.all([1, 2, 3, 4].map(() => announceAdmissionResultsIfDue(ANNOUNCEMENT)));
    expect(runs.flat()).toEqual([{ procedureId, organisations: 2, messages: 2 }]);
    expect(await announceAdmissionResultsIfDue(at("2025-10-16T09:00"))).toEqual([]);
    const mails = await db.outboundEmail.findMany({ orderBy: { toAddress: "asc" } });
    expect(mails.map((m) => m.toAddress)).toEqual([demoAccounts.provider.email, demoAccounts.provider2.email]);
    expect(mails[0]!.textBody).toContain("- Speciaal Basisonderwijs (SBO): toegelaten\n- Cluster 3 SO (Keerkring): nog in beoordeling");
    expect(mails[0]!.textBody).toContain("/aanbieder/toelating/besluit");
    expect(mails[1]!.textBody).toContain("- Speciaal Basisonderwijs (SBO): niet toegelaten");
    expect(mails[0]!.htmlBody).toContain("<p>");
    expect((await db.procedure.findUniqueOrThrow({ where: { id: procedureId } })).admissionResultsMailedAt).toEqual(ANNOUNCEMENT);
    expect(await db.auditEvent.count({ where: { action: "admission.announce" } })).toBe(1);

    // The pending "not admitted" becomes final after the announcement: mailed then, once.
    await confirmAdmissionDecision({ actor: staff2, procedureId, now: at("2025-10-16T10:00"), input: { decisionId: brugC3.id } });
    const late = await db.outboundEmail.findMany({ where: { subject: { contains: "Cluster 3 SO" } } });
    expect(late).toEqual([expect.objectContaining({ toAddress: demoAccounts.provider.email })]);
    expect(late[0]!.textBody).toContain("Cluster 3 SO (Keerkring): niet toegelaten");
    expect(await db.outboundEmail.count()).toBe(3);
    const result = await getOwnAdmissionResult(await actorOf("provider"), procedureId, at("2025-10-16T10:00"));
    expect(result.announced && result.clusters.map((c) => c.result.status)).toEqual(["ADMITTED", "NOT_ADMITTED"]);
  });

  it("reads the announcement from the database: a moved announcement moves the results", async () => {
    await decideBoth();
    await db.milestone.update({ where: { procedureId_key: { procedureId, key: "ADMISSION_ANNOUNCEMENT" } }, data: { opensAt: at("2025-10-20T09:00") } });
    expect((await getOwnAdmissionResult(await actorOf("provider"), procedureId, ANNOUNCEMENT)).announced).toBe(false);
    expect((await listAdmittedProviders(procedureId, ANNOUNCEMENT)).published).toBe(false);
    expect(await announceAdmissionResultsIfDue(ANNOUNCEMENT)).toEqual([]);
    expect(await announceAdmissionResultsIfDue(at("2025-10-20T09:00"))).toHaveLength(1);
  });

  it("mails again when a demo clock walks through the announcement after an earlier (real-time) mailing; never outside demo mode", async () => {
    const realTime = at("2026-11-23T16:00");
    expect(await announceAdmissionResultsIfDue(realTime)).toEqual([{ procedureId, organisations: 0, messages: 0 }]);
    await decideBoth();
    const walkThrough = at("2025-10-16T09:00");
    expect(await announceAdmissionResultsIfDue(walkThrough)).toEqual([]);
    const before = process.env.PORTAL_DEMO;
    process.env.PORTAL_DEMO = "1";
    try {
      const runs = await Promise.all([1, 2, 3].map(() => announceAdmissionResultsIfDue(walkThrough)));
      expect(runs.flat()).toEqual([{ procedureId, organisations: 2, messages: 2 }]);
      expect(await announceAdmissionResultsIfDue(at("2025-10-16T09:05"))).toEqual([]);
    } finally {
      if (before === undefined) delete process.env.PORTAL_DEMO;
      else process.env.PORTAL_DEMO = before;
    }
    expect(await db.outboundEmail.count()).toBe(2);
  });
});
