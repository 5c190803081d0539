"use client";
import { useAction } from "next-safe-action/hooks";
import { formLevelMessage } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { endSessionAction } from "@/lib/actions/sessions";

export function EndSessionButton({ sessionId, label }: { sessionId: string; label: string }) {
  const { execute, isPending, result } = useAction(endSessionAction);
  const message = formLevelMessage(result.serverError);
  return (
    <div className="space-y-2">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <Button variant="secondary" disabled={isPending} onClick={() => execute({ sessionId })}>
        {isPending ? "Bezig…" : "Beëindigen"}
        <span className="sr-only"> (sessie {label})</span>
      </Button>
    </div>
  );
}
