import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { listMunicipalityResults } from "@/lib/server/queries/municipality-results";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";

export const metadata: Metadata = { title: "Uitslag selectie van uw scholen" };

/** The published choices of the schools in the own municipality, with the school's motivation. */
export default async function MunicipalityResultsPage() {
  const actor = await requireRole("MUNICIPALITY");
  const procedure = await getCurrentProcedure();
  const rows = await listMunicipalityResults(actor, procedure.id, await getNow());
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Uitslag selectie van uw scholen</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          Welke aanbieder(s) iedere school in uw gemeente heeft gekozen en waarom, zodra het Servicebureau de keuze heeft gepubliceerd.
          Daarna volgt het plan van aanpak, dat u mede ondertekent.
        </p>
      </div>
      {rows.length === 0 ? <Alert tone="info">Er liggen geen deelnemende scholen in uw gemeente.</Alert> : null}
      {rows.map((row) => (
        <Card key={row.schoolId} title={`${row.school} (${row.city})`}>
          {row.result ? (
            <div className="space-y-2">
              <p>Gekozen: <strong>{row.result.chosen.join(" en ")}</strong>.</p>
              <p className="text-sm text-slate-700">
                Gepubliceerd op {formatDateTimeWithZone(row.result.publishedAt)}; de keuze is definitief vanaf {formatDateTimeWithZone(row.result.standstillEndsAt)}.
              </p>
              {row.result.motivation ? (
                <div>
                  <h3 className="font-semibold">Motivering van de school</h3>
                  <p className="whitespace-pre-line">{row.result.motivation}</p>
                </div>
              ) : null}
            </div>
          ) : (
            <p>Nog niet gepubliceerd.</p>
          )}
        </Card>
      ))}
    </div>
  );
}
