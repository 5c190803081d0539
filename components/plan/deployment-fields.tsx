"use client";
import { useMemo } from "react";
import { useFieldArray, useWatch, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { checkDeployment, type DeploymentRowInput } from "@/lib/domain/plan/deployment";
import { formatMoney } from "@/lib/domain/money";
import { EDUCATION_LEVELS, EDUCATION_LEVEL_LABELS, type DeploymentRowFormValues } from "@/lib/schemas/plan";

export interface DeploymentRulesView {
  minEmployees: number;
  maxEmployees: number | null;
  providerIds: string[];
  costPerFteCents: string;
  hoursPerFtePerWeek: string;
  fixedAnnualAmountCents: string;
  contractMonths: number;
  year: number;
}

export interface ProviderFormValues {
  approaches: Record<string, string>;
  behaviouralScientist: string;
  replacementArrangement: string;
  staffContinuity: string;
  deployments: DeploymentRowFormValues[];
}

const input = "block w-full rounded-md border border-slate-400 px-2 py-1.5 text-sm";

function toInput(row: DeploymentRowFormValues, providerId: string): DeploymentRowInput {
  return { ...row, providerId, personName: row.personName.trim() === "" ? null : row.personName };
}

/**
 * The deployment table of the own organisation, checked live with the same
 * pure rules as the server (lib/domain/plan/deployment): employees, SKJ,
 * supervision, hours, and the cost against the school's fixed amount.
 */
export function DeploymentFields({ control, register, errors, ownProviderId, otherRows, otherRowsBefore, rules, disabled }: {
  control: Control<ProviderFormValues>;
  register: UseFormRegister<ProviderFormValues>;
  errors: FieldErrors<ProviderFormValues>;
  ownProviderId: string;
  /** The other chosen provider's rows, in table order. */
  otherRows: (DeploymentRowFormValues & { providerId: string; providerName: string })[];
  /** How many of otherRows come before the own rows: the table (and the server's messages) order rows by chosen provider. */
  otherRowsBefore: number;
  rules: DeploymentRulesView | null;
  disabled: boolean;
}) {
  const { fields, append, remove } = useFieldArray({ control, name: "deployments" });
  const watchedRows = useWatch({ control, name: "deployments" });
  const rows = useMemo(() => watchedRows ?? [], [watchedRows]);
  const offset = Math.min(Math.max(otherRowsBefore, 0), otherRows.length);
  /** Row number in the whole table of the other provider's row j. */
  const otherRowNumber = (j: number) => (j < offset ? j + 1 : rows.length + j + 1);
  const check = useMemo(() => {
    if (!rules) return null;
    const other = otherRows.map((r) => toInput(r, r.providerId));
    const all = [...other.slice(0, offset), ...rows.map((r) => toInput(r, ownProviderId)), ...other.slice(offset)];
    return checkDeployment(all, {
      minEmployees: rules.minEmployees, maxEmployees: rules.maxEmployees, providerIds: rules.providerIds,
      costPerFteCents: BigInt(rules.costPerFteCents), hoursPerFtePerWeek: rules.hoursPerFtePerWeek,
      fixedAnnualAmountCents: BigInt(rules.fixedAnnualAmountCents), contractMonths: rules.contractMonths,
    });
  }, [rules, otherRows, offset, rows, ownProviderId]);

  const rowError = (i: number, field: string) => errors.deployments?.[i]?.[field as keyof DeploymentRowFormValues]?.message ?? check?.errors[`rows.${offset + i}.${field}`];
  const cost = (id: string) => check?.costs.find((c) => c.rowId === id)?.cost.cents;

  return (
    <div className="space-y-4">
      {otherRows.length > 0 ? (
        <div className="text-sm">
          <p className="font-medium">Inzet van de andere aanbieder (alleen te lezen)</p>
          <ul className="list-disc pl-5">
            {otherRows.map((r, j) => (
              <li key={r.id}>Rij {otherRowNumber(j)}: {r.personName || "Vacature"} — {r.role}, {r.hoursPerWeek} uur per week ({r.providerName})</li>
            ))}
          </ul>
        </div>
      ) : null}
      {fields.map((field, i) => {
        const level = rows[i]?.educationLevel;
        const fieldInput = (name: keyof DeploymentRowFormValues, label: string, hint?: string) => {
          const id = `inzet-${field.id}-${name}`;
          const error = rowError(i, name);
          return (
            <div className="space-y-1">
              <label htmlFor={id} className="block text-sm font-medium">{label}</label>
              {hint ? <p id={`${id}-hint`} className="text-xs text-slate-600">{hint}</p> : null}
              <input id={id} className={input} disabled={disabled} aria-invalid={error ? true : undefined} aria-describedby={[hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined} {...register(`deployments.${i}.${name}`)} />
              {error ? <p id={`${id}-error`} className="text-sm font-medium text-red-700">{error}</p> : null}
            </div>
          );
        };
        const costCents = cost(rows[i]?.id ?? "");
        return (
          <fieldset key={field.id} className="space-y-3 rounded-md border border-slate-300 p-3">
            <legend className="px-1 text-sm font-semibold">Rij {offset + i + 1}{rows[i]?.personName ? `: ${rows[i]?.personName}` : " (vacature als de naam leeg is)"}</legend>
            <div className="grid gap-3 sm:grid-cols-2">
              {fieldInput("personName", "Naam", "Laat leeg voor een vacature.")}
              {fieldInput("role", "Functie")}
              <div className="space-y-1">
                <label htmlFor={`inzet-${field.id}-niveau`} className="block text-sm font-medium">Opleidingsniveau</label>
                <select id={`inzet-${field.id}-niveau`} className={input} disabled={disabled} {...register(`deployments.${i}.educationLevel`)}>
                  {EDUCATION_LEVELS.map((l) => <option key={l} value={l}>{EDUCATION_LEVEL_LABELS[l]}</option>)}
                </select>
              </div>
              {fieldInput("skjNumber", "SKJ-registratienummer", "9 cijfers; verplicht voor een hbo-medewerker met naam.")}
              {level === "MBO_SUPERVISED" ? (
                <>
                  {fieldInput("supervisorName", "Naam van de begeleider", "Een SKJ-geregistreerde hbo-collega van uw organisatie.")}
                  {fieldInput("supervisorSkjNumber", "SKJ-nummer van de begeleider")}
                </>
              ) : null}
              {fieldInput("hoursPerWeek", "Uren per week", "Hele uren of kwartieren, bijvoorbeeld 16 of 7,5.")}
              <p className="self-end text-sm">Kosten {rules ? `${rules.year}` : ""}: <strong className="tabular-nums">{costCents !== undefined ? formatMoney(costCents) : "—"}</strong></p>
            </div>
            <Button variant="secondary" disabled={disabled} onClick={() => remove(i)}>Rij {offset + i + 1} verwijderen</Button>
          </fieldset>
        );
      })}
      <Button
        variant="secondary"
        disabled={disabled}
        onClick={() => append({ id: crypto.randomUUID(), personName: "", role: "Jeugdprofessional", educationLevel: "HBO", skjNumber: "", supervisorName: "", supervisorSkjNumber: "", hoursPerWeek: "" })}
      >
        Medewerker of vacature toevoegen
      </Button>
      {check && rules ? (
        <div className="space-y-2" aria-live="polite">
          <p className="text-sm">
            Totaal {rules.year} ({rules.contractMonths} maanden): <strong className="tabular-nums">{formatMoney(check.totalCents)}</strong> van het vaste bedrag{" "}
            <strong className="tabular-nums">{formatMoney(check.fixedAnnualAmountCents)}</strong>
            {check.withinBudget ? <> — nog {formatMoney(check.remainingCents)} over.</> : "."}
            {" "}Eén fte is {rules.hoursPerFtePerWeek} uur per week à {formatMoney(BigInt(rules.costPerFteCents))} per jaar.
          </p>
          {["total", "rows", "providers"].map((k) => (check.errors[k] ? <Alert key={k} tone="warning">{check.errors[k]}</Alert> : null))}
        </div>
      ) : (
        <Alert tone="info">Het vaste bedrag van de school is nog niet gepubliceerd; de kosten worden getoond zodra het er is.</Alert>
      )}
    </div>
  );
}
