import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { centsToOcdsAmount, OCDS_PLACEHOLDER_PREFIX } from "@/lib/domain/ocds";
import { db } from "@/lib/server/db";
import { getPublishedBudget } from "@/lib/server/queries/budget";
import { getOcdsReleasePackage } from "@/lib/server/queries/ocds";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { procedureSeed } from "@/prisma/seed/haaglanden";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";
import { beforeAnnouncement, decideAdmission, schoolNamed } from "./support/selection";
import { actorFor } from "./support/actors";
import { publishWorkedExampleBudget } from "./support/plan";

// The public OCDS export on the demo seed: only what is published at `now`
// (SPEC §10, docs/decisions/0014-ocds-export.md).

const afterAnnouncement = new Date("2025-10-20T08:00:00Z");
const budgetAt = new Date("2025-09-20T10:00:00Z");
const choicePublishedAt = new Date("2025-11-28T09:00:00Z");
const afterChoice = new Date("2025-12-01T09:00:00Z");
const URI = "https://portaal.example/ocds";
const SECRET_MOTIVATION = "Geheime motivering van de school over beide aanbieders en hun plannen.";

let procedureId: string;
let staff: Actor;
let brug: Actor;
let kompas: Actor;

async function publishBudget() {
  await publishWorkedExampleBudget(procedureId, staff, budgetAt);
  return (await getPublishedBudget(procedureId))!;
}

async function admitBoth() {
  const sbo = await db.cluster.findFirstOrThrow({ where: { procedureId, code: "SBO" } });
  await decideAdmission(procedureId, brug.organisationId, sbo.id, "ADMITTED");
  await decideAdmission(procedureId, kompas.organisationId, sbo.id, "ADMITTED");
  return sbo;
}

async function choose(schoolName: string, providers: Actor[], publishedAt: Date | null) {
  const school = await schoolNamed(schoolName);
  await db.schoolChoice.create({
    data: {
      schoolId: school.id, status: "SUBMITTED", motivation: SECRET_MOTIVATION, advantages: "Geheime voordelen.",
      submittedAt: new Date("2025-11-25T09:00:00Z"), publishedAt,
      providers: { create: providers.map((p) => ({ providerOrganisationId: p.organisationId })) },
    },
  });
  return school;
}

const releaseAt = async (now: Date) => (await getOcdsReleasePackage(now, URI)).releases[0];

describe("the OCDS release package on the demo seed", () => {
  beforeEach(async () => {
    await resetDatabase();
    procedureId = (await seedDatabase(db, { demo: true, now: budgetAt })).procedureId;
    staff = await actorFor(demoAccounts.staff.email);
    brug = await actorFor(demoAccounts.provider.email);
    kompas = await actorFor(demoAccounts.provider2.email);
  });

  it("before the announcement: the tender with ten school lots, no suppliers and no awards, not even of decided admissions", async () => {
    await admitBoth();
    const pkg = await getOcdsReleasePackage(beforeAnnouncement, URI);
    const r = pkg.releases[0];
    expect(pkg.version).toBe("1.1");
    expect(r.ocid).toBe(`${OCDS_PLACEHOLDER_PREFIX}-${procedureSeed.slug}`);
    expect(r.tag).toEqual(["tender"]);
    expect(r.tender.title).toBe(procedureSeed.title);
    expect(r.tender.lots).toHaveLength(10);
    expect(r.tender.lotGroups).toHaveLength(3);
    expect(r.tender.milestones).toHaveLength(12);
    expect(r.awards).toEqual([]);
    expect(r.parties.filter((p) => p.roles.includes("supplier"))).toEqual([]);
    expect(JSON.stringify(pkg)).not.toMatch(/De Brug|Kompas/);
    // No budget published yet: no values.
    expect(r.tender.lots.every((l) => l.value === undefined)).toBe(true);
  });

  it("after the announcement: the admitted providers are suppliers; a rejected one does not appear", async () => {
    const sbo = await db.cluster.findFirstOrThrow({ where: { procedureId, code: "SBO" } });
    await decideAdmission(procedureId, brug.organisationId, sbo.id, "ADMITTED");
    await decideAdmission(procedureId, kompas.organisationId, sbo.id, "NOT_ADMITTED");
    const r = await releaseAt(afterAnnouncement);
    expect(r.tag).toEqual(["tender", "award"]);
    expect(r.parties.filter((p) => p.roles.includes("supplier")).map((p) => p.name)).toEqual(["Jeugdhulp De Brug"]);
    expect(r.awards).toEqual([expect.objectContaining({ id: "admission-SBO", suppliers: [{ id: `provider-${brug.organisationId}`, name: "Jeugdhulp De Brug" }] })]);
    expect(JSON.stringify(r)).not.toContain("Kompas");
  });

  it("lot values are the published fixed amounts for 2026 in cents / 100; the buyers are the Servicebureau and the municipalities", async () => {
    const budget = await publishBudget();
    const r = await releaseAt(beforeAnnouncement);
    const schools = await db.school.findMany({ where: { procedureId } });
    expect(r.tender.lots.filter((l) => l.value !== undefined)).toHaveLength(10);
    for (const school of schools) {
      const cents = budget.amounts.get(school.id)?.get(2026) as bigint;
      const lot = r.tender.lots.find((l) => l.id === `school-${school.id}`);
      expect(lot?.value).toEqual({ amount: centsToOcdsAmount(cents), currency: "EUR" });
      expect(lot?.value?.amount.toFixed(2)).toBe(`${cents / 100n}.${(cents % 100n).toString().padStart(2, "0")}`);
    }
    const horizon = await schoolNamed("SBO Horizon");
    expect(r.tender.lots.find((l) => l.id === `school-${horizon.id}`)?.value?.amount).toBe(61694.95);
    expect(r.buyer.name).toBe("Servicebureau Jeugdhulp Haaglanden");
    expect(r.parties.filter((p) => p.roles.includes("buyer")).map((p) => p.name)).toEqual([
      "Servicebureau Jeugdhulp Haaglanden", "Gemeente Delft", "Gemeente Pijnacker-Nootdorp", "Gemeente Westland", "Gemeente Zoetermeer",
    ]);
  });

  it("a published choice is an award with its suppliers and the school's amount; an unpublished one, motivations and people's names never appear", async () => {
    const budget = await publishBudget();
    await admitBoth();
    const horizon = await choose("SBO Horizon", [brug, kompas], choicePublishedAt);
    const vuurtoren = await choose("SBO De Vuurtoren", [kompas], null);
    const pkg = await getOcdsReleasePackage(afterChoice, URI);
    const r = pkg.releases[0];
    const award = r.awards.find((a) => a.id === `choice-${horizon.id}`);
    expect(award).toMatchObject({
      status: "pending", date: choicePublishedAt.toISOString(), relatedLots: [`school-${horizon.id}`],
      suppliers: [{ name: "Jeugdhulp De Brug" }, { name: "Kompas Jeugd en Gezin" }],
      value: { amount: centsToOcdsAmount(budget.amounts.get(horizon.id)?.get(2026) as bigint), currency: "EUR" },
    });
    expect(r.awards.some((a) => a.id === `choice-${vuurtoren.id}`)).toBe(false);
    expect(r.date).toBe(choicePublishedAt.toISOString());
    const json = JSON.stringify(pkg);
    expect(json).not.toContain("Geheime");
    for (const account of Object.values(demoAccounts)) expect(json).not.toContain(account.name);
  });
});
