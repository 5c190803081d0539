import "server-only";
import { basisPointsToSharePct, type BudgetFormValues, type BudgetStructure } from "@/lib/domain/budget-form";
import { DomainError } from "@/lib/domain/errors";
import { formatMoneyPlain } from "@/lib/domain/money";
import { db } from "../db";

// Budget reads. Published amounts are public (SPEC §5); drafts and the
// parameters of unpublished versions are for staff pages only.

export async function loadBudgetStructure(procedureId: string): Promise<BudgetStructure> {
  const clusters = await db.cluster.findMany({
    where: { procedureId },
    orderBy: { sortOrder: "asc" },
    include: { schools: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true } } },
  });
  return {
    clusters: clusters.map((c) => ({ id: c.id, name: c.name, level: c.level, fteMin: c.fteMin.toString(), fteMax: c.fteMax.toString(), schools: c.schools })),
  };
}

export async function listBudgetVersions(procedureId: string) {
  const rows = await db.budgetCalculation.findMany({ where: { procedureId }, orderBy: { version: "desc" } });
  const authorIds = [...new Set(rows.flatMap((r) => [r.createdById, r.publishedById]).filter((id): id is string => !!id))];
  const authors = new Map((await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    status: r.status,
    isExample: r.isExample,
    note: r.note,
    costPerFteCents: r.costPerFteCents,
    createdAt: r.createdAt,
    createdBy: r.createdById ? (authors.get(r.createdById) ?? "onbekend") : "systeem",
    publishedAt: r.publishedAt,
    publishedBy: r.publishedById ? (authors.get(r.publishedById) ?? "onbekend") : null,
  }));
}

function percent(value: { toString(): string }): string {
  return value.toString().replace(".", ",");
}

/** The stored parameters of one version, as form values; NOT_FOUND outside the procedure. */
export async function getBudgetVersionForm(procedureId: string, calculationId: string): Promise<{ version: number; status: string; isExample: boolean; values: BudgetFormValues }> {
  const c = await db.budgetCalculation.findFirst({
    where: { id: calculationId, procedureId },
    include: { roles: { orderBy: { sortOrder: "asc" } }, clusterFte: true, schoolPupils: { include: { school: true } }, contractYears: { orderBy: { year: "asc" } } },
  });
  if (!c) throw new DomainError("NOT_FOUND", "Deze berekening bestaat niet.");
  return {
    version: c.version,
    status: c.status,
    isExample: c.isExample,
    values: {
      baseYear: c.baseYear,
      note: c.note ?? "",
      roles: c.roles.map((r) => ({ name: r.name, monthlySalary: formatMoneyPlain(r.monthlySalaryCents), sharePct: basisPointsToSharePct(r.shareBasisPoints) })),
      holidayAllowancePct: percent(c.holidayAllowancePct),
      yearEndBonusPct: percent(c.yearEndBonusPct),
      socialPremiumPct: percent(c.socialPremiumPct),
      pensionPremiumPct: percent(c.pensionPremiumPct),
      overheadPct: percent(c.overheadPct),
      riskSurchargePct: percent(c.riskSurchargePct),
      clusters: c.clusterFte.map((f) => ({ clusterId: f.clusterId, fte: percent(f.fte), fteReason: f.reason ?? "" })),
      schools: [...c.schoolPupils]
        .sort((a, b) => a.school.sortOrder - b.school.sortOrder)
        .map((p) => ({ schoolId: p.schoolId, pupilCount: String(p.pupilCount), countedOn: p.countedOn.toISOString().slice(0, 10) })),
      contractYears: c.contractYears.map((y) => ({ year: y.year, months: y.months, indexPct: y.indexPct ? percent(y.indexPct) : "" })),
    },
  };
}

/** Start values for a new version: the newest version, or the procedure's own figures. */
export async function getNewBudgetForm(procedureId: string): Promise<BudgetFormValues> {
  const latest = await db.budgetCalculation.findFirst({ where: { procedureId }, orderBy: { version: "desc" }, select: { id: true } });
  if (latest) return { ...(await getBudgetVersionForm(procedureId, latest.id)).values, note: "" };
  const procedure = await db.procedure.findUniqueOrThrow({ where: { id: procedureId } });
  const structure = await loadBudgetStructure(procedureId);
  const schools = await db.school.findMany({ where: { procedureId }, orderBy: { sortOrder: "asc" } });
  const start = procedure.contractStartOn;
  const baseYear = start.getUTCFullYear();
  const baseMonths = procedure.contractEndOn.getUTCFullYear() === baseYear ? procedure.contractEndOn.getUTCMonth() - start.getUTCMonth() + 1 : 12 - start.getUTCMonth();
  return {
    baseYear,
    note: "",
    roles: [{ name: "Jeugdhulpverlener", monthlySalary: "", sharePct: "100" }],
    holidayAllowancePct: "", yearEndBonusPct: "", socialPremiumPct: "", pensionPremiumPct: "", overheadPct: "", riskSurchargePct: "",
    clusters: structure.clusters.map((c) => ({ clusterId: c.id, fte: c.fteMin.replace(".", ","), fteReason: "" })),
    schools: schools.map((s) => ({ schoolId: s.id, pupilCount: s.pupilCount === null ? "" : String(s.pupilCount), countedOn: s.pupilCountOn?.toISOString().slice(0, 10) ?? "" })),
    contractYears: [{ year: baseYear, months: baseMonths, indexPct: "" }, { year: baseYear + 1, months: 12, indexPct: "" }],
  };
}

export interface PublishedBudget {
  calculationId: string;
  version: number;
  publishedAt: Date;
  isExample: boolean;
  years: { year: number; months: number }[];
  /** schoolId → year → cents */
  amounts: Map<string, Map<number, bigint>>;
}

/** The newest published version and its frozen amounts; null before the first publication. */
export async function getPublishedBudget(procedureId: string): Promise<PublishedBudget | null> {
  const c = await db.budgetCalculation.findFirst({
    where: { procedureId, status: "PUBLISHED" },
    orderBy: { publishedAt: "desc" },
    include: { schoolAmounts: true, contractYears: { orderBy: { year: "asc" } } },
  });
  if (!c || !c.publishedAt) return null;
  const amounts = new Map<string, Map<number, bigint>>();
  for (const a of c.schoolAmounts) {
    const perYear = amounts.get(a.schoolId) ?? new Map<number, bigint>();
    perYear.set(a.year, a.amountCents);
    amounts.set(a.schoolId, perYear);
  }
  return { calculationId: c.id, version: c.version, publishedAt: c.publishedAt, isExample: c.isExample, years: c.contractYears.map((y) => ({ year: y.year, months: y.months })), amounts };
}
