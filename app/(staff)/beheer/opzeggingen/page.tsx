import type { Metadata } from "next";
import Link from "next/link";
import { NoticesTable } from "@/components/opt-out/notices-table";
import { Card } from "@/components/ui/card";
import { describeOptOutWindow } from "@/lib/domain/opt-out";
import { windowOf } from "@/lib/domain/policy";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { listOptOutOverview } from "@/lib/server/queries/opt-out";
import { getCurrentProcedure, listMilestones } from "@/lib/server/queries/procedure";

export const metadata: Metadata = { title: "Opzeggingen" };

export default async function OptOutOverviewPage() {
  const actor = await requireRole("STAFF");
  const procedure = await getCurrentProcedure();
  const [now, milestones, providers] = await Promise.all([getNow(), listMilestones(procedure.id), listOptOutOverview(actor, procedure.id)]);
  const windowView = describeOptOutWindow(milestones.find((m) => m.key === windowOf("optOut.submit")), now);
  const withNotice = providers.flatMap((p) => (p.versions[0] ? [{ provider: p, notice: p.versions[0] }] : []));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Opzeggingen</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          Per aanbieder de geldende opzegging (de laatst ingediende versie), met het aantal versies. Elke versie heeft een eigen
          ontvangstbewijs en verandert niet meer. {windowView.text}
        </p>
      </div>

      <Card title="Ingediende opzeggingen">
        {withNotice.length === 0 ? (
          <p>Er zijn nog geen opzeggingen ingediend.</p>
        ) : (
          <NoticesTable
            caption="Geldende opzegging per aanbieder"
            rows={withNotice.map(({ provider, notice }) => ({
              key: provider.organisationId,
              provider: { name: provider.organisationName, href: `/beheer/opzeggingen/${provider.organisationId}` },
              notice,
              versionCount: provider.versions.length,
            }))}
          />
        )}
        <p className="mt-4 text-sm">
          {/* A route handler, not a page: a plain link that downloads. */}
          <a href="/beheer/opzeggingen/export" download>Alle versies exporteren (CSV)</a>
          <span className="text-slate-700"> — puntkomma-gescheiden, UTF-8; opent in Excel.</span>
        </p>
      </Card>

      <Card title="Segmenten per aanbieder">
        <p className="mb-3 text-sm text-slate-700">
          Welke segmenten elke aanbieder onder zijn huidige overeenkomst heeft. Een aanbieder kan alleen die segmenten opzeggen.
        </p>
        <ul className="divide-y divide-slate-100">
          {providers.map((p) => (
            <li key={p.organisationId} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
              <span>
                <span className="font-medium">{p.organisationName}</span>
                <span className="block text-sm text-slate-700">
                  {p.holdings.length === 0 ? "Nog niets vastgelegd" : p.holdings.map((h) => `${h.name} (${h.agreement})`).join(", ")}
                </span>
              </span>
              <Link href={`/beheer/opzeggingen/${p.organisationId}`}>
                Segmenten en opzeggingen<span className="sr-only"> van {p.organisationName}</span>
              </Link>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
