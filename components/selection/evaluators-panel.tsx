"use client";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { assignEvaluatorAction, removeEvaluatorAction, staffAssignEvaluatorAction, staffRemoveEvaluatorAction } from "@/lib/actions/scoring";
import { formatDateTimeWithZone } from "@/lib/domain/format";

export interface EvaluatorRow {
  userId: string;
  name: string;
  email: string;
  conflictDeclaredAt: Date | null;
}

/** The evaluators of one school, managed by the school itself or by staff. */
export function EvaluatorsPanel({ schoolId, evaluators, assignable, mode }: {
  schoolId: string;
  evaluators: EvaluatorRow[];
  assignable: { id: string; name: string; email: string }[];
  mode: "school" | "staff";
}) {
  const router = useRouter();
  const selectId = useId();
  const candidates = assignable.filter((u) => !evaluators.some((e) => e.userId === u.id));
  const [userId, setUserId] = useState("");
  const done = { onSuccess: () => router.refresh() };
  const assign = useAction(mode === "staff" ? staffAssignEvaluatorAction : assignEvaluatorAction, { onSuccess: () => { setUserId(""); router.refresh(); } });
  const remove = useAction(mode === "staff" ? staffRemoveEvaluatorAction : removeEvaluatorAction, done);
  const error = assign.result.serverError?.message ?? remove.result.serverError?.message;

  return (
    <div className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {evaluators.length === 0 ? (
        <p>Er zijn nog geen beoordelaars toegewezen.</p>
      ) : (
        <ul className="space-y-2">
          {evaluators.map((e) => (
            <li key={e.userId} className="flex flex-wrap items-center gap-2">
              <span><strong>{e.name}</strong> ({e.email})</span>
              {e.conflictDeclaredAt ? (
                <Badge tone="success">Geen belangenverstrengeling verklaard op {formatDateTimeWithZone(e.conflictDeclaredAt)}</Badge>
              ) : (
                <Badge>Nog geen verklaring</Badge>
              )}
              <Button variant="secondary" disabled={remove.isPending} onClick={() => remove.execute({ schoolId, userId: e.userId })} aria-label={`${e.name} als beoordelaar verwijderen`}>
                Verwijderen
              </Button>
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (userId) assign.execute({ schoolId, userId });
          }}
        >
          <div className="space-y-1">
            <label htmlFor={selectId} className="block text-sm font-medium">Beoordelaar toevoegen</label>
            <select id={selectId} value={userId} onChange={(e) => setUserId(e.target.value)} className="block min-h-11 rounded-md border border-slate-400 px-3 py-2">
              <option value="">Kies een gebruiker van de school</option>
              {candidates.map((u) => <option key={u.id} value={u.id}>{u.name} ({u.email})</option>)}
            </select>
          </div>
          <Button type="submit" disabled={!userId || assign.isPending}>Toewijzen</Button>
        </form>
      ) : (
        <p className="text-sm text-slate-700">
          Alle gebruikers van de school zijn beoordelaar.{mode === "school" ? " Nodig collega's uit via “Collega's uitnodigen” om meer beoordelaars toe te voegen." : ""}
        </p>
      )}
    </div>
  );
}
