import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { formatDateTimeWithZone, formatLocalDate } from "@/lib/domain/format";
import { getNow } from "@/lib/server/clock";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { listPublishedSelectionResults, type PublishedSchoolResult } from "@/lib/server/queries/public-selection-results";

export const metadata: Metadata = { title: "Uitslag selectie per school" };

/** "Tot en met 14 december 2025. De keuze is definitief vanaf 15 december 2025 00:00 CET." (wording of the provider's result page) */
function standstillText(result: PublishedSchoolResult): string {
  return result.isFinal
    ? `De standstilltermijn is voorbij; de keuze is definitief sinds ${formatDateTimeWithZone(result.standstillEndsAt)}.`
    : `Tot en met ${formatLocalDate(result.standstillLastDay)}. De keuze is definitief vanaf ${formatDateTimeWithZone(result.standstillEndsAt)}.`;
}

/** The public overview of the schools' published choices: chosen providers only, never scores or motivations. */
export default async function PublicSelectionResultsPage() {
  const procedure = await getCurrentProcedure();
  const list = await listPublishedSelectionResults(procedure.id, await getNow());
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Uitslag selectie per school</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          Per school de gekozen jeugdhulpaanbieder(s), zodra het Servicebureau de keuze van de school heeft gepubliceerd. Na de
          publicatie loopt een standstilltermijn van {list.standstillDays} kalenderdagen; na afloop van die termijn is de keuze
          definitief.
        </p>
      </div>
      {list.publishedCount === 0 ? (
        <Card title="Nog geen uitslag">
          <p>Er is nog van geen enkele school een uitslag gepubliceerd. Een uitslag verschijnt hier zodra die is gepubliceerd.</p>
        </Card>
      ) : (
        list.clusters.map((cluster) => (
          <Card key={cluster.id} title={cluster.name}>
            {/* Focusable so keyboard users can scroll a wide table on a narrow screen (WCAG 2.1.1). */}
            <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`Uitslag per school in ${cluster.name}`}>
              <table className="w-full min-w-[40rem] text-left text-sm">
                <caption className="sr-only">Uitslag per school in {cluster.name}</caption>
                <thead className="border-b border-slate-300 text-slate-700">
                  <tr>
                    <th scope="col" className="py-2 pr-3">School</th>
                    <th scope="col" className="py-2 pr-3">Gekozen aanbieder(s)</th>
                    <th scope="col" className="py-2 pr-3">Gepubliceerd op</th>
                    <th scope="col" className="py-2">Standstilltermijn</th>
                  </tr>
                </thead>
                <tbody>
                  {cluster.schools.map((school) => (
                    <tr key={school.id} className="border-b border-slate-100 align-top">
                      <th scope="row" className="py-2 pr-3 font-medium">
                        {school.name} <span className="font-normal text-slate-700">({school.city})</span>
                      </th>
                      {school.result ? (
                        <>
                          <td className="py-2 pr-3">
                            <ul className="space-y-1">
                              {school.result.chosen.map((name) => <li key={name}>{name}</li>)}
                            </ul>
                          </td>
                          <td className="py-2 pr-3">{formatDateTimeWithZone(school.result.publishedAt)}</td>
                          <td className="py-2">{standstillText(school.result)}</td>
                        </>
                      ) : (
                        <td colSpan={3} className="py-2 text-slate-700">Nog niet gepubliceerd</td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        ))
      )}
    </div>
  );
}
