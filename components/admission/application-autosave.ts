"use client";
import { useAction } from "next-safe-action/hooks";
import { useRef } from "react";
import { useAutosave } from "@/components/form/use-autosave";
import { saveApplicationDraftAction } from "@/lib/actions/admission";
import type { ApplicationContent } from "@/lib/domain/admission/application";
import { applicationContentSchema } from "@/lib/schemas/admission";

// The application's autosave (components/form/use-autosave) plus the version
// it builds on: the server answers each save with the draft's id (a first
// save, or the first edit after a submit, creates a new version). Content that
// does not pass the schema (a text that is too long) is not sent.

export function useApplicationAutosave({ payload, initialId, onInvalid }: {
  /** The content as it would be saved now. */
  payload: ApplicationContent;
  /** The version the form was loaded from ("" for none). */
  initialId: string;
  /** Called when the content does not pass the schema: the field messages show why. */
  onInvalid: () => void;
}) {
  const { executeAsync } = useAction(saveApplicationDraftAction);
  const idRef = useRef(initialId);
  const autosave = useAutosave({
    enabled: true,
    payload,
    save: async (content) => {
      if (!applicationContentSchema.safeParse(content).success) {
        onInvalid();
        return { error: "Een veld is te lang; zie de melding bij het veld." };
      }
      const result = await executeAsync({ ...content, applicationId: idRef.current });
      if (result?.data) {
        idRef.current = result.data.applicationId;
        return { savedAt: result.data.savedAt };
      }
      return { error: result?.serverError?.message ?? (result?.validationErrors ? "Controleer de gemarkeerde velden." : "Controleer uw verbinding; we proberen het bij de volgende wijziging opnieuw.") };
    },
  });

  return {
    status: autosave.status,
    flush: autosave.flush,
    settle: autosave.settle,
    /** The version the next save or submit builds on. */
    applicationId: () => idRef.current,
    /** After a submit: the submitted version is the base, and this content counts as saved. */
    markSubmitted: (applicationId: string, submitted: ApplicationContent) => {
      idRef.current = applicationId;
      autosave.markSaved(submitted);
    },
  };
}
