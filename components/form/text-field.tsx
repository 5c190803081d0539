"use client";
import type { InputHTMLAttributes } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { FieldFrame } from "./field-frame";

/** A labelled input bound to react-hook-form, with its error under the field. */
export function TextField({ label, hint, error, registration, ...input }: {
  label: string;
  hint?: string;
  error?: FieldError;
  registration: UseFormRegisterReturn;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name">) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {(control) => <input {...input} {...registration} {...control} />}
    </FieldFrame>
  );
}
