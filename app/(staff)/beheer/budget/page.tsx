import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/server/auth";
import { getNewBudgetForm, listBudgetVersions, loadBudgetStructure } from "@/lib/server/queries/budget";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { BudgetForm } from "./_components/budget-form";
import { VersionsTable } from "./_components/versions-table";

export const metadata: Metadata = { title: "Budget" };

export default async function BudgetPage() {
  await requireRole("STAFF");
  const procedure = await getCurrentProcedure();
  const [versions, structure, defaults] = await Promise.all([
    listBudgetVersions(procedure.id),
    loadBudgetStructure(procedure.id),
    getNewBudgetForm(procedure.id),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm"><Link href="/beheer">← Beheer</Link></p>
        <h1 className="mt-2 text-2xl font-bold">Budget: vast bedrag per school</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          Per cluster een jaarbedrag uit het aantal fte en de kosten per fte, verdeeld over de scholen naar hun
          leerlingaantal. Iedere opgeslagen berekening is een versie; een gepubliceerde versie ligt vast.
        </p>
      </div>
      <Card title="Versies">
        <VersionsTable versions={versions} />
      </Card>
      <BudgetForm structure={structure} defaultValues={defaults} />
    </div>
  );
}
