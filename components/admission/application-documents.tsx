"use client";
import { useState } from "react";
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { DocumentUpload } from "@/components/form/document-upload";
import { Button } from "@/components/ui/button";
import { fieldIds, type ApplicationContent } from "@/lib/domain/admission/application";
import type { ApplicationDocumentView } from "@/lib/server/queries/admission-application";
import { ApplicationInput, ApplicationSection } from "./application-fields";
import { formatFileSize } from "./application-format";

/**
 * Supporting documents: PDF, DOCX or ODT up to 20 MB, checked by content on
 * upload (POST /api/documenten); each gets a description. Only the own
 * organisation can download them, and staff once the admission window has closed.
 */
export function ApplicationDocuments({ form, initial, errorFor, disabled }: {
  form: UseFormReturn<ApplicationContent>;
  initial: ApplicationDocumentView[];
  errorFor: (fieldId: string, path: string) => string | undefined;
  disabled: boolean;
}) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "documents", keyName: "key" });
  const [files, setFiles] = useState(() => new Map(initial.map((d) => [d.documentId, { fileName: d.fileName, sizeBytes: d.sizeBytes }])));

  return (
    <ApplicationSection
      id="documenten"
      title="Documenten"
      intro={<p>Voeg documenten toe die uw aanvraag onderbouwen, zoals referentieverklaringen. Geef bij ieder document aan wat het is.</p>}
    >
      {fields.length > 0 ? (
        <ol className="space-y-4">
          {fields.map((field, index) => {
            const file = files.get(field.documentId);
            return (
              <li key={field.key} className="space-y-2 rounded-md border border-slate-300 p-3">
                <p className="text-sm">
                  Document {index + 1}:{" "}
                  <a href={`/api/documenten/${field.documentId}`}>{file?.fileName ?? "bestand"}</a>
                  {file ? ` (${formatFileSize(file.sizeBytes)})` : null}
                </p>
                <ApplicationInput
                  id={fieldIds.documentLabel(index)}
                  label={`Omschrijving van document ${index + 1}`}
                  hint="Bijvoorbeeld: Referentieverklaring De Strandwacht."
                  registration={form.register(`documents.${index}.label`)}
                  error={errorFor(fieldIds.documentLabel(index), `documents.${index}.label`)}
                />
                <Button variant="secondary" disabled={disabled} onClick={() => remove(index)}>
                  Document {index + 1} verwijderen
                </Button>
              </li>
            );
          })}
        </ol>
      ) : null}
      {/* The file control is wider than a 320 px screen by default: keep it inside. */}
      <div className="min-w-0 [&_input[type=file]]:w-full [&_input[type=file]]:max-w-full">
        <DocumentUpload
          label="Document toevoegen"
          value={null}
          disabled={disabled}
          onChange={(document) => {
            if (!document) return;
            setFiles((current) => new Map(current).set(document.id, { fileName: document.fileName, sizeBytes: document.sizeBytes }));
            if (!form.getValues("documents").some((d) => d.documentId === document.id)) {
              append({ documentId: document.id, label: "" }, { focusName: `documents.${fields.length}.label` });
            }
          }}
        />
      </div>
    </ApplicationSection>
  );
}
