"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { TextField } from "@/components/form/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { demoSecondFactorCodeAction } from "@/lib/actions/second-factor";
import { loginSchema, type LoginInput } from "@/lib/schemas/auth";

function loginErrorMessage(code: string): string {
  if (code.startsWith("RATE_LIMITED")) {
    const seconds = Number(code.split(":")[1] ?? "900");
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    return `Te veel mislukte pogingen. Probeer het over ${minutes} ${minutes === 1 ? "minuut" : "minuten"} opnieuw.`;
  }
  if (code === "EMAIL_UNCONFIRMED") return "Bevestig eerst uw e-mailadres via de link in de e-mail die u kreeg bij het registreren.";
  if (code === "ACCOUNT_INACTIVE") return "Uw account of organisatie is gedeactiveerd. Neem contact op met het Servicebureau.";
  if (code === "SECOND_FACTOR_INVALID") {
    return "Deze code klopt niet of is al gebruikt. Neem de code die uw app nu toont, of een ongebruikte herstelcode.";
  }
  return "Het e-mailadres of het wachtwoord is onjuist.";
}

/**
 * E-mail and password; for accounts with two-step verification a second step
 * asks for the code from the authenticator app (or a recovery code).
 */
export function LoginForm({ returnPath, demo }: { returnPath: string; demo: boolean }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [askCode, setAskCode] = useState(false);
  const [demoCode, setDemoCode] = useState<string | null>(null);
  const { register, handleSubmit, formState, setFocus, getValues } = useForm<LoginInput, unknown, z.output<typeof loginSchema>>({
    resolver: zodResolver(loginSchema),
  });

  useEffect(() => {
    if (askCode) setFocus("code");
  }, [askCode, setFocus]);

  async function showDemoCode() {
    const result = await demoSecondFactorCodeAction({ email: getValues("email") });
    setDemoCode(result?.data?.code ?? null);
  }

  async function onSubmit(values: z.output<typeof loginSchema>) {
    setFormError(null);
    const result = await signIn("credentials", { ...values, code: askCode ? values.code ?? "" : "", redirect: false });
    if (result?.error === "SECOND_FACTOR_REQUIRED") {
      setAskCode(true);
      if (demo) await showDemoCode();
      return;
    }
    if (!result || result.error) {
      setFormError(loginErrorMessage(result?.error ?? "CredentialsSignin"));
      if (demo && askCode) await showDemoCode();
      return;
    }
    router.replace(returnPath);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" aria-describedby={formError ? "login-error" : undefined}>
      {formError ? <div id="login-error"><Alert tone="error">{formError}</Alert></div> : null}
      <TextField label="E-mailadres" type="email" autoComplete="username" readOnly={askCode} registration={register("email")} error={formState.errors.email} />
      <TextField label="Wachtwoord" type="password" autoComplete="current-password" readOnly={askCode} registration={register("password")} error={formState.errors.password} />
      {askCode ? (
        <div className="space-y-2 rounded border border-slate-300 bg-slate-50 p-3">
          <p className="text-sm">Uw account is beveiligd met tweestapsverificatie.</p>
          <TextField
            label="Code uit uw authenticator-app"
            hint="Zes cijfers. Geen toegang tot uw app? Vul een van uw herstelcodes in (bijvoorbeeld ABCD-EFGH-JK)."
            autoComplete="one-time-code"
            inputMode="text"
            spellCheck={false}
            registration={register("code")}
            error={formState.errors.code}
          />
          {demo && demoCode ? (
            <p className="text-sm" data-testid="demo-code">
              Demo: de app zou nu <code className="font-mono">{demoCode}</code> tonen.
            </p>
          ) : null}
        </div>
      ) : null}
      <Button type="submit" disabled={formState.isSubmitting} className="w-full">
        {formState.isSubmitting ? "Bezig met inloggen…" : askCode ? "Code controleren en inloggen" : "Inloggen"}
      </Button>
    </form>
  );
}
