import { expect } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { localDateTimeToInstant } from "@/lib/domain/local-time";
import { db } from "@/lib/server/db";
import { getNewBudgetForm } from "@/lib/server/queries/budget";
import { publishBudgetVersion, saveBudgetVersion } from "@/lib/server/services/budget";
import { freezePlan, savePlanProviderPart, savePlanSchoolPart } from "@/lib/server/services/plan";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "../setup/reset";
import { actorFor } from "./actors";

// Plan of approach fixtures on a real database: SBO Prinsenhof (Gemeente
// Pijnacker-Nootdorp) chose Jeugdhulp De Brug; the choice was published on
// 30 November 2025, so it is final from 21 December (20 days standstill).

export const budgetAt = localDateTimeToInstant("2025-09-20T10:00");
export const publishedAt = localDateTimeToInstant("2025-11-30T12:00");
export const working = localDateTimeToInstant("2026-01-12T10:00");
export const later = localDateTimeToInstant("2026-01-13T09:30");
export const key = () => crypto.randomUUID();

export interface PlanFixture {
  procedureId: string;
  prinsenhofId: string;
  staff: Actor;
  school: Actor;
  provider: Actor;
  provider2: Actor;
  municipality: Actor;
  /** A user of Gemeente Delft: another municipality. */
  otherMunicipality: Actor;
}

/** The budget test's worked example (SBO at 4,5 FTE), saved and published by staff. */
export async function publishWorkedExampleBudget(procedureId: string, staff: Actor, now = budgetAt) {
  const form = await getNewBudgetForm(procedureId);
  const sbo = await db.cluster.findFirstOrThrow({ where: { procedureId, code: "SBO" } });
  const v = await saveBudgetVersion({
    actor: staff, procedureId, now,
    values: {
      ...form,
      roles: [{ name: "Jeugdhulpverlener", monthlySalary: "4.200,00", sharePct: "100" }],
      holidayAllowancePct: "8", yearEndBonusPct: "8,33", socialPremiumPct: "20", pensionPremiumPct: "15", overheadPct: "12", riskSurchargePct: "3",
      clusters: form.clusters.map((c) => (c.clusterId === sbo.id ? { ...c, fte: "4,5" } : c)),
      schools: form.schools.map((s) => ({ ...s, countedOn: "2025-09-01" })),
      contractYears: [{ year: 2026, months: 10, indexPct: "" }, { year: 2027, months: 12, indexPct: "3,1" }],
    },
  });
  await publishBudgetVersion({ actor: staff, procedureId, calculationId: v.calculationId, now });
}

export async function chooseProviders(schoolId: string, ...organisationIds: string[]) {
  await db.schoolChoice.create({
    data: {
      schoolId, status: "SUBMITTED", motivation: "Beste plan.", submittedAt: publishedAt, publishedAt,
      providers: { create: organisationIds.map((providerOrganisationId) => ({ providerOrganisationId })) },
    },
  });
}

/** A fresh demo database with a published budget, SBO Prinsenhof having chosen Jeugdhulp De Brug. */
export async function setUpPlanFixture(): Promise<PlanFixture> {
  await resetDatabase();
  const procedureId = (await seedDatabase(db, { demo: true, now: budgetAt })).procedureId;
  const delft = await db.organisation.findFirstOrThrow({ where: { kind: "MUNICIPALITY", name: "Gemeente Delft" } });
  await db.user.create({ data: { email: "inkoop@delft.example", name: "Piet Delft", role: "MUNICIPALITY", organisationId: delft.id, emailVerifiedAt: new Date() } });
  const prinsenhof = await db.school.findFirstOrThrow({ where: { procedureId, name: "SBO Prinsenhof" }, include: { municipality: true } });
  expect(prinsenhof.municipality.name).toBe("Gemeente Pijnacker-Nootdorp");
  const f: PlanFixture = {
    procedureId,
    prinsenhofId: prinsenhof.id,
    staff: await actorFor(demoAccounts.staff.email),
    school: await actorFor(demoAccounts.school.email),
    provider: await actorFor(demoAccounts.provider.email),
    provider2: await actorFor(demoAccounts.provider2.email),
    municipality: await actorFor(demoAccounts.municipality.email),
    otherMunicipality: await actorFor("inkoop@delft.example"),
  };
  await publishWorkedExampleBudget(procedureId, f.staff);
  await chooseProviders(f.prinsenhofId, f.provider.organisationId);
  return f;
}

export const schoolTexts = {
  schoolContext: "SBO met 120 leerlingen in Pijnacker.", schoolGoals: "Minder uitval, sterkere leerkrachten.",
  pedagogicalClimate: "Rustig en voorspelbaar.", oppLink: "Doelen sluiten aan op de OPP's.", practicalArrangements: "Vaste werkplek, dinsdag overleg.",
  schoolHasBehaviouralScientist: false,
};

export function row(over: Partial<{ id: string; personName: string; educationLevel: "HBO" | "MBO_SUPERVISED"; skjNumber: string; supervisorName: string; supervisorSkjNumber: string; hoursPerWeek: string }> = {}) {
  return {
    id: key(), personName: "Anna de Vries", role: "Jeugdprofessional", educationLevel: "HBO" as const, skjNumber: "100012345",
    supervisorName: "", supervisorSkjNumber: "", hoursPerWeek: "15", ...over,
  };
}

export async function providerPart(
  f: Pick<PlanFixture, "procedureId" | "prinsenhofId">,
  deployments = [row(), row({ personName: "Bram Jansen", educationLevel: "MBO_SUPERVISED", skjNumber: "", supervisorName: "Anna de Vries", supervisorSkjNumber: "100012345", hoursPerWeek: "10" })],
  knownVersionId = "",
) {
  const topics = await db.topic.findMany({ where: { procedureId: f.procedureId } });
  return {
    schoolId: f.prinsenhofId, knownVersionId,
    approaches: Object.fromEntries(topics.map((t) => [t.id, `Onze aanpak bij ${t.title}.`])),
    behaviouralScientist: "Orthopedagoog L. Pieters, op afroep.", replacementArrangement: "Binnen twee weken vervanging door een bekende collega.",
    staffContinuity: "Vast team voor de hele looptijd.", deployments,
  };
}

/** A complete plan, frozen as version 1. */
export async function frozenPlan(f: PlanFixture) {
  await savePlanSchoolPart({ actor: f.school, procedureId: f.procedureId, now: working, input: { schoolId: f.prinsenhofId, knownVersionId: "", ...schoolTexts } });
  await savePlanProviderPart({ actor: f.provider, procedureId: f.procedureId, now: working, input: await providerPart(f) });
  return (await freezePlan({ actor: f.provider, procedureId: f.procedureId, schoolId: f.prinsenhofId, now: working })).version;
}

/** What a signer sends: the hash shown and the function; the name is the account's. */
export function signInput(f: Pick<PlanFixture, "prinsenhofId">, contentSha256: string, signerFunction = "Bestuurder") {
  return { schoolId: f.prinsenhofId, contentSha256, signerFunction };
}

/** The text a PDF made with compress: false shows (pdfkit writes WinAnsi strings as hex in TJ operators). */
export function pdfText(pdf: Buffer): string {
  return [...pdf.toString("latin1").matchAll(/\[([^\]]*)\] TJ/g)]
    .map((m) => [...(m[1] ?? "").matchAll(/<([0-9a-f]+)>/g)].map((h) => Buffer.from(h[1] ?? "", "hex").toString("latin1")).join(""))
    .join("");
}
