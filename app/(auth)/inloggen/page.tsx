import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { ROLE_HOME } from "@/lib/domain/actor";
import { safeReturnPath } from "@/lib/domain/return-path";
import { getActor, getLoginAwaitingSecondFactor, SECOND_FACTOR_SETUP_PATH } from "@/lib/server/auth";
import { isDemoMode } from "@/lib/server/env";
import { DemoAccounts } from "./_components/demo-accounts";
import { LoginForm } from "./_components/login-form";

export const metadata: Metadata = { title: "Inloggen" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ terug?: string }> }) {
  const actor = await getActor();
  if (actor) redirect(ROLE_HOME[actor.role]);
  if (await getLoginAwaitingSecondFactor()) redirect(SECOND_FACTOR_SETUP_PATH);
  const { terug } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Inloggen</h1>
      <Card>
        <LoginForm returnPath={safeReturnPath(terug, "/mijn")} demo={isDemoMode()} />
        <p className="mt-4 text-sm"><Link href="/wachtwoord-vergeten">Wachtwoord vergeten?</Link></p>
        <p className="mt-2 text-sm">Jeugdhulpaanbieder zonder account? <Link href="/registreren">Registreer uw organisatie</Link></p>
      </Card>
      {isDemoMode() ? <DemoAccounts /> : null}
    </div>
  );
}
