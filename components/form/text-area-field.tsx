"use client";
import { useId, type TextareaHTMLAttributes } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";

/** A labelled textarea bound to react-hook-form, with its error under the field. */
export function TextAreaField({ label, hint, error, registration, rows = 6, ...textarea }: {
  label: string;
  hint?: string;
  error?: FieldError;
  registration: UseFormRegisterReturn;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">{label}</label>
      {hint ? <p id={hintId} className="text-sm text-slate-600">{hint}</p> : null}
      <textarea
        id={id}
        rows={rows}
        {...textarea}
        {...registration}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`block w-full rounded-md border px-3 py-2 text-base shadow-sm ${error ? "border-red-600" : "border-slate-400"}`}
      />
      {error ? <p id={errorId} className="text-sm font-medium text-red-700">{error.message}</p> : null}
    </div>
  );
}
