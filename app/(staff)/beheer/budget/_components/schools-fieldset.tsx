"use client";
import { useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import type { BudgetFormValues, BudgetStructure } from "@/lib/domain/budget-form";
import { BudgetField, GroupError } from "./budget-field";
import { errorId, fieldId, type ErrorLookup } from "./form-support";

/** Pupil counts and their counting date per school, grouped by cluster. */
export function SchoolsFieldset({ form, structure, values, errorFor }: {
  form: UseFormReturn<BudgetFormValues, unknown, BudgetFormValues>;
  structure: BudgetStructure;
  values: BudgetFormValues;
  errorFor: ErrorLookup;
}) {
  const [commonDate, setCommonDate] = useState("");
  const indexOf = new Map(form.getValues("schools").map((s, i) => [s.schoolId, i]));
  const groupError = errorFor("schools");

  function applyDate() {
    if (!commonDate) return;
    values.schools.forEach((_, i) => form.setValue(`schools.${i}.countedOn`, commonDate, { shouldDirty: true, shouldTouch: true }));
  }

  return (
    <fieldset id={fieldId("schools")} tabIndex={-1} aria-describedby={groupError ? errorId("schools") : undefined} className="space-y-4">
      <legend className="text-base font-semibold">Leerlingen per school</legend>
      <p className="text-sm text-slate-700">
        Het aantal leerlingen op de peildatum van de telling. Het clusterbedrag wordt naar deze aantallen over de scholen verdeeld.
      </p>
      <div className="flex flex-wrap items-end gap-3 rounded-md bg-slate-50 p-3">
        <div className="space-y-1">
          <label htmlFor="peildatum-alle" className="block text-sm font-medium">Peildatum voor alle scholen</label>
          <input
            id="peildatum-alle"
            type="date"
            value={commonDate}
            onChange={(e) => setCommonDate(e.target.value)}
            className="block rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
          />
        </div>
        <Button variant="secondary" onClick={applyDate} disabled={!commonDate}>Op alle scholen toepassen</Button>
      </div>
      {structure.clusters.map((cluster) => {
        const pupils = cluster.schools.reduce((acc, s) => {
          const n = Number(values.schools[indexOf.get(s.id) ?? -1]?.pupilCount);
          return Number.isInteger(n) ? acc + n : acc;
        }, 0);
        return (
          <div key={cluster.id} className="space-y-3">
            <p className="font-medium">
              {cluster.name} <span className="font-normal text-slate-700">— samen {pupils} leerlingen</span>
            </p>
            <ul className="space-y-3">
              {cluster.schools.map((school) => {
                const i = indexOf.get(school.id);
                if (i === undefined) return null;
                return (
                  <li key={school.id} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_9rem_13rem] sm:items-start">
                    <p className="font-medium sm:pt-7">{school.name}</p>
                    <BudgetField
                      path={`schools.${i}.pupilCount`}
                      label={<>Leerlingen <span className="sr-only">{school.name}</span></>}
                      error={errorFor(`schools.${i}.pupilCount`)}
                      registration={form.register(`schools.${i}.pupilCount`)}
                      inputMode="numeric"
                      autoComplete="off"
                    />
                    <BudgetField
                      path={`schools.${i}.countedOn`}
                      label={<>Peildatum <span className="sr-only">{school.name}</span></>}
                      error={errorFor(`schools.${i}.countedOn`)}
                      registration={form.register(`schools.${i}.countedOn`)}
                      type="date"
                    />
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      <GroupError path="schools" error={groupError} />
    </fieldset>
  );
}
