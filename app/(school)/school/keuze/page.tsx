import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/server/auth";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { listOwnSchoolsForChoice } from "@/lib/server/queries/selection-results";

export const metadata: Metadata = { title: "Gesprekken en keuze" };

export default async function SchoolChoiceListPage() {
  const actor = await requireRole("SCHOOL");
  const procedure = await getCurrentProcedure();
  const schools = await listOwnSchoolsForChoice(actor, procedure.id);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Gesprekken en keuze</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          Na de gesprekken legt u per uitgenodigde aanbieder de beoordeling van het gesprek vast, en kiest u {procedure.minChosenPerSchool} of{" "}
          {procedure.maxChosenPerSchool} aanbieders met een motivering.
        </p>
      </div>
      <Card title="Uw scholen">
        <ul className="space-y-2">
          {schools.map((s) => (
            <li key={s.id}>
              <Link href={`/school/keuze/${s.id}`}>{s.name}</Link>:{" "}
              {s.invited === 0 ? "nog geen uitgenodigde aanbieders" : `${s.invited} uitgenodigde aanbieders`}
              {s.choice ? `; keuze versie ${s.choice.version} ingediend${s.choice.publishedAt ? " en gepubliceerd" : ""}` : ""}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
