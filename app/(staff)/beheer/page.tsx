import type { Metadata } from "next";
import Link from "next/link";
import { RoleLanding } from "@/components/layout/role-landing";
import { Card } from "@/components/ui/card";
import { instantToLocalDateTime } from "@/lib/domain/local-time";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { isDemoMode } from "@/lib/server/env";
import { countOrganisationsByKind } from "@/lib/server/queries/staff";
import { DemoClockForm } from "./_components/demo-clock-form";

export const metadata: Metadata = { title: "Beheer" };

const kindLabels = {
  SERVICEBUREAU: "Servicebureau", PROVIDER: "Jeugdhulpaanbieders", SCHOOL: "Scholen", MUNICIPALITY: "Gemeenten", COUNCIL: "Raden",
} as const;

export default async function StaffHomePage() {
  const actor = await requireRole("STAFF");
  const [counts, now] = await Promise.all([countOrganisationsByKind(), getNow()]);
  return (
    <RoleLanding actor={actor}>
      <Card title="Beheer van de procedure">
        <ul className="list-disc pl-5">
          <li><Link href="/beheer/budget">Budget</Link>: kosten per fte, bedragen per cluster en per school, versies en publicatie</li>
        </ul>
      </Card>
      <Card title="Organisaties in het portaal">
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5">
          {counts.map((c) => (
            <div key={c.kind} className="rounded border border-slate-200 p-2">
              <dt className="text-sm text-slate-700">{kindLabels[c.kind]}</dt>
              <dd className="text-xl font-semibold">{c.count}</dd>
            </div>
          ))}
        </dl>
      </Card>
      {isDemoMode() ? (
        <Card title="Demoklok">
          <p className="mb-3 text-sm text-slate-700">
            Alleen in de demomodus: zet de klok van het portaal op een ander moment om de fasen van de procedure te doorlopen.
            Alle termijnen worden op de server tegen deze klok gecontroleerd.
          </p>
          <DemoClockForm currentLocal={instantToLocalDateTime(now).slice(0, 16)} />
        </Card>
      ) : null}
    </RoleLanding>
  );
}
