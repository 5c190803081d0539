import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { computeBudget } from "@/lib/domain/budget";
import { formToBudgetInput, type BudgetFormValues, type BudgetStructure } from "@/lib/domain/budget-form";
import { DomainError } from "@/lib/domain/errors";
import { recordAudit } from "../audit";
import { db } from "../db";
import { getBudgetVersionForm, loadBudgetStructure } from "../queries/budget";

// Budget versions (issue 5). A saved version is never changed; publishing
// freezes its school amounts. A new calculation is always a new version.

function assertSameSchoolsAndClusters(values: BudgetFormValues, structure: BudgetStructure) {
  const clusterIds = structure.clusters.map((c) => c.id).sort();
  const schoolIds = structure.clusters.flatMap((c) => c.schools.map((s) => s.id)).sort();
  const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().every((v, i) => v === b[i]);
  if (!sameSet(values.clusters.map((c) => c.clusterId), clusterIds) || !sameSet(values.schools.map((s) => s.schoolId), schoolIds)) {
    throw new DomainError("VALIDATION", "De berekening moet precies de clusters en scholen van deze procedure bevatten. Laad de pagina opnieuw.");
  }
}

export async function saveBudgetVersion({ actor, procedureId, values, now }: { actor: Actor; procedureId: string; values: BudgetFormValues; now: Date }) {
  const structure = await loadBudgetStructure(procedureId);
  assertSameSchoolsAndClusters(values, structure);
  const result = formToBudgetInput(values, structure);
  if (!result.ok) throw new DomainError("VALIDATION", undefined, result.errors);
  const breakdown = computeBudget(result.input);
  const fteById = new Map(values.clusters.map((c) => [c.clusterId, c]));

  return db.$transaction(async (tx) => {
    const latest = await tx.budgetCalculation.findFirst({ where: { procedureId }, orderBy: { version: "desc" }, select: { version: true } });
    const version = (latest?.version ?? 0) + 1;
    const calculation = await tx.budgetCalculation.create({
      data: {
        procedureId,
        version,
        baseYear: values.contractYears[0]?.year ?? values.baseYear,
        holidayAllowancePct: result.input.holidayAllowancePct.replace(",", "."),
        yearEndBonusPct: result.input.yearEndBonusPct.replace(",", "."),
        socialPremiumPct: result.input.socialPremiumPct.replace(",", "."),
        pensionPremiumPct: result.input.pensionPremiumPct.replace(",", "."),
        overheadPct: result.input.overheadPct.replace(",", "."),
        riskSurchargePct: result.input.riskSurchargePct.replace(",", "."),
        costPerFteCents: breakdown.costPerFte.cents,
        note: values.note.trim() || null,
        createdById: actor.userId,
        createdAt: now,
        roles: { create: result.input.roles.map((r, sortOrder) => ({ ...r, sortOrder })) },
        clusterFte: {
          create: result.input.clusters.map((c) => ({ clusterId: c.id, fte: c.fte.replace(",", "."), reason: fteById.get(c.id)?.fteReason.trim() || null })),
        },
        schoolPupils: {
          create: [...result.pupils].map(([schoolId, p]) => ({ schoolId, pupilCount: p.pupilCount, countedOn: new Date(`${p.countedOn}T00:00:00Z`) })),
        },
        contractYears: {
          create: result.input.contractYears.map((y) => ({ year: y.year, months: y.months, indexPct: y.indexPct?.replace(",", ".") ?? null })),
        },
      },
    });
    await recordAudit(tx, actor, now, {
      action: "budget.save", entityType: "BudgetCalculation", entityId: calculation.id, procedureId,
      after: { version, costPerFteCents: breakdown.costPerFte.cents.toString() },
    });
    return { calculationId: calculation.id, version };
  });
}

export async function publishBudgetVersion({ actor, procedureId, calculationId, now }: { actor: Actor; procedureId: string; calculationId: string; now: Date }) {
  const { values, version, isExample } = await getBudgetVersionForm(procedureId, calculationId);
  const structure = await loadBudgetStructure(procedureId);
  const result = formToBudgetInput(values, structure);
  if (!result.ok) throw new DomainError("VALIDATION", "Deze versie is niet meer geldig voor de huidige scholen. Maak een nieuwe versie.");
  const breakdown = computeBudget(result.input);

  await db.$transaction(async (tx) => {
    // Claim the publication: only a draft can be published, exactly once.
    const claimed = await tx.budgetCalculation.updateMany({
      where: { id: calculationId, procedureId, status: "DRAFT" },
      data: { status: "PUBLISHED", publishedAt: now, publishedById: actor.userId },
    });
    if (claimed.count !== 1) throw new DomainError("CONFLICT", `Versie ${version} is al gepubliceerd; gepubliceerde bedragen veranderen nooit.`);
    await tx.budgetSchoolAmount.createMany({
      data: breakdown.schoolAmounts.map((a) => ({ calculationId, schoolId: a.schoolId, year: a.year, amountCents: a.cents })),
    });
    for (const [schoolId, p] of result.pupils) {
      await tx.school.update({
        where: { id: schoolId },
        data: { pupilCount: p.pupilCount, pupilCountOn: new Date(`${p.countedOn}T00:00:00Z`), pupilCountIsExample: isExample },
      });
    }
    await recordAudit(tx, actor, now, {
      action: "budget.publish", entityType: "BudgetCalculation", entityId: calculationId, procedureId,
      after: { version, amounts: breakdown.schoolAmounts.map((a) => ({ schoolId: a.schoolId, year: a.year, cents: a.cents.toString() })) },
    });
  });
  return { version };
}
