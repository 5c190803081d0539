import "server-only";
import type { BudgetBreakdown } from "@/lib/domain/budget";
import { computeFromForm, type BudgetFormValues, type BudgetStructure, type FormErrors } from "@/lib/domain/budget-form";
import { isDomainError } from "@/lib/domain/errors";
import { getBudgetVersionForm, listBudgetVersions, loadBudgetStructure } from "./budget";

// One saved budget version with its breakdown, recomputed from its stored
// parameters with the same pure code the form and the services use. For the
// staff pages and exports (any version) and, for a PUBLISHED version only,
// the school page's explanation of its frozen amounts.

export type BudgetVersionMeta = Awaited<ReturnType<typeof listBudgetVersions>>[number];

export interface BudgetVersionView {
  meta: BudgetVersionMeta;
  values: BudgetFormValues;
  structure: BudgetStructure;
  /** The breakdown, or why it cannot be computed against the current clusters and schools. */
  result: { breakdown: BudgetBreakdown } | { errors: FormErrors };
}

/** A version of this procedure, or null for an unknown or foreign id (the page answers 404). */
export async function findBudgetVersionView(procedureId: string, calculationId: string): Promise<BudgetVersionView | null> {
  if (!/^[a-z0-9]{1,40}$/i.test(calculationId)) return null;
  let form: Awaited<ReturnType<typeof getBudgetVersionForm>>;
  try {
    form = await getBudgetVersionForm(procedureId, calculationId);
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
  const [structure, versions] = await Promise.all([loadBudgetStructure(procedureId), listBudgetVersions(procedureId)]);
  const meta = versions.find((v) => v.id === calculationId);
  if (!meta) return null;
  let result: BudgetVersionView["result"];
  try {
    result = computeFromForm(form.values, structure);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    result = { errors: error.fieldErrors ?? { form: error.message } };
  }
  return { meta, values: form.values, structure, result };
}
