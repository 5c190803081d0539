import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ResetRequestForm } from "./_components/reset-request-form";

export const metadata: Metadata = { title: "Wachtwoord vergeten" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Wachtwoord vergeten</h1>
      <Card>
        <p className="mb-4 text-sm text-slate-700">Vul uw e-mailadres in. U krijgt een link om een nieuw wachtwoord in te stellen.</p>
        <ResetRequestForm />
      </Card>
      <p><Link href="/inloggen">Terug naar inloggen</Link></p>
    </div>
  );
}
