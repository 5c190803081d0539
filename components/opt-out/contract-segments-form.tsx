"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { Controller, type UseFormReturn } from "react-hook-form";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { recordOwnContractSegmentsAction, recordProviderContractSegmentsAction } from "@/lib/actions/opt-out";
import { AGREEMENT_LABELS, AGREEMENT_TYPES, type AgreementType } from "@/lib/domain/opt-out";
import { recordContractSegmentsSchema, recordProviderContractSegmentsSchema, type RecordContractSegmentsInput } from "@/lib/schemas/opt-out";
import { CheckboxGroup, RadioGroup } from "./choice-fields";

interface Props {
  /** Every segment of the procedure. */
  segments: { id: string; name: string }[];
  agreementType: AgreementType | null;
  heldSegmentIds: string[];
}

type Form = UseFormReturn<RecordContractSegmentsInput>;
type Result = { data?: { count: number }; serverError?: { code: string; message: string; fieldErrors?: Record<string, string> } };

/** Which segments the provider holds under its current agreement. The same fields for the provider and for staff. */
function SegmentsFields({ form, result, pending, segments, onSubmit }: {
  form: Form; result: Result; pending: boolean; segments: Props["segments"]; onSubmit: () => void;
}) {
  useServerFieldErrors(result.serverError, form.setError);
  const message = formLevelMessage(result.serverError);
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Segmenten van de overeenkomst vastleggen">
      {message ? <Alert tone="error">{message}</Alert> : null}
      {result.data ? <Alert tone="success">Opgeslagen: {result.data.count} {result.data.count === 1 ? "segment" : "segmenten"}.</Alert> : null}
      <RadioGroup
        legend="Soort overeenkomst"
        options={AGREEMENT_TYPES.map((t) => ({ value: t, label: AGREEMENT_LABELS[t] }))}
        registration={form.register("agreementType")}
        error={errors.agreementType}
      />
      <Controller
        control={form.control}
        name="segmentIds"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            legend="Segmenten in de overeenkomst"
            options={segments.map((s) => ({ value: s.id, label: s.name }))}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={fieldState.error}
          />
        )}
      />
      <Button type="submit" variant="secondary" disabled={pending}>{pending ? "Bezig met opslaan…" : "Segmenten opslaan"}</Button>
    </form>
  );
}

/** For the provider itself. */
export function OwnContractSegmentsForm({ segments, agreementType, heldSegmentIds }: Props) {
  const { form, action, handleSubmitWithAction } = useHookFormAction(recordOwnContractSegmentsAction, zodResolver(recordContractSegmentsSchema), {
    formProps: { defaultValues: { agreementType: agreementType ?? undefined, segmentIds: heldSegmentIds } },
  });
  return <SegmentsFields form={form} result={action.result} pending={action.isPending} segments={segments} onSubmit={handleSubmitWithAction} />;
}

/** For staff, on behalf of one provider (the server checks it is a provider). */
export function ProviderContractSegmentsForm({ organisationId, segments, agreementType, heldSegmentIds }: Props & { organisationId: string }) {
  const { form, action, handleSubmitWithAction } = useHookFormAction(recordProviderContractSegmentsAction, zodResolver(recordProviderContractSegmentsSchema), {
    formProps: { defaultValues: { organisationId, agreementType: agreementType ?? undefined, segmentIds: heldSegmentIds } },
  });
  return (
    <SegmentsFields
      form={form as unknown as Form}
      result={action.result}
      pending={action.isPending}
      segments={segments}
      onSubmit={handleSubmitWithAction}
    />
  );
}
