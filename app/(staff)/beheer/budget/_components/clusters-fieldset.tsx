"use client";
import type { UseFormReturn } from "react-hook-form";
import type { BudgetFormValues, BudgetStructure } from "@/lib/domain/budget-form";
import { fteRangeText } from "@/lib/domain/budget-report";
import { BudgetField, BudgetTextarea } from "./budget-field";
import type { ErrorLookup } from "./form-support";

/** FTE per cluster, with the seeds' estimate beside it and a reason when the figure falls outside it. */
export function ClustersFieldset({ form, structure, errorFor }: {
  form: UseFormReturn<BudgetFormValues, unknown, BudgetFormValues>;
  structure: BudgetStructure;
  errorFor: ErrorLookup;
}) {
  const indexOf = new Map(form.getValues("clusters").map((c, i) => [c.clusterId, i]));
  return (
    <fieldset className="space-y-3">
      <legend className="text-base font-semibold">Fte per cluster</legend>
      <p className="text-sm text-slate-700">
        De gemeenten hebben per cluster een schatting gegeven. Een aantal buiten die schatting kan, met een reden.
      </p>
      <div className="grid gap-4 lg:grid-cols-3">
        {structure.clusters.map((cluster) => {
          const i = indexOf.get(cluster.id);
          if (i === undefined) return null;
          return (
            <div key={cluster.id} className="space-y-3 rounded-md border border-slate-200 p-3">
              <p className="font-medium">{cluster.name}</p>
              <BudgetField
                path={`clusters.${i}.fte`}
                label={<>Aantal fte <span className="sr-only">{cluster.name}</span></>}
                hint={`Schatting ${fteRangeText(cluster.fteMin, cluster.fteMax)} fte`}
                error={errorFor(`clusters.${i}.fte`)}
                registration={form.register(`clusters.${i}.fte`)}
                inputMode="decimal"
                autoComplete="off"
              />
              <BudgetTextarea
                path={`clusters.${i}.fteReason`}
                label={<>Reden bij afwijking <span className="sr-only">{cluster.name}</span></>}
                hint="Verplicht als het aantal buiten de schatting valt."
                error={errorFor(`clusters.${i}.fteReason`)}
                registration={form.register(`clusters.${i}.fteReason`)}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
