"use client";
import { useId, useState } from "react";

export interface UploadedDocument {
  id: string;
  fileName: string;
  sizeBytes: number;
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

/**
 * Uploads one PDF, DOCX or ODT (max 20 MB) to the server, which checks the
 * content; the parent keeps the returned document id.
 */
export function DocumentUpload({ label, value, onChange, disabled }: {
  label: string;
  value: UploadedDocument | null;
  onChange: (document: UploadedDocument | null) => void;
  disabled?: boolean;
}) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function upload(file: File) {
    setError(null);
    if (file.size > 20 * 1024 * 1024) {
      setError("Het bestand is groter dan 20 MB. Verklein het of splits het op.");
      return;
    }
    setBusy(true);
    try {
      const body = new FormData();
      body.set("file", file);
      const response = await fetch("/api/documenten", { method: "POST", body });
      const json = (await response.json().catch(() => ({}))) as Partial<UploadedDocument> & { message?: string };
      if (!response.ok || !json.id) setError(json.message ?? "Uploaden is niet gelukt. Probeer het opnieuw.");
      else onChange({ id: json.id, fileName: json.fileName ?? file.name, sizeBytes: json.sizeBytes ?? file.size });
    } catch {
      setError("Uploaden is niet gelukt (geen verbinding). Probeer het opnieuw.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">PDF, DOCX of ODT, maximaal 20 MB.</p>
      {value ? (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span>Bijlage: <strong>{value.fileName}</strong> ({size(value.sizeBytes)})</span>
          <button type="button" disabled={disabled} className="min-h-11 font-semibold text-brand-700 underline" onClick={() => onChange(null)}>
            Verwijderen
          </button>
        </p>
      ) : (
        <input
          id={id}
          type="file"
          accept=".pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"
          disabled={disabled || busy}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : ""].filter(Boolean).join(" ")}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void upload(file);
            e.target.value = "";
          }}
          className="block w-full max-w-full text-sm"
        />
      )}
      {busy ? <p role="status" className="text-sm">Bezig met uploaden…</p> : null}
      {error ? <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">{error}</p> : null}
    </div>
  );
}
