"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useAction } from "next-safe-action/hooks";
import { TextAreaField } from "@/components/form/text-area-field";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { confirmDecisionAction, sendBackDecisionAction } from "@/lib/actions/admission-assessment";
import { sendBackDecisionSchema } from "@/lib/schemas/admission-assessment";

/**
 * Four eyes on "not admitted": a second staff member confirms the decision
 * (it is then final), or sends it back with a reason (it is removed).
 */
export function DecisionReviewForms({ decisionId, clusterName }: { decisionId: string; clusterName: string }) {
  const confirm = useAction(confirmDecisionAction);
  const { form, action, handleSubmitWithAction } = useHookFormAction(sendBackDecisionAction, zodResolver(sendBackDecisionSchema), {
    formProps: { defaultValues: { decisionId, reason: "" } },
  });
  useServerFieldErrors(action.result.serverError, form.setError);
  const message = formLevelMessage(confirm.result.serverError ?? action.result.serverError);
  return (
    <div className="space-y-4">
      {message ? <Alert tone="error">{message}</Alert> : null}
      {confirm.result.data ? <Alert tone="success">Besluit bevestigd. Het is nu definitief.</Alert> : null}
      {action.result.data ? <Alert tone="success">Besluit teruggestuurd. Er moet een nieuw besluit worden vastgelegd.</Alert> : null}
      <div>
        <Button disabled={confirm.isPending || action.isPending} onClick={() => confirm.execute({ decisionId })}>
          {confirm.isPending ? "Bezig…" : <>Besluit bevestigen<span className="sr-only"> ({clusterName})</span></>}
        </Button>
      </div>
      <form onSubmit={handleSubmitWithAction} noValidate className="space-y-3" aria-label={`Besluit over ${clusterName} terugsturen`}>
        <input type="hidden" {...form.register("decisionId")} />
        <TextAreaField
          label="Reden om terug te sturen"
          hint="Het besluit wordt verwijderd; de reden komt in het auditlog."
          rows={3}
          registration={form.register("reason")}
          error={form.formState.errors.reason}
        />
        <Button type="submit" variant="secondary" disabled={confirm.isPending || action.isPending}>
          {action.isPending ? "Bezig…" : "Besluit terugsturen"}
        </Button>
      </form>
    </div>
  );
}
