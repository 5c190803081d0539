"use client";
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { errorId, fieldId } from "./form-support";

// A labelled field of the budget form, with its hint and its error under it.
// The id comes from the form path, so the problem summary can link to it.

interface FieldFrame {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
}

function describedBy(path: string, hint: boolean, error: boolean): string | undefined {
  return [hint ? `${fieldId(path)}-hint` : null, error ? errorId(path) : null].filter(Boolean).join(" ") || undefined;
}

function Frame({ path, label, hint, error, children }: Omit<FieldFrame, "registration"> & { children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={fieldId(path)} className="block text-sm font-medium text-slate-900">{label}</label>
      {hint ? <p id={`${fieldId(path)}-hint`} className="text-sm text-slate-600">{hint}</p> : null}
      {children}
      {error ? <p id={errorId(path)} className="text-sm font-medium text-red-700">{error}</p> : null}
    </div>
  );
}

const inputClass = (error?: string) =>
  `block w-full rounded-md border bg-white px-3 py-2 text-base shadow-sm ${error ? "border-red-600" : "border-slate-400"}`;

export function BudgetField({ path, label, hint, error, registration, className, ...input }: FieldFrame &
  Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">) {
  return (
    <Frame path={path} label={label} hint={hint} error={error}>
      <input
        id={fieldId(path)}
        {...input}
        {...registration}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(path, !!hint, !!error)}
        className={`${inputClass(error)} ${className ?? ""}`}
      />
    </Frame>
  );
}

export function BudgetTextarea({ path, label, hint, error, registration, ...input }: FieldFrame &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">) {
  return (
    <Frame path={path} label={label} hint={hint} error={error}>
      <textarea
        id={fieldId(path)}
        rows={2}
        {...input}
        {...registration}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(path, !!hint, !!error)}
        className={inputClass(error)}
      />
    </Frame>
  );
}

export function BudgetSelect({ path, label, hint, error, registration, children, ...select }: FieldFrame &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id">) {
  return (
    <Frame path={path} label={label} hint={hint} error={error}>
      <select
        id={fieldId(path)}
        {...select}
        {...registration}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(path, !!hint, !!error)}
        className={inputClass(error)}
      >
        {children}
      </select>
    </Frame>
  );
}

/** A problem of a whole group (shares not adding up, a cluster without pupils), under the group. */
export function GroupError({ path, error }: { path: string; error?: string }) {
  return error ? <p id={errorId(path)} className="text-sm font-medium text-red-700">{error}</p> : null;
}
