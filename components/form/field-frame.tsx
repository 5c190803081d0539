"use client";
import { useId, type ReactNode } from "react";
import type { FieldError } from "react-hook-form";

export interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  className: string;
}

/** Label, hint and error around one form control, wired for screen readers; the control is rendered by `children`. */
export function FieldFrame({ label, hint, error, children }: {
  label: string;
  hint?: string;
  error?: FieldError;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">{label}</label>
      {hint ? <p id={hintId} className="text-sm text-slate-600">{hint}</p> : null}
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
        className: `block w-full rounded-md border px-3 py-2 text-base shadow-sm ${error ? "border-red-600" : "border-slate-400"}`,
      })}
      {error ? <p id={errorId} className="text-sm font-medium text-red-700">{error.message}</p> : null}
    </div>
  );
}
