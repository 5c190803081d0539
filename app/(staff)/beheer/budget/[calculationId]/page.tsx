import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BudgetBreakdownView } from "@/components/budget/breakdown";
import { ParametersTable } from "@/components/budget/parameters";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { budgetParameterRows } from "@/lib/domain/budget-report";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { formatMoney } from "@/lib/domain/money";
import { requireRole } from "@/lib/server/auth";
import { findBudgetVersionView } from "@/lib/server/queries/budget-breakdown";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { StatusBadge } from "../_components/versions-table";
import { PublishButton } from "./_components/publish-button";

export const metadata: Metadata = { title: "Budgetversie" };

export default async function BudgetVersionPage({ params }: { params: Promise<{ calculationId: string }> }) {
  await requireRole("STAFF");
  const { calculationId } = await params;
  const procedure = await getCurrentProcedure();
  const view = await findBudgetVersionView(procedure.id, calculationId);
  if (!view) notFound();
  const { meta } = view;
  const exportBase = `/beheer/budget/${meta.id}/export`;

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm"><Link href="/beheer/budget">← Budget</Link></p>
        <h1 className="mt-2 flex flex-wrap items-center gap-3 text-2xl font-bold">
          Budget versie {meta.version} <StatusBadge version={meta} />
        </h1>
        <p className="mt-1 text-slate-700">
          Opgesteld door {meta.createdBy} op {formatDateTimeWithZone(meta.createdAt)}
          {meta.publishedAt ? <>; gepubliceerd op {formatDateTimeWithZone(meta.publishedAt)}{meta.publishedBy ? ` door ${meta.publishedBy}` : ""}</> : null}.
          {meta.costPerFteCents !== null ? <> Kosten per fte: {formatMoney(meta.costPerFteCents)}.</> : null}
        </p>
        {meta.note ? <p className="mt-1 text-slate-700">Toelichting: {meta.note}</p> : null}
      </div>

      <Card title={meta.status === "PUBLISHED" ? "Gepubliceerd" : "Publiceren"}>
        {meta.status === "PUBLISHED" ? (
          <p>Deze versie is gepubliceerd. De bedragen per school liggen vast; een wijziging wordt een nieuwe versie.</p>
        ) : "breakdown" in view.result ? (
          <PublishButton calculationId={meta.id} version={meta.version} />
        ) : (
          <p>Deze versie kan niet worden gepubliceerd, omdat zij niet meer past bij de huidige scholen. Maak een nieuwe versie.</p>
        )}
      </Card>

      <Card title="Exporteren">
        <ul className="flex flex-wrap gap-4">
          <li><a href={`${exportBase}?formaat=xlsx`} download>Doorrekening als Excel (XLSX)</a></li>
          <li><a href={`${exportBase}?formaat=csv`} download>Doorrekening als CSV</a></li>
        </ul>
      </Card>

      <Card title="Parameters">
        <ParametersTable rows={budgetParameterRows(view.values, view.structure)} />
      </Card>

      <Card title="Doorrekening">
        {"breakdown" in view.result ? (
          <BudgetBreakdownView breakdown={view.result.breakdown} />
        ) : (
          <Alert tone="warning" title="Deze versie kan niet meer worden doorgerekend">
            <ul className="list-disc pl-5">
              {Object.entries(view.result.errors).map(([path, message]) => <li key={path}>{message}</li>)}
            </ul>
          </Alert>
        )}
      </Card>
    </div>
  );
}
