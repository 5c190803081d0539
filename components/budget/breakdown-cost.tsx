import type { CostPerFteBreakdown, ExactDecimal, RoleCostBreakdown } from "@/lib/domain/budget";
import { fractionAsPercent, nlDecimal, nlEuros } from "@/lib/domain/budget-report";
import { formatMoney } from "@/lib/domain/money";
import { DataTable, RowTh, Td, Th, Tr } from "./table";

// Cost per FTE, step by step (issue 5): every factor and every intermediate of
// every role, exact, and the one rounding to whole cents at the end.

export function CostPerFteSection({ cost }: { cost: CostPerFteBreakdown }) {
  const f = cost.factors;
  const allowance = nlDecimal(f.allowanceFactor.decimal);
  const premium = nlDecimal(f.premiumFactor.decimal);
  const overhead = nlDecimal(f.overhead.decimal);
  const risk = nlDecimal(f.riskSurcharge.decimal);
  const steps: { label: string; formula: string; value: (r: RoleCostBreakdown) => string }[] = [
    { label: "Maandsalaris", formula: "bruto, cao-schaalbedrag", value: (r) => formatMoney(r.monthlySalaryCents) },
    { label: "Jaarbrutoloon", formula: `maandsalaris × 12 × ${allowance}`, value: (r) => nlEuros(r.annualGross.exactEuros) },
    { label: "Personeelskosten", formula: `jaarbrutoloon × ${premium}`, value: (r) => nlEuros(r.personnelCost.exactEuros) },
    { label: "Overhead", formula: `personeelskosten × ${overhead}`, value: (r) => nlEuros(r.overhead.exactEuros) },
    { label: "Risico-opslag", formula: `(personeelskosten + overhead) × ${risk}`, value: (r) => nlEuros(r.risk.exactEuros) },
    { label: "Kosten van de functie", formula: "personeelskosten + overhead + risico-opslag", value: (r) => nlEuros(r.roleCost.exactEuros) },
    { label: "Aandeel in een fte", formula: "uit de functiemix", value: (r) => fractionAsPercent(r.share.value) },
    { label: "Gewogen kosten", formula: "kosten van de functie × aandeel", value: (r) => nlEuros(r.weightedCost.exactEuros) },
  ];
  const factorRows: [string, ExactDecimal][] = [
    ["Vakantiegeld", f.holidayAllowance],
    ["Eindejaarsuitkering", f.yearEndBonus],
    ["Sociale werkgeverslasten", f.socialPremium],
    ["Werkgeversdeel pensioenpremie", f.pensionPremium],
    ["Overhead", f.overhead],
    ["Risico-opslag", f.riskSurcharge],
  ];

  return (
    <section aria-labelledby="kosten-per-fte" className="space-y-4">
      <h3 id="kosten-per-fte" className="text-base font-semibold">Kosten per fte</h3>
      <DataTable caption="Opslagen als factor" captionVisible minWidth="28rem">
        <thead>
          <tr><Th>Opslag</Th><Th numeric>Percentage</Th><Th numeric>Als factor</Th></tr>
        </thead>
        <tbody>
          {factorRows.map(([label, value]) => (
            <Tr key={label}>
              <RowTh>{label}</RowTh>
              <Td numeric>{fractionAsPercent(value.value, 4)}</Td>
              <Td numeric>{nlDecimal(value.decimal)}</Td>
            </Tr>
          ))}
          <Tr>
            <RowTh>Toeslagfactor (1 + vakantiegeld + eindejaarsuitkering)</RowTh>
            <Td numeric />
            <Td numeric strong>{allowance}</Td>
          </Tr>
          <Tr>
            <RowTh>Lastenfactor (1 + sociale lasten + pensioenpremie)</RowTh>
            <Td numeric />
            <Td numeric strong>{premium}</Td>
          </Tr>
        </tbody>
      </DataTable>

      <DataTable caption="Kosten per functie, exact (nog niet afgerond)" captionVisible minWidth={`${24 + cost.roles.length * 10}rem`}>
        <thead>
          <tr>
            <Th>Stap</Th>
            <Th>Berekening</Th>
            {cost.roles.map((r, i) => <Th key={i} numeric>{r.name}</Th>)}
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <Tr key={step.label}>
              <RowTh>{step.label}</RowTh>
              <Td className="text-slate-700">{step.formula}</Td>
              {cost.roles.map((r, i) => <Td key={i} numeric>{step.value(r)}</Td>)}
            </Tr>
          ))}
        </tbody>
      </DataTable>

      <dl className="grid gap-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">Kosten per fte, exact (som van de gewogen kosten)</dt>
        <dd className="tabular-nums" data-testid="cost-per-fte-exact">{nlEuros(cost.costPerFte.exactEuros)}</dd>
        <dt className="font-semibold">Kosten per fte, eenmaal afgerond op hele centen</dt>
        <dd className="font-semibold tabular-nums" data-testid="cost-per-fte">{formatMoney(cost.costPerFte.cents)}</dd>
      </dl>
    </section>
  );
}
