"use client";
import { useEffect } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

export interface ServerErrorShape {
  code: string;
  message: string;
  fieldErrors?: Record<string, string>;
}

/** Puts field errors that only the server could find (DomainError.fieldErrors) under their fields. */
export function useServerFieldErrors<T extends FieldValues>(serverError: ServerErrorShape | undefined, setError: UseFormSetError<T>) {
  useEffect(() => {
    for (const [field, message] of Object.entries(serverError?.fieldErrors ?? {})) {
      setError(field as Path<T>, { type: "server", message }, { shouldFocus: true });
    }
  }, [serverError, setError]);
}

/** The form-level message: expected errors carry their own Dutch text; other fields have been mapped. */
export function formLevelMessage(serverError: ServerErrorShape | undefined): string | null {
  if (!serverError) return null;
  if (serverError.fieldErrors && Object.keys(serverError.fieldErrors).length > 0) return null;
  return serverError.message;
}
