"use client";
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { sharePctToBasisPoints, type BudgetFormValues } from "@/lib/domain/budget-form";
import { BudgetField, GroupError } from "./budget-field";
import { errorId, fieldId, type ErrorLookup } from "./form-support";

/** "10000" basis points → "100"; "6050" → "60,5". */
function bpText(bp: number): string {
  return `${Math.trunc(bp / 100)}${bp % 100 ? `,${String(bp % 100).padStart(2, "0").replace(/0$/, "")}` : ""}`;
}

export function RolesFieldset({ form, values, errorFor }: {
  form: UseFormReturn<BudgetFormValues, unknown, BudgetFormValues>;
  values: BudgetFormValues;
  errorFor: ErrorLookup;
}) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "roles" });
  const shares = values.roles.map((r) => sharePctToBasisPoints(r.sharePct ?? ""));
  const total = shares.every((s) => s !== null) ? shares.reduce<number>((a, s) => a + (s ?? 0), 0) : null;
  const groupError = errorFor("roles");
  return (
    <fieldset id={fieldId("roles")} tabIndex={-1} aria-describedby={groupError ? errorId("roles") : undefined} className="space-y-4">
      <legend className="text-base font-semibold">Functiemix</legend>
      <p className="text-sm text-slate-700">
        Een of meer functies met hun bruto maandsalaris (het cao-schaalbedrag, bijvoorbeeld 4.200,00 of 4200.00) en hun
        aandeel in een fte. De aandelen zijn samen 100 %.
      </p>
      <ol className="space-y-4">
        {fields.map((field, i) => (
          <li key={field.id} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-start">
            <BudgetField
              path={`roles.${i}.name`}
              label={<>Functie <span className="sr-only">{i + 1}</span></>}
              error={errorFor(`roles.${i}.name`)}
              registration={form.register(`roles.${i}.name`)}
              autoComplete="off"
            />
            <BudgetField
              path={`roles.${i}.monthlySalary`}
              label={<>Maandsalaris in € <span className="sr-only">functie {i + 1}</span></>}
              error={errorFor(`roles.${i}.monthlySalary`)}
              registration={form.register(`roles.${i}.monthlySalary`)}
              inputMode="decimal"
              autoComplete="off"
            />
            <BudgetField
              path={`roles.${i}.sharePct`}
              label={<>Aandeel in fte (%) <span className="sr-only">functie {i + 1}</span></>}
              error={errorFor(`roles.${i}.sharePct`)}
              registration={form.register(`roles.${i}.sharePct`)}
              inputMode="decimal"
              autoComplete="off"
            />
            <div className="sm:pt-6">
              <Button variant="secondary" onClick={() => remove(i)} disabled={fields.length === 1}>
                Verwijder functie {i + 1}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <p className="text-sm text-slate-800" aria-live="polite">
        Aandelen samen: <strong>{total === null ? "nog niet te berekenen" : `${bpText(total)} %`}</strong>
      </p>
      <GroupError path="roles" error={groupError} />
      <Button variant="secondary" onClick={() => append({ name: "", monthlySalary: "", sharePct: "" })}>
        Functie toevoegen
      </Button>
    </fieldset>
  );
}
