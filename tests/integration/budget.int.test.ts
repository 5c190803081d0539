import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import type { BudgetFormValues } from "@/lib/domain/budget-form";
import { db } from "@/lib/server/db";
import { getNewBudgetForm, getPublishedBudget } from "@/lib/server/queries/budget";
import { publishBudgetVersion, saveBudgetVersion } from "@/lib/server/services/budget";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";

const now = new Date("2025-09-20T10:00:00Z");
let procedureId: string;
let staff: Actor;

/** The worked example: one role, SBO at 4,5 FTE with the example pupils. */
async function workedExample(): Promise<BudgetFormValues> {
  const form = await getNewBudgetForm(procedureId);
  const pupils: Record<string, string> = { "SBO Prinsenhof": "120", "SBO Laurentiusschool": "95", "SBO De Vuurtoren": "130", "IKC Het Zwanenbos": "110", "SBO Horizon": "100" };
  const schools = await db.school.findMany({ where: { procedureId } });
  const sbo = await db.cluster.findFirstOrThrow({ where: { procedureId, code: "SBO" } });
  return {
    ...form,
    roles: [{ name: "Jeugdhulpverlener", monthlySalary: "4.200,00", sharePct: "100" }],
    holidayAllowancePct: "8", yearEndBonusPct: "8,33", socialPremiumPct: "20", pensionPremiumPct: "15", overheadPct: "12", riskSurchargePct: "3",
    clusters: form.clusters.map((c) => (c.clusterId === sbo.id ? { ...c, fte: "4,5" } : c)),
    schools: form.schools.map((s) => {
      const name = schools.find((x) => x.id === s.schoolId)?.name ?? "";
      return { ...s, pupilCount: pupils[name] ?? s.pupilCount, countedOn: "2025-09-01" };
    }),
    contractYears: [{ year: 2026, months: 10, indexPct: "" }, { year: 2027, months: 12, indexPct: "3,1" }],
  };
}

describe("budget versions", () => {
  beforeEach(async () => {
    await resetDatabase();
    procedureId = (await seedDatabase(db, { demo: true, now })).procedureId;
    const user = await db.user.findUniqueOrThrow({ where: { email: demoAccounts.staff.email }, include: { organisation: true } });
    staff = { userId: user.id, sessionId: "s", name: user.name, email: user.email, role: "STAFF", organisationId: user.organisationId, organisationName: user.organisation.name };
  });

  it("derives a new form from the procedure: 2026 has 10 contract months", async () => {
    const form = await getNewBudgetForm(procedureId);
    expect(form.contractYears[0]).toEqual({ year: 2026, months: 10, indexPct: "" });
    expect(form.schools).toHaveLength(10);
  });

  it("saves numbered versions and publishes the worked example's amounts to the cent", async () => {
    const v1 = await saveBudgetVersion({ actor: staff, procedureId, values: await workedExample(), now });
    expect(v1.version).toBe(1);
    await publishBudgetVersion({ actor: staff, procedureId, calculationId: v1.calculationId, now });
    const published = await getPublishedBudget(procedureId);
    const horizon = await db.school.findFirstOrThrow({ where: { procedureId, name: "SBO Horizon" } });
    expect(published?.amounts.get(horizon.id)?.get(2026)).toBe(6_169_495n);
    expect(horizon.pupilCount).toBe(100);
    expect(await db.auditEvent.count({ where: { action: "budget.publish", entityId: v1.calculationId } })).toBe(1);
  });

  it("never changes a published amount: a later save is a new version, and publishing twice is refused", async () => {
    const v1 = await saveBudgetVersion({ actor: staff, procedureId, values: await workedExample(), now });
    await publishBudgetVersion({ actor: staff, procedureId, calculationId: v1.calculationId, now });
    const frozen = await db.budgetSchoolAmount.findMany({ where: { calculationId: v1.calculationId }, orderBy: [{ schoolId: "asc" }, { year: "asc" }] });

    const changed = await workedExample();
    changed.roles = [{ name: "Jeugdhulpverlener", monthlySalary: "4.500,00", sharePct: "100" }];
    const v2 = await saveBudgetVersion({ actor: staff, procedureId, values: changed, now });
    expect(v2.version).toBe(2);
    await expect(publishBudgetVersion({ actor: staff, procedureId, calculationId: v1.calculationId, now })).rejects.toMatchObject({ code: "CONFLICT" });

    expect(await db.budgetSchoolAmount.findMany({ where: { calculationId: v1.calculationId }, orderBy: [{ schoolId: "asc" }, { year: "asc" }] })).toEqual(frozen);
    expect((await db.budgetCalculation.findUniqueOrThrow({ where: { id: v1.calculationId } })).status).toBe("PUBLISHED");
    expect((await getPublishedBudget(procedureId))?.version).toBe(1);
  });

  it("refuses bad input with field errors and saves nothing", async () => {
    const bad = await workedExample();
    bad.roles = [{ name: "A", monthlySalary: "veel", sharePct: "60" }];
    await expect(saveBudgetVersion({ actor: staff, procedureId, values: bad, now })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: expect.objectContaining({ "roles.0.monthlySalary": expect.any(String), roles: expect.stringMatching(/100/) }),
    });
    expect(await db.budgetCalculation.count()).toBe(0);
  });

  it("refuses a form with another procedure's or a missing school", async () => {
    const bad = await workedExample();
    bad.schools = bad.schools.slice(1).concat({ schoolId: "foreign-school", pupilCount: "10", countedOn: "2025-09-01" });
    await expect(saveBudgetVersion({ actor: staff, procedureId, values: bad, now })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.budgetCalculation.count()).toBe(0);
  });

  it("does not publish a version id from outside the procedure", async () => {
    await expect(publishBudgetVersion({ actor: staff, procedureId, calculationId: "does-not-exist", now })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
