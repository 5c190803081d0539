"use client";
import { SaveStatusLine } from "@/components/form/save-status";
import type { SaveStatus } from "@/components/form/use-autosave";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * The end of a part of the plan: what happened to the version, the save
 * status, and the save button. A draft autosaves ("Nu opslaan" saves at once);
 * once a version lies ready for signing, saving is a deliberate click that
 * makes a new version and voids the signatures, so it asks first.
 */
export function PlanPartSaveBar({ autosave, notice, signing }: {
  autosave: { status: SaveStatus; dirty: boolean; flush: () => Promise<void> };
  notice: string | null;
  signing: boolean;
}) {
  const saving = autosave.status.kind === "saving";
  return (
    <>
      {notice ? <Alert tone="warning">{notice}</Alert> : null}
      <SaveStatusLine status={autosave.status} autosave={!signing} />
      <div className="flex flex-wrap gap-2">
        {signing ? (
          <Button
            disabled={!autosave.dirty || saving}
            onClick={() => {
              if (window.confirm("Opslaan maakt een nieuwe versie; de ondertekeningen van de huidige versie vervallen. Doorgaan?")) void autosave.flush();
            }}
          >
            Wijzigingen opslaan (nieuwe versie)
          </Button>
        ) : (
          <Button variant="secondary" disabled={saving} onClick={() => void autosave.flush()}>Nu opslaan</Button>
        )}
      </div>
    </>
  );
}
