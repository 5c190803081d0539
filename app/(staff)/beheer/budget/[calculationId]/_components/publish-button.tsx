"use client";
import { useAction } from "next-safe-action/hooks";
import { useEffect, useRef, useState } from "react";
import { formLevelMessage } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { publishBudgetVersionAction } from "@/lib/actions/budget";

/** Publishing in two steps: first what it means (the amounts are frozen), then the confirmation. */
export function PublishButton({ calculationId, version }: { calculationId: string; version: number }) {
  const [confirming, setConfirming] = useState(false);
  const { execute, result, isPending } = useAction(publishBudgetVersionAction);
  const question = useRef<HTMLDivElement>(null);
  const message = formLevelMessage(result.serverError) ?? (result.serverError ? result.serverError.message : null);

  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  if (result.data) {
    return <Alert tone="success">Versie {result.data.version} is gepubliceerd. De bedragen per school liggen nu vast.</Alert>;
  }
  return (
    <div className="space-y-3">
      {message ? <Alert tone="error">{message}</Alert> : null}
      {confirming ? (
        <div ref={question} tabIndex={-1} role="group" aria-labelledby="publiceren-vraag" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950">
          <p id="publiceren-vraag" className="font-semibold">Versie {version} publiceren?</p>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            <li>De bedragen per school en de leerlingaantallen van deze versie worden vastgelegd en veranderen daarna nooit meer.</li>
            <li>Scholen, aanbieders en iedereen op de openbare pagina zien deze bedragen meteen.</li>
            <li>Een latere wijziging wordt altijd een nieuwe versie; die verandert niets aan gepubliceerde bedragen.</li>
          </ul>
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => execute({ calculationId })} disabled={isPending}>
              {isPending ? "Bezig met publiceren…" : `Ja, publiceer versie ${version}`}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)} disabled={isPending}>Annuleren</Button>
          </div>
        </div>
      ) : (
        <Button onClick={() => setConfirming(true)}>Publiceren…</Button>
      )}
    </div>
  );
}
