"use client";
import { memo, type MouseEvent } from "react";
import { BudgetBreakdownView } from "@/components/budget/breakdown";
import { Card } from "@/components/ui/card";
import type { BudgetBreakdown } from "@/lib/domain/budget";
import type { BudgetFormValues, BudgetStructure, FormErrors } from "@/lib/domain/budget-form";
import { fieldId } from "./form-support";
import { orderProblems, problemLabel } from "./problem-labels";

export type LiveResult = { breakdown: BudgetBreakdown } | { errors: FormErrors };

/** Moves focus to the field itself (a fragment link alone only scrolls). */
function focusField(event: MouseEvent<HTMLAnchorElement>, path: string) {
  const target = document.getElementById(fieldId(path));
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: "center" });
}

/** The breakdown of what is in the form now, or calmly what is still missing. */
export const LiveBreakdown = memo(function LiveBreakdown({ live, values, structure }: { live: LiveResult; values: BudgetFormValues; structure: BudgetStructure }) {
  if ("breakdown" in live) {
    return (
      <Card title="Doorrekening">
        <p className="mb-4 text-sm text-slate-700">
          Rekent mee met wat nu in het formulier staat. Sla de versie op om haar te bewaren.
        </p>
        <BudgetBreakdownView breakdown={live.breakdown} />
      </Card>
    );
  }
  const problems = orderProblems(live.errors);
  return (
    <Card title="Doorrekening">
      <div className="rounded-md border border-brand-100 bg-brand-50 p-3 text-sm text-brand-800" data-testid="budget-problems">
        <p className="font-semibold">Vul {problems.length === 1 ? "nog één gegeven" : `nog ${problems.length} gegevens`} in of verbeter ze; dan verschijnt hier de doorrekening.</p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {problems.map(([path, message]) => (
            <li key={path}>
              <a href={`#${fieldId(path)}`} onClick={(e) => focusField(e, path)}>{problemLabel(path, values, structure)}</a>: {message}
            </li>
          ))}
        </ul>
      </div>
    </Card>
  );
});
