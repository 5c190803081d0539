"use client";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { publishSchoolResultAction } from "@/lib/actions/selection-results";
import { formatDateTimeWithZone } from "@/lib/domain/format";

/** Publishing a school's result in two steps: first what it means, then the confirmation. */
export function PublishResultButton({ schoolId, schoolName, version, providerCount, standstillDays }: {
  schoolId: string; schoolName: string; version: number; providerCount: number; standstillDays: number;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const { execute, result, isPending } = useAction(publishSchoolResultAction, { onSuccess: () => router.refresh() });
  const question = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  if (result.data) {
    return (
      <Alert tone="success">
        De uitslag van {schoolName} is gepubliceerd; {result.data.messages} e-mails staan klaar. De keuze is definitief vanaf{" "}
        {formatDateTimeWithZone(new Date(result.data.standstillEndsAt))}.
      </Alert>
    );
  }
  return (
    <div className="space-y-3">
      {result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}
      {confirming ? (
        <div ref={question} tabIndex={-1} role="group" aria-labelledby="publiceren-uitslag" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950">
          <p id="publiceren-uitslag" className="font-semibold">De uitslag van {schoolName} (keuze versie {version}) publiceren?</p>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            <li>Alle {providerCount} aanbieders die een plan indienden, zien hun eigen scores en toelichtingen, de motivering, de gekozen aanbieder(s) en de voordelen van het gekozen plan, en krijgen nu een e-mail.</li>
            <li>De standstilltermijn van {standstillDays} kalenderdagen begint; de keuze verandert daarna niet meer.</li>
          </ul>
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => execute({ schoolId })} disabled={isPending}>{isPending ? "Bezig met publiceren…" : "Ja, publiceer de uitslag"}</Button>
            <Button variant="secondary" onClick={() => setConfirming(false)} disabled={isPending}>Annuleren</Button>
          </div>
        </div>
      ) : (
        <Button onClick={() => setConfirming(true)}>Uitslag publiceren…</Button>
      )}
    </div>
  );
}
