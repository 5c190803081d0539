"use client";
import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

// Fields of the admission application. Unlike components/form (which
// generates ids), each control here has a fixed id from
// lib/domain/admission/application.ts `fieldIds`, so that the list of missing
// items can link to it (#id) and focus it.

export function controlClass(error?: string): string {
  return `block w-full rounded-md border px-3 py-2 text-base shadow-sm disabled:bg-slate-100 ${error ? "border-red-600" : "border-slate-400"}`;
}

function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** Label, hint and error around one control with a fixed id. */
export function ApplicationFieldFrame({ id, label, hint, error, children }: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (control: { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined; className: string }) => ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">{label}</label>
      {hint ? <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p> : null}
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, hint, error), className: controlClass(error) })}
      {error ? <p id={`${id}-error`} className="text-sm font-medium text-red-700">{error}</p> : null}
    </div>
  );
}

export function ApplicationInput({ id, label, hint, error, registration, ...input }: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">) {
  return (
    <ApplicationFieldFrame id={id} label={label} hint={hint} error={error}>
      {(control) => <input {...input} {...registration} {...control} />}
    </ApplicationFieldFrame>
  );
}

export function ApplicationTextArea({ id, label, hint, error, registration, rows = 5, ...textarea }: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">) {
  return (
    <ApplicationFieldFrame id={id} label={label} hint={hint} error={error}>
      {(control) => <textarea rows={rows} {...textarea} {...registration} {...control} />}
    </ApplicationFieldFrame>
  );
}

export interface ChoiceOption {
  value: string;
  /** The element id of this option's checkbox. */
  id: string;
  label: ReactNode;
  description?: ReactNode;
  /** An error that belongs to this one option (e.g. an undeclared exclusion ground). */
  error?: string;
}

/** Checkboxes in a fieldset; `value` is the list of checked values. */
export function ApplicationCheckboxes({ legend, hint, options, value, onChange, error, disabled }: {
  legend: ReactNode;
  hint?: ReactNode;
  options: ChoiceOption[];
  value: readonly string[];
  onChange: (next: string[]) => void;
  /** An error for the group as a whole, shown under the legend. */
  error?: string;
  disabled?: boolean;
}) {
  const groupId = `${options[0]?.id ?? "group"}-group`;
  const toggle = (option: string, checked: boolean) =>
    onChange(checked ? options.map((o) => o.value).filter((v) => v === option || value.includes(v)) : value.filter((v) => v !== option));
  return (
    <fieldset className="space-y-3" aria-describedby={describedBy(groupId, hint, error)} disabled={disabled}>
      <legend className="text-sm font-medium text-slate-900">{legend}</legend>
      {hint ? <p id={`${groupId}-hint`} className="text-sm text-slate-600">{hint}</p> : null}
      {error ? <p id={`${groupId}-error`} className="text-sm font-medium text-red-700">{error}</p> : null}
      {options.map((o) => (
        <div key={o.value}>
          <label htmlFor={o.id} className="flex items-start gap-3">
            <input
              id={o.id}
              type="checkbox"
              className="mt-0.5 h-5 w-5 shrink-0"
              checked={value.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
              aria-invalid={o.error || error ? true : undefined}
              aria-describedby={o.error ? `${o.id}-error` : undefined}
            />
            <span>
              {o.label}
              {o.description ? <span className="block text-sm text-slate-600">{o.description}</span> : null}
            </span>
          </label>
          {o.error ? <p id={`${o.id}-error`} className="ml-8 text-sm font-medium text-red-700">{o.error}</p> : null}
        </div>
      ))}
    </fieldset>
  );
}

/** A section of the form: a fieldset whose legend is a heading-sized title. */
export function ApplicationSection({ id, title, intro, children }: { id?: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <fieldset id={id} className="min-w-0 space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <legend className="px-1 text-lg font-semibold text-slate-900">{title}</legend>
      {intro ? <div className="text-sm text-slate-700">{intro}</div> : null}
      {children}
    </fieldset>
  );
}
