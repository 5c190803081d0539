"use client";
import { useId, type Ref } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";

// A radio group and a checkbox group for the opt-out forms: a fieldset with a
// legend names the group, every option has its own label, and the group's
// error sits under it and is part of the group's description.

interface Option {
  value: string;
  label: string;
  description?: string;
}

function GroupError({ id, error }: { id: string; error?: Pick<FieldError, "message"> }) {
  return error?.message ? <p id={id} className="text-sm font-medium text-red-700">{error.message}</p> : null;
}

export function RadioGroup({ legend, options, registration, error }: {
  legend: string;
  options: Option[];
  registration: UseFormRegisterReturn;
  error?: FieldError;
}) {
  const id = useId();
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-900">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="flex items-start gap-2">
          <input type="radio" value={o.value} className="mt-1 h-5 w-5" {...registration} />
          <span>
            {o.label}
            {o.description ? <span className="block text-sm text-slate-600">{o.description}</span> : null}
          </span>
        </label>
      ))}
      <GroupError id={`${id}-error`} error={error} />
    </fieldset>
  );
}

/** Controlled: `value` is the list of checked option values (bind with react-hook-form's Controller). */
export function CheckboxGroup({ legend, hint, options, value, onChange, onBlur, inputRef, error }: {
  legend: string;
  hint?: string;
  options: Option[];
  value: readonly string[];
  onChange: (next: string[]) => void;
  onBlur?: () => void;
  /** Receives the first checkbox, so that focusing the field on an error lands in the group. */
  inputRef?: Ref<HTMLInputElement>;
  error?: Pick<FieldError, "message">;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error?.message ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const toggle = (option: string, checked: boolean) =>
    onChange(checked ? options.map((o) => o.value).filter((v) => v === option || value.includes(v)) : value.filter((v) => v !== option));
  return (
    <fieldset className="space-y-2" aria-describedby={describedBy}>
      <legend className="text-sm font-medium text-slate-900">{legend}</legend>
      {hint ? <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p> : null}
      {options.map((o, index) => (
        <label key={o.value} className="flex items-start gap-2">
          <input
            ref={index === 0 ? inputRef : undefined}
            type="checkbox"
            className="mt-1 h-5 w-5"
            checked={value.includes(o.value)}
            onChange={(e) => toggle(o.value, e.target.checked)}
            onBlur={onBlur}
            aria-invalid={error?.message ? true : undefined}
          />
          <span>
            {o.label}
            {o.description ? <span className="block text-sm text-slate-600">{o.description}</span> : null}
          </span>
        </label>
      ))}
      <GroupError id={`${id}-error`} error={error} />
    </fieldset>
  );
}
