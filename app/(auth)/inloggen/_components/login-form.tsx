"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { TextField } from "@/components/form/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { loginSchema, type LoginInput } from "@/lib/schemas/auth";

function loginErrorMessage(code: string): string {
  if (code.startsWith("RATE_LIMITED")) {
    const seconds = Number(code.split(":")[1] ?? "900");
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    return `Te veel mislukte pogingen. Probeer het over ${minutes} ${minutes === 1 ? "minuut" : "minuten"} opnieuw.`;
  }
  if (code === "EMAIL_UNCONFIRMED") return "Bevestig eerst uw e-mailadres via de link in de e-mail die u kreeg bij het registreren.";
  if (code === "ACCOUNT_INACTIVE") return "Uw account of organisatie is gedeactiveerd. Neem contact op met het Servicebureau.";
  return "Het e-mailadres of het wachtwoord is onjuist.";
}

export function LoginForm({ returnPath }: { returnPath: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<LoginInput, unknown, z.output<typeof loginSchema>>({
    resolver: zodResolver(loginSchema),
  });

  async function onSubmit(values: z.output<typeof loginSchema>) {
    setFormError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFormError(loginErrorMessage(result?.error ?? "CredentialsSignin"));
      return;
    }
    router.replace(returnPath);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" aria-describedby={formError ? "login-error" : undefined}>
      {formError ? <div id="login-error"><Alert tone="error">{formError}</Alert></div> : null}
      <TextField label="E-mailadres" type="email" autoComplete="username" registration={register("email")} error={formState.errors.email} />
      <TextField label="Wachtwoord" type="password" autoComplete="current-password" registration={register("password")} error={formState.errors.password} />
      <Button type="submit" disabled={formState.isSubmitting} className="w-full">
        {formState.isSubmitting ? "Bezig met inloggen…" : "Inloggen"}
      </Button>
    </form>
  );
}
