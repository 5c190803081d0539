"use client";
import type { UseFormReturn } from "react-hook-form";
import type { BudgetFormValues } from "@/lib/domain/budget-form";
import { PERCENTAGE_FIELD_ORDER, PERCENTAGE_LABELS } from "@/lib/domain/budget-report";
import { BudgetField } from "./budget-field";
import type { ErrorLookup } from "./form-support";

const HINTS: Record<(typeof PERCENTAGE_FIELD_ORDER)[number], string> = {
  holidayAllowancePct: "Over het jaarsalaris.",
  yearEndBonusPct: "Over het jaarsalaris.",
  socialPremiumPct: "Over het jaarbrutoloon.",
  pensionPremiumPct: "Over het jaarbrutoloon.",
  overheadPct: "Over de personeelskosten.",
  riskSurchargePct: "Over personeelskosten plus overhead.",
};

export function PercentagesFieldset({ form, errorFor }: {
  form: UseFormReturn<BudgetFormValues, unknown, BudgetFormValues>;
  errorFor: ErrorLookup;
}) {
  return (
    <fieldset className="space-y-3">
      <legend className="text-base font-semibold">Opslagen</legend>
      <p className="text-sm text-slate-700">Percentages met een komma of een punt, bijvoorbeeld 8,33. Ook 0 is toegestaan.</p>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {PERCENTAGE_FIELD_ORDER.map((field) => (
          <BudgetField
            key={field}
            path={field}
            label={`${PERCENTAGE_LABELS[field]} (%)`}
            hint={HINTS[field]}
            error={errorFor(field)}
            registration={form.register(field)}
            inputMode="decimal"
            autoComplete="off"
          />
        ))}
      </div>
    </fieldset>
  );
}
