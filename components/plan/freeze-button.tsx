"use client";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { freezePlanAsProviderAction, freezePlanAsSchoolAction } from "@/lib/actions/plan";

/** Freezes the complete plan as a version for signing; refused with the list of what is missing. */
export function FreezeButton({ schoolId, as }: { schoolId: string; as: "SCHOOL" | "PROVIDER" }) {
  const router = useRouter();
  const action = useAction(as === "SCHOOL" ? freezePlanAsSchoolAction : freezePlanAsProviderAction, { onSuccess: () => router.refresh() });
  return (
    <div className="space-y-2">
      {action.result.serverError ? <Alert tone="error"><span className="whitespace-pre-line">{action.result.serverError.message}</span></Alert> : null}
      {action.result.data ? <Alert tone="success">Versie {action.result.data.number} is vastgelegd voor ondertekening.</Alert> : null}
      <Button disabled={action.isPending} onClick={() => action.execute({ schoolId })}>
        {action.isPending ? "Bezig…" : "Plan vastleggen voor ondertekening"}
      </Button>
    </div>
  );
}
