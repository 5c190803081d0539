"use client";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { declareNoConflictAction } from "@/lib/actions/scoring";

/** The evaluator declares no conflict of interest with the named candidates; only then do the plans open. */
export function DeclarationForm({ schoolId, candidates }: { schoolId: string; candidates: string[] }) {
  const router = useRouter();
  const checkboxId = useId();
  const [confirmed, setConfirmed] = useState(false);
  const declare = useAction(declareNoConflictAction, { onSuccess: () => router.refresh() });
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (confirmed) declare.execute({ schoolId, confirmed: true });
      }}
    >
      {declare.result.serverError ? <Alert tone="error">{declare.result.serverError.message}</Alert> : null}
      <p>De kandidaten van uw school zijn:</p>
      <ul className="list-disc pl-5">{candidates.map((c) => <li key={c}>{c}</li>)}</ul>
      <div className="flex items-start gap-2">
        <input id={checkboxId} type="checkbox" className="mt-1 h-5 w-5" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
        <label htmlFor={checkboxId}>
          Ik verklaar dat ik geen belangenverstrengeling heb met deze aanbieders: ik werk er niet en heb er geen zakelijke of
          persoonlijke band mee die mijn oordeel kan beïnvloeden. Is dat wel zo, dan beoordeel ik niet en meld ik dat aan de school.
        </label>
      </div>
      <Button type="submit" disabled={!confirmed || declare.isPending}>Verklaring vastleggen</Button>
    </form>
  );
}
