import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { contractYearLabel } from "@/components/budget/published-amounts";
import { WindowNotice } from "@/components/selection/window-notice";
import { WrittenPlanEditor } from "@/components/selection/written-plan-editor";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { isDomainError } from "@/lib/domain/errors";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { formatMoney } from "@/lib/domain/money";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { getPublishedBudget } from "@/lib/server/queries/budget";
import { getCurrentProcedure, listMilestones } from "@/lib/server/queries/procedure";
import { getOwnWrittenPlanEditor } from "@/lib/server/queries/written-plan";

export const metadata: Metadata = { title: "Schriftelijk plan" };

export default async function WrittenPlanPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const actor = await requireRole("PROVIDER");
  const { schoolId } = await params;
  const procedure = await getCurrentProcedure();
  const now = await getNow();
  const editor = await getOwnWrittenPlanEditor(actor, procedure.id, schoolId.slice(0, 40), now).catch((error: unknown) => {
    if (isDomainError(error) && error.code === "FORBIDDEN") return { refused: error.message };
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const back = <p><Link href="/aanbieder/schriftelijke-ronde">Terug naar de scholen</Link></p>;
  if ("refused" in editor) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">Schriftelijk plan</h1>
        <Alert tone="warning">{editor.refused}</Alert>
        {back}
      </div>
    );
  }
  const [milestones, budget] = await Promise.all([listMilestones(procedure.id), getPublishedBudget(procedure.id)]);
  const amounts = budget?.amounts.get(editor.school.id);
  const open = editor.round?.state === "OPEN";
  const head = editor.head;

  return (
    <div className="space-y-6">
      {back}
      <div>
        <h1 className="text-2xl font-bold">Schriftelijk plan voor {editor.school.name}</h1>
        <p className="mt-1 text-slate-700">{editor.school.street}, {editor.school.city} — {editor.school.clusterName}; selectiegroep {editor.school.selectionGroup}</p>
      </div>
      <WindowNotice role={actor.role} action="writtenPlan.submit" milestones={milestones} now={now} openText="U kunt tot de sluiting opnieuw indienen; iedere indiening is een nieuwe versie." />

      <Card title="Vast bedrag per jaar">
        {budget && amounts ? (
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
            {budget.years.map((y) => {
              const cents = amounts.get(y.year);
              return [
                <dt key={`t${y.year}`} className="font-medium">{contractYearLabel(y)}</dt>,
                <dd key={`d${y.year}`} className="tabular-nums">{cents === undefined ? "—" : formatMoney(cents)}</dd>,
              ];
            })}
          </dl>
        ) : (
          <p>Het vaste bedrag van deze school is nog niet vastgesteld.</p>
        )}
      </Card>

      <Card title="Uw ingediende versies">
        {editor.submittedVersions.length === 0 ? (
          <p>U heeft voor deze school nog geen plan ingediend{head ? "; er is een concept bewaard" : ""}.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {editor.submittedVersions.map((v, i) => (
              <li key={v.id}>
                Versie {v.version}, ingediend op {formatDateTimeWithZone(v.submittedAt)}
                {v.receiptNumber ? <> — <Link href={`/bewijs/${v.receiptNumber}`}>ontvangstbewijs {v.receiptNumber}</Link></> : null}
                {i === 0 ? " (geldt voor de school)" : ""}
              </li>
            ))}
          </ul>
        )}
        {head?.status === "DRAFT" && editor.submittedVersions.length > 0 ? (
          <p className="mt-2 text-sm text-amber-900">Hieronder staat een nieuwer concept (versie {head.version}) dat nog niet is ingediend.</p>
        ) : null}
      </Card>

      <section aria-labelledby="plan-bewerken" className="space-y-4">
        <h2 id="plan-bewerken" className="text-xl font-semibold">{open ? "Plan schrijven" : "Uw plan"}</h2>
        <WrittenPlanEditor
          schoolId={editor.school.id}
          topics={editor.topics}
          basedOnPlanId={head?.id ?? ""}
          answers={head?.answers ?? {}}
          attachment={head?.attachment ? { id: head.attachment.id, fileName: head.attachment.fileName, sizeBytes: head.attachment.sizeBytes } : null}
          open={open}
        />
      </section>
    </div>
  );
}
