import type { Metadata } from "next";
import { SchoolAmounts } from "@/components/budget/school-amounts";
import { RoleLanding } from "@/components/layout/role-landing";
import { Card } from "@/components/ui/card";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { requireRole } from "@/lib/server/auth";
import { getPublishedBudget } from "@/lib/server/queries/budget";
import { findBudgetVersionView } from "@/lib/server/queries/budget-breakdown";
import { listOwnSchools } from "@/lib/server/queries/organisation";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";

export const metadata: Metadata = { title: "Overzicht school" };

export default async function SchoolHomePage() {
  const actor = await requireRole("SCHOOL");
  const procedure = await getCurrentProcedure();
  const [schools, budget] = await Promise.all([listOwnSchools(actor), getPublishedBudget(procedure.id)]);
  // Only the PUBLISHED version is read here, never a draft.
  const view = budget ? await findBudgetVersionView(procedure.id, budget.calculationId) : null;
  const breakdown = view && "breakdown" in view.result ? view.result.breakdown : null;
  return (
    <RoleLanding actor={actor}>
      <Card title="Uw school in deze procedure">
        <ul className="space-y-1">
          {schools.map((s) => (
            <li key={s.id}>
              <strong>{s.name}</strong>, {s.street}, {s.city} — {s.cluster}; selectiegroep {s.selectionGroup}
            </li>
          ))}
        </ul>
      </Card>
      <Card title="Vast bedrag per jaar">
        {budget ? (
          <div className="space-y-6">
            <p className="text-sm text-slate-700">
              Vastgesteld op {formatDateTimeWithZone(budget.publishedAt)} (berekening versie {budget.version}
              {budget.isExample ? ", een voorbeeldberekening" : ""}). Dit bedrag verandert niet meer.
            </p>
            {schools.map((s) => (
              <SchoolAmounts
                key={s.id}
                schoolId={s.id}
                schoolName={s.name}
                amounts={{ version: budget.version, years: budget.years, bySchool: budget.amounts }}
                breakdown={breakdown}
              />
            ))}
          </div>
        ) : (
          <p>
            Nog niet vastgesteld. Zodra het Servicebureau de bedragen publiceert, ziet u hier het vaste bedrag van uw school per
            contractjaar en hoe het is berekend.
          </p>
        )}
      </Card>
    </RoleLanding>
  );
}
