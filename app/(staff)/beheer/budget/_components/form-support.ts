import { zodResolver } from "@hookform/resolvers/zod";
import { toNestErrors } from "@hookform/resolvers";
import type { FieldError, FieldErrors, Resolver } from "react-hook-form";
import { formToBudgetInput, type BudgetFormValues, type BudgetStructure } from "@/lib/domain/budget-form";
import { budgetFormSchema } from "@/lib/schemas/budget";

// Shared by the parts of the budget form: stable field ids (so the problem
// summary can link to a field), and the resolver that checks the shape (zod)
// and the meaning (the same pure validation the server runs before saving).

/** The id of the input (or fieldset) for a form path: "roles.0.sharePct" → "veld-roles-0-sharePct". */
export function fieldId(path: string): string {
  return `veld-${path.replaceAll(".", "-")}`;
}

export function errorId(path: string): string {
  return `${fieldId(path)}-fout`;
}

/** The message to show under a field (or group), if any. */
export type ErrorLookup = (path: string) => string | undefined;

/** Flattens react-hook-form's nested errors into path → error. */
function flatten(errors: FieldErrors, prefix = "", out: Record<string, FieldError> = {}): Record<string, FieldError> {
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== "object") continue;
    const path = key === "root" ? prefix : prefix ? `${prefix}.${key}` : key;
    const leaf = value as Partial<FieldError>;
    if (typeof leaf.type === "string" && typeof leaf.message === "string") out[path] ??= { type: leaf.type, message: leaf.message };
    else flatten(value as FieldErrors, path, out);
  }
  return out;
}

/**
 * Blocks saving while the form has problems. Errors of the budget rules carry
 * type "domain"; the form shows those from its live computation instead (they
 * are always current), and only zod's and the server's own errors from here.
 */
export function budgetResolver(structure: BudgetStructure): Resolver<BudgetFormValues, unknown, BudgetFormValues> {
  const shape = zodResolver(budgetFormSchema) as unknown as Resolver<BudgetFormValues, unknown, BudgetFormValues>;
  return async (values, context, options) => {
    const checked = await shape(values, context, options);
    const meaning = formToBudgetInput(values, structure);
    if (meaning.ok && Object.keys(checked.errors).length === 0) return checked;
    const flat: Record<string, FieldError> = {};
    if (!meaning.ok) for (const [path, message] of Object.entries(meaning.errors)) flat[path] = { type: "domain", message };
    for (const [path, error] of Object.entries(flatten(checked.errors))) flat[path] ??= error;
    return { values: {}, errors: toNestErrors(flat, options) };
  };
}

/** After a refused submit: focus the first field with a problem in the order of the page. */
export function focusFirstError(errors: FieldErrors): void {
  const elements = Object.keys(flatten(errors))
    .map((path) => document.getElementById(fieldId(path)))
    .filter((el): el is HTMLElement => el !== null);
  // A field before the group around it (a fieldset precedes its own inputs in document order).
  const fields = elements
    .filter((el) => !elements.some((other) => other !== el && el.contains(other)))
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const first = fields[0];
  if (!first) return;
  first.focus();
  first.scrollIntoView({ block: "center" });
}
