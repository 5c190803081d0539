import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { ApplicationForm } from "@/components/admission/application-form";
import { ApplicationRequirements } from "@/components/admission/application-requirements";
import { ApplicationSummary } from "@/components/admission/application-summary";
import { ApplicationVersions } from "@/components/admission/application-versions";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { emptyApplicationContent } from "@/lib/domain/admission/application";
import { timeRemaining } from "@/lib/domain/countdown";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { instantToLocalDate } from "@/lib/domain/local-time";
import { windowOf } from "@/lib/domain/policy";
import { describeWindowRefusal, lastIncludedMinute, windowState } from "@/lib/domain/timeline";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { getAdmissionContext, getOwnApplication } from "@/lib/server/queries/admission-application";
import { getCurrentProcedure, listMilestones } from "@/lib/server/queries/procedure";

export const metadata: Metadata = { title: "Aanvraag tot toelating" };

const BADGES = {
  OPEN: { tone: "success", label: "Nu open" },
  UPCOMING: { tone: "neutral", label: "Nog niet open" },
  CLOSED: { tone: "neutral", label: "Gesloten" },
} as const;

export default async function AdmissionApplicationPage() {
  const actor = await requireRole("PROVIDER");
  const procedure = await getCurrentProcedure();
  const [now, milestones, context, own] = await Promise.all([
    getNow(), listMilestones(procedure.id), getAdmissionContext(procedure.id), getOwnApplication(actor, procedure.id),
  ]);
  const window = milestones.find((m) => m.key === windowOf("application.submit"));
  const announcement = milestones.find((m) => m.key === windowOf("admission.readResult"));
  const state = window ? windowState(window, now) : null;
  const head = own.head;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Aanvraag tot toelating</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          In de toelatingsprocedure vraagt u toelating aan voor één of meer clusters. U verklaart de uitsluitingsgronden, geeft
          referentieopdrachten op en onderbouwt per cluster uw kennis en expertise. Uw invoer wordt automatisch als concept bewaard;
          na het indienen krijgt u een ontvangstbewijs.
        </p>
      </div>

      <Card title="Toelatingsprocedure">
        <p className="flex flex-wrap items-center gap-2">
          {state ? <Badge tone={BADGES[state].tone}>{BADGES[state].label}</Badge> : null}
          <span data-testid="admission-window">
            {!window
              ? "De toelatingsprocedure is in deze procedure niet ingepland."
              : state === "OPEN"
                ? window.closesAt
                  ? `De toelatingsprocedure is open tot en met ${formatDateTimeWithZone(lastIncludedMinute(window.closesAt))} (${timeRemaining(now, window.closesAt)}).`
                  : "De toelatingsprocedure is open; het Servicebureau stelt de sluitingsdatum nog vast."
                : describeWindowRefusal(window, now)}
          </span>
        </p>
      </Card>

      {state === "UPCOMING" ? (
        <Card title="Wat u straks invult">
          <ApplicationRequirements context={context} />
        </Card>
      ) : null}

      {state === "CLOSED" ? (
        <Card title="Besluit over uw aanvraag">
          <p>
            Na de sluiting beoordeelt het Servicebureau de aanvragen. Het besluit per cluster ziet u
            {announcement ? ` vanaf ${formatDateTimeWithZone(announcement.opensAt)}` : " na de bekendmaking"} op de pagina{" "}
            <Link href="/aanbieder/toelating/besluit">Besluit over uw aanvraag</Link>.
          </p>
        </Card>
      ) : null}

      {own.submitted.length > 0 ? (
        <Card title="Ingediende versies">
          <ApplicationVersions versions={own.submitted} />
        </Card>
      ) : null}

      {state === "OPEN" ? (
        <section aria-labelledby="uw-aanvraag" className="space-y-4">
          <h2 id="uw-aanvraag" className="text-xl font-semibold">Uw aanvraag</h2>
          <p className="max-w-3xl text-sm text-slate-700">
            {!head
              ? "U heeft nog niets opgeslagen. Begin met het kiezen van de clusters."
              : head.status === "DRAFT"
                ? `U werkt aan een concept (versie ${head.version})${own.lastSubmitted ? `; tot u het indient geldt ingediende versie ${own.lastSubmitted.version}` : ", nog niet ingediend"}.`
                : `Hieronder staat uw ingediende versie ${head.version}. Wijzigt u iets, dan wordt dat automatisch een nieuw concept (versie ${head.version + 1}); dien dat opnieuw in om het te laten gelden.`}
          </p>
          <ApplicationForm
            context={context}
            applicationId={head?.id ?? ""}
            content={head?.content ?? emptyApplicationContent()}
            documents={head?.documents ?? []}
            today={instantToLocalDate(now)}
            initialKey={randomUUID()}
          />
        </section>
      ) : null}

      {state === "CLOSED" ? (
        <Card title="Uw ingediende aanvraag">
          {own.lastSubmitted ? (
            <ApplicationSummary context={context} version={own.lastSubmitted} />
          ) : (
            <p>
              U heeft in de toelatingsprocedure geen aanvraag ingediend.
              {head?.status === "DRAFT" ? ` Uw concept (versie ${head.version}) is niet ingediend en telt niet mee.` : ""}
            </p>
          )}
          {own.lastSubmitted && head?.status === "DRAFT" ? (
            <p className="mt-4 text-sm text-slate-700">Uw latere concept (versie {head.version}) is niet ingediend en telt niet mee.</p>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
