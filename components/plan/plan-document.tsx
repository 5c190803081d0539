import { DataTable, RowTh, Td, Th, Tr } from "@/components/budget/table";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/domain/format";
import { formatMoney } from "@/lib/domain/money";
import { employeeLimitText } from "@/lib/domain/plan/deployment";
import type { PlanDocument } from "@/lib/server/queries/plan-document";

const LEVEL = { HBO: "hbo", MBO_SUPERVISED: "mbo, onder begeleiding" } as const;

function Text({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <h4 className="font-semibold">{label}</h4>
      <p className="whitespace-pre-line text-sm">{text.trim() === "" ? <em className="text-slate-600">Nog niet ingevuld.</em> : text}</p>
    </div>
  );
}

/** The whole plan, read-only: as frozen for signing, or the live draft in the same form. */
export function PlanDocumentView({ plan, title }: { plan: PlanDocument; title: string }) {
  const many = plan.providers.length > 1;
  return (
    <div className="space-y-4">
      <h2 className="text-xl font-semibold">{title}</h2>
      <Card title="Deel van de school" headingLevel={3}>
        <div className="space-y-3">
          <Text label="Context van de school" text={plan.texts.schoolContext} />
          <Text label="Doelen van de school voor collectieve jeugdhulp" text={plan.texts.schoolGoals} />
          <Text label="Pedagogisch klimaat" text={plan.texts.pedagogicalClimate} />
          <Text label="Aansluiting op de ontwikkelingsperspectiefplannen (OPP)" text={plan.texts.oppLink} />
          <Text label="Praktische afspraken" text={plan.texts.practicalArrangements} />
        </div>
      </Card>
      <Card title="Aanpak per onderwerp" headingLevel={3}>
        {plan.topics.length === 0 ? <p className="text-sm"><em>Nog niet ingevuld.</em></p> : null}
        <div className="space-y-3">
          {plan.topics.map((t) => (
            <div key={t.number}>
              <h4 className="font-semibold">{t.number}. {t.title}</h4>
              {t.approaches.map((a, i) => <p key={i} className="whitespace-pre-line text-sm">{many ? <strong>{a.providerName}: </strong> : null}{a.body}</p>)}
            </div>
          ))}
        </div>
      </Card>
      <Card title="Inzet van jeugdhulpverleners" headingLevel={3}>
        <DataTable caption="Inzet van jeugdhulpverleners" minWidth="44rem">
          <thead>
            <tr><Th>Naam</Th><Th>Functie en niveau</Th><Th>SKJ</Th>{many ? <Th>Aanbieder</Th> : null}<Th numeric>Uren per week</Th><Th numeric>Kosten</Th></tr>
          </thead>
          <tbody>
            {plan.deployments.map((d, i) => (
              <Tr key={i}>
                <RowTh>{d.personName ?? "Vacature"}</RowTh>
                <Td>{d.role}, {LEVEL[d.educationLevel]}{d.supervisorName ? <span className="block text-xs">Begeleider: {d.supervisorName}{d.supervisorSkjNumber ? ` (SKJ ${d.supervisorSkjNumber})` : ""}</span> : null}</Td>
                <Td>{d.skjNumber ?? "—"}</Td>
                {many ? <Td>{d.providerName}</Td> : null}
                <Td numeric>{d.hoursPerWeek || "—"}</Td>
                <Td numeric>{d.costCents !== null ? formatMoney(d.costCents) : "—"}</Td>
              </Tr>
            ))}
            {plan.budget ? (
              <Tr total>
                <RowTh>Totaal {plan.budget.year} ({plan.budget.months} maanden)</RowTh>
                <Td className="text-sm" >van het vaste bedrag {formatMoney(plan.budget.fixedAnnualAmountCents)}</Td>
                <Td />{many ? <Td /> : null}<Td />
                <Td numeric strong>{formatMoney(plan.budget.totalCents)}</Td>
              </Tr>
            ) : null}
          </tbody>
        </DataTable>
        {plan.budget ? (
          <p className="mt-2 text-sm">Kosten per fte {formatMoney(plan.budget.costPerFteCents)} per jaar; 1 fte = {plan.budget.hoursPerFtePerWeek} uur per week.</p>
        ) : null}
        {plan.budget && plan.budget.remainingCents < 0n ? (
          <p className="mt-2 text-sm font-semibold text-red-700">{formatMoney(-plan.budget.remainingCents)} boven het vaste bedrag.</p>
        ) : null}
        <div className="mt-4 space-y-3">
          <Text label="Gedragswetenschapper voor advies" text={plan.schoolHasBehaviouralScientist ? "De school heeft zelf een gedragswetenschapper of orthopedagoog." : plan.texts.behaviouralScientist} />
          <Text label="Vervanging bij afwezigheid langer dan twee weken" text={plan.texts.replacementArrangement} />
          <Text label="Continuïteit van personeel" text={plan.texts.staffContinuity} />
        </div>
      </Card>
      <Card title="Contractvoorwaarden" headingLevel={3}>
        <div className="space-y-2 text-sm">
          <p>
            Looptijd: {formatDate(plan.terms.contractStartOn)} tot en met {formatDate(plan.terms.contractEndOn)}, {plan.terms.extensionCount} keer te verlengen met {plan.terms.extensionYears} jaar.
          </p>
          <p>
            De aanbieder declareert voor de leerlingen van de school geen productcodes{" "}
            {plan.terms.excludedProductCodes.map((c, i) => <span key={c.code}>{i > 0 ? ", " : ""}<strong>{c.code}</strong>{c.description ? ` (${c.description})` : ""}</span>)}.
          </p>
          <p>Aantal medewerkers: {employeeLimitText(plan.terms.minEmployees, plan.terms.maxEmployees)}.</p>
          <ul className="list-disc pl-5">{plan.terms.contractTermTexts.map((t) => <li key={t}>{t}</li>)}</ul>
          <h4 className="font-semibold">Wat collectieve jeugdhulp niet is</h4>
          <ul className="list-disc pl-5">{plan.terms.notIncludedTexts.map((t) => <li key={t}>{t}</li>)}</ul>
        </div>
      </Card>
    </div>
  );
}
