import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { getNow } from "@/lib/server/clock";
import { listAdmittedProviders } from "@/lib/server/queries/admission-result";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";

export const metadata: Metadata = { title: "Toegelaten jeugdhulpaanbieders" };

/** The public list of admitted providers per cluster, from the announcement on. */
export default async function AdmittedProvidersPage() {
  const procedure = await getCurrentProcedure();
  const list = await listAdmittedProviders(procedure.id, await getNow());
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Toegelaten jeugdhulpaanbieders</h1>
      {!list.published ? (
        <p>
          {list.publishesAt
            ? <>De lijst van toegelaten jeugdhulpaanbieders wordt gepubliceerd op {formatDateTimeWithZone(list.publishesAt)}, bij de bekendmaking van de besluiten.</>
            : <>De datum waarop de lijst van toegelaten jeugdhulpaanbieders wordt gepubliceerd, is nog niet vastgesteld.</>}
        </p>
      ) : (
        <>
          <p>
            Bekendgemaakt op {formatDateTimeWithZone(list.publishedAt)}. Per cluster de jeugdhulpaanbieders die zijn toegelaten tot de
            selectie door de scholen. Een besluit dat later definitief wordt, verschijnt hier vanaf dat moment.
          </p>
          {list.clusters.map((c) => (
            <Card key={c.id} title={c.name}>
              {c.providers.length === 0 ? (
                <p>Voor dit cluster zijn (nog) geen aanbieders toegelaten.</p>
              ) : (
                <ul className="list-disc space-y-1 pl-5">
                  {c.providers.map((p) => (
                    <li key={p.name}>
                      {p.name}
                      {p.city ? <span className="text-slate-700"> ({p.city})</span> : null}
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          ))}
        </>
      )}
    </div>
  );
}
