import { presenceHoursPerFte, teachingHoursPerYear, type BudgetNorms, type ClusterBreakdown, type StaffingComparison } from "@/lib/domain/budget";
import { fractionAsPercent, nlDecimal, nlFraction } from "@/lib/domain/budget-report";
import { DataTable, RowTh, Td, Th, Tr } from "./table";

// The norms only inform (SPEC §5): implied FTE per school, pupils per FTE
// against one person per ~100 pupils, and hours at school per year against
// the teaching-hour norms. Nothing in the money depends on them.

export function NormsExplanation({ norms }: { norms: BudgetNorms }) {
  const { weeksPerYear, daysPerWeek, hoursPerDay } = norms.presence;
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
      <li>Eén persoon per ongeveer {norms.pupilsPerFte} leerlingen.</li>
      <li>
        Aanwezigheid van één fte op school: {weeksPerYear} weken × {daysPerWeek} dagen × {hoursPerDay} uur ={" "}
        {nlDecimal(String(presenceHoursPerFte(norms)))} uur per jaar.
      </li>
      {Object.values(norms.teachingHours).map((t) => (
        <li key={t.label}>
          Onderwijstijd {t.label.charAt(0).toLowerCase() + t.label.slice(1)}: {nlFraction(teachingHoursPerYear(t), 1)} uur per jaar.
        </li>
      ))}
      <li>Fte van een school = fte van het cluster × leerlingen van de school / leerlingen van het cluster.</li>
    </ul>
  );
}

function NormCells({ n }: { n: StaffingComparison }) {
  return (
    <>
      <Td numeric>{n.pupils}</Td>
      <Td numeric>{nlDecimal(n.fte.decimal)}</Td>
      <Td numeric>{n.pupilsPerFte ? nlDecimal(n.pupilsPerFte.decimal) : "—"}</Td>
      <Td numeric>{nlDecimal(n.normFte.decimal)}</Td>
      <Td numeric>{n.fteVsNorm ? fractionAsPercent(n.fteVsNorm.value, 1) : "—"}</Td>
      <Td numeric>{nlDecimal(n.hoursAtSchoolPerYear.decimal)}</Td>
      {n.teaching.map((t) => (
        <Td key={t.key} numeric>{fractionAsPercent(t.coverage.value, 1)}</Td>
      ))}
    </>
  );
}

export function ClusterNormsTable({ cluster }: { cluster: ClusterBreakdown }) {
  const n = cluster.norms;
  return (
    <DataTable caption={`${cluster.name}: inzet vergeleken met de normen`} captionVisible minWidth="52rem">
      <thead>
        <tr>
          <Th>School</Th>
          <Th numeric>Leerlingen</Th>
          <Th numeric>Fte</Th>
          <Th numeric>Leerlingen per fte (norm {n.normPupilsPerFte})</Th>
          <Th numeric>Fte volgens norm</Th>
          <Th numeric>Fte t.o.v. norm</Th>
          <Th numeric>Uren op school per jaar (fte × {n.presenceHoursPerFte})</Th>
          {n.teaching.map((t) => (
            <Th key={t.key} numeric>Uren t.o.v. {nlDecimal(t.normHoursPerYear.decimal)} uur onderwijstijd</Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {cluster.schools.map((s) => (
          <Tr key={s.id}>
            <RowTh>{s.name}</RowTh>
            <NormCells n={s.norms} />
          </Tr>
        ))}
        <Tr total>
          <RowTh>Heel het cluster</RowTh>
          <NormCells n={n} />
        </Tr>
      </tbody>
    </DataTable>
  );
}
