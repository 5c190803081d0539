"use client";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { confirmInterviewAction } from "@/lib/actions/selection-results";

export function ConfirmInterviewButton({ interviewId, label }: { interviewId: string; label: string }) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(confirmInterviewAction, { onSuccess: () => router.refresh() });
  return (
    <div className="space-y-2">
      {result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}
      {result.data ? <Alert tone="success">Het gesprek is bevestigd.</Alert> : (
        <Button onClick={() => execute({ interviewId })} disabled={isPending} aria-label={label}>
          {isPending ? "Bezig…" : "Gesprek bevestigen"}
        </Button>
      )}
    </div>
  );
}
