import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { getExclusionGroundsEditor } from "@/lib/server/queries/exclusion-grounds";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { ExclusionGroundsForm } from "./_components/exclusion-grounds-form";

export const metadata: Metadata = { title: "Uitsluitingsgronden" };

/** Staff set the exclusion grounds applicants declare (SPEC §7) until the admission window opens. */
export default async function ExclusionGroundsPage() {
  const actor = await requireRole("STAFF");
  const procedure = await getCurrentProcedure();
  const { grounds, lockedReason } = await getExclusionGroundsEditor(actor, procedure.id, await getNow());
  const examples = grounds.filter((g) => g.isExample).length;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm"><Link href="/beheer/toelating">← Toelating beoordelen</Link></p>
        <h1 className="text-2xl font-bold">Uitsluitingsgronden</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          Elke aanbieder die toelating aanvraagt, verklaart voor iedere grond dat die op zijn organisatie van toepassing is, en een
          bevoegd persoon ondertekent die verklaring. Neem hier de tekst van Bijlage 2 over. U kunt de gronden wijzigen tot de
          toelatingsprocedure opent; daarna liggen ze vast, omdat aanbieders verklaren wat zij zien.
        </p>
      </div>
      {lockedReason ? (
        <>
          <Alert tone="info">{lockedReason}</Alert>
          <Card title="Vastgestelde gronden">
            <ol className="list-decimal space-y-2 pl-5 text-sm">
              {grounds.map((g) => (
                <li key={g.id}>{g.text} {g.isExample ? <Badge tone="warning">voorbeeldtekst</Badge> : null}</li>
              ))}
            </ol>
          </Card>
        </>
      ) : (
        <Card title="Gronden bewerken">
          {examples > 0 ? (
            <p className="mb-3 text-sm">
              {examples === 1 ? "Eén grond is" : `${examples} gronden zijn`} nog voorbeeldtekst; aanbieders zien die gemarkeerd als
              voorbeeld tot u de tekst vervangt.
            </p>
          ) : null}
          <ExclusionGroundsForm grounds={grounds.map((g) => ({ id: g.id, text: g.text, isExample: g.isExample }))} />
        </Card>
      )}
    </div>
  );
}
