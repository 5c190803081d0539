import Link from "next/link";
import { Timeline } from "@/components/procedure/timeline";
import { ClusterTable } from "@/components/procedure/cluster-table";
import { CurrentPhaseSummary } from "@/components/procedure/current-phase-summary";
import { PUBLIC_PAGES } from "@/components/layout/role-nav";
import { Card } from "@/components/ui/card";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { getNow } from "@/lib/server/clock";
import { getPublishedBudget } from "@/lib/server/queries/budget";
import { getCurrentProcedure, listClustersWithSchools, listMilestones, listSelectionGroups } from "@/lib/server/queries/procedure";

export default async function HomePage() {
  const procedure = await getCurrentProcedure();
  const [now, milestones, clusters, groups, budget] = await Promise.all([
    getNow(),
    listMilestones(procedure.id),
    listClustersWithSchools(procedure.id),
    listSelectionGroups(procedure.id),
    getPublishedBudget(procedure.id),
  ]);
  const amounts = budget ? { version: budget.version, years: budget.years, bySchool: budget.amounts } : null;
  return (
    <div className="space-y-8">
      <section aria-labelledby="titel" className="space-y-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Regio {procedure.region}</p>
        <h1 id="titel" className="text-2xl font-bold sm:text-3xl">{procedure.title}</h1>
        <p className="max-w-3xl text-base text-slate-800">{procedure.summary}</p>
      </section>

      <CurrentPhaseSummary milestones={milestones} now={now} />

      <Card title="Tijdlijn">
        <p className="mb-3 text-sm text-slate-700">
          Alle data zijn streefdata. Een termijn met alleen een einddatum loopt tot en met het einde van die dag.
        </p>
        <Timeline milestones={milestones} now={now} />
      </Card>

      <Card title="Clusters en scholen">
        <p className="mb-4 text-sm text-slate-700">
          De toelatingsprocedure is alleen opengesteld voor deze nieuwe taak en voor de volgende scholen. Het aantal fte per
          cluster is een schatting van de gemeenten waaraan geen rechten kunnen worden ontleend.
        </p>
        <p className="mb-4 text-sm text-slate-700">
          {budget
            ? `Het vaste bedrag per school per contractjaar is vastgesteld op ${formatDateTimeWithZone(budget.publishedAt)} (berekening versie ${budget.version}${budget.isExample ? ", een voorbeeldberekening" : ""}) en verandert daarna niet meer.`
            : "Het vaste bedrag per school per contractjaar is nog niet vastgesteld."}
        </p>
        <div className="space-y-6">
          {clusters.map((cluster) => <ClusterTable key={cluster.id} cluster={cluster} amounts={amounts} />)}
        </div>
      </Card>

      <Card title="Selectiegroepen voor de gesprekken">
        <p className="mb-3 text-sm text-slate-700">
          Per school worden maximaal {procedure.maxInvitedPerSchool} aanbieders met de hoogste scores uitgenodigd voor een
          gesprek, gezamenlijk per selectiegroep. De school kiest daarna {procedure.minChosenPerSchool} of{" "}
          {procedure.maxChosenPerSchool} aanbieders.
        </p>
        <p className="mb-3 text-sm text-slate-700">Bij gelijke stand op de grens: {procedure.tieRule}</p>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {groups.map((g) => (
            <li key={g.id}><strong>{g.name}</strong>: {g.schools.join(", ")}</li>
          ))}
        </ul>
      </Card>

      <Card title="Publicaties">
        <p className="mb-3 text-sm text-slate-700">Wat het Servicebureau tijdens de procedure openbaar maakt, voor iedereen te lezen.</p>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {PUBLIC_PAGES.map((page) => (
            <li key={page.href}><Link href={page.href}>{page.label}</Link></li>
          ))}
        </ul>
      </Card>

      <Card title="Contact en inloggen">
        <p className="text-sm text-slate-800">{procedure.contactRule}</p>
        <p className="mt-3 text-sm text-slate-800">
          Aanbieders, scholen, gemeenten en de jongeren- en ouderraad werken in het portaal met een eigen account.{" "}
          <Link href="/inloggen">Inloggen</Link>
        </p>
      </Card>
    </div>
  );
}
