"use client";
import type { TextareaHTMLAttributes } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { FieldFrame } from "./field-frame";

/** A labelled textarea bound to react-hook-form, with its error under the field. */
export function TextAreaField({ label, hint, error, registration, rows = 6, ...textarea }: {
  label: string;
  hint?: string;
  error?: FieldError;
  registration: UseFormRegisterReturn;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {(control) => <textarea rows={rows} {...textarea} {...registration} {...control} />}
    </FieldFrame>
  );
}
