import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { RegisterForm } from "./_components/register-form";

export const metadata: Metadata = { title: "Registreren als jeugdhulpaanbieder" };

export default function RegisterPage() {
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">Registreren als jeugdhulpaanbieder</h1>
      <p>
        Registreer uw organisatie om te reageren, vragen te stellen en toelating aan te vragen. Is uw organisatie al geregistreerd? Vraag
        dan een collega om u uit te nodigen. Scholen, gemeenten en raden krijgen een uitnodiging van het Servicebureau.
      </p>
      <Card><RegisterForm /></Card>
      <p>Al een account? <Link href="/inloggen">Inloggen</Link></p>
    </div>
  );
}
