"use client";
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import type { BudgetFormValues } from "@/lib/domain/budget-form";
import { BudgetField, BudgetSelect, GroupError } from "./budget-field";
import { errorId, fieldId, type ErrorLookup } from "./form-support";

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Contract years: the first is the base year; every later year gets an index percentage. */
export function ContractYearsFieldset({ form, values, errorFor }: {
  form: UseFormReturn<BudgetFormValues, unknown, BudgetFormValues>;
  values: BudgetFormValues;
  errorFor: ErrorLookup;
}) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "contractYears" });
  const groupError = errorFor("contractYears");
  const last = values.contractYears[values.contractYears.length - 1];
  return (
    <fieldset id={fieldId("contractYears")} tabIndex={-1} aria-describedby={groupError ? errorId("contractYears") : undefined} className="space-y-4">
      <legend className="text-base font-semibold">Contractjaren</legend>
      <p className="text-sm text-slate-700">
        Een gedeeltelijk jaar krijgt het jaarbedrag × maanden / 12 (2026 loopt van 1 maart tot en met 31 december: 10 maanden).
        Een later jaar krijgt het volledige jaarbedrag van het jaar ervoor × (1 + index).
      </p>
      <ol className="space-y-3">
        {fields.map((field, i) => (
          <li key={field.id} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-3 sm:items-start">
            <BudgetField
              path={`contractYears.${i}.year`}
              label={<>Jaar <span className="sr-only">{i + 1}</span></>}
              error={errorFor(`contractYears.${i}.year`)}
              registration={form.register(`contractYears.${i}.year`, { valueAsNumber: true })}
              type="number"
              inputMode="numeric"
            />
            <BudgetSelect
              path={`contractYears.${i}.months`}
              label={<>Maanden <span className="sr-only">contractjaar {i + 1}</span></>}
              error={errorFor(`contractYears.${i}.months`)}
              registration={form.register(`contractYears.${i}.months`, { valueAsNumber: true })}
            >
              {MONTHS.map((m) => <option key={m} value={m}>{m}</option>)}
            </BudgetSelect>
            {i === 0 ? (
              <p className="text-sm text-slate-700 sm:pt-7">Basisjaar: geen index.</p>
            ) : (
              <BudgetField
                path={`contractYears.${i}.indexPct`}
                label={<>Index (%) <span className="sr-only">contractjaar {i + 1}</span></>}
                error={errorFor(`contractYears.${i}.indexPct`)}
                registration={form.register(`contractYears.${i}.indexPct`)}
                inputMode="decimal"
                autoComplete="off"
              />
            )}
          </li>
        ))}
      </ol>
      <GroupError path="contractYears" error={groupError} />
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onClick={() => append({ year: (last && Number.isInteger(last.year) ? last.year : values.baseYear + fields.length - 1) + 1, months: 12, indexPct: "" })}
        >
          Jaar toevoegen
        </Button>
        <Button variant="secondary" onClick={() => remove(fields.length - 1)} disabled={fields.length <= 1}>
          Laatste jaar verwijderen
        </Button>
      </div>
    </fieldset>
  );
}
