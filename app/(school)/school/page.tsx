import type { Metadata } from "next";
import { RoleLanding } from "@/components/layout/role-landing";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/server/auth";
import { listOwnSchools } from "@/lib/server/queries/organisation";

export const metadata: Metadata = { title: "Overzicht school" };

export default async function SchoolHomePage() {
  const actor = await requireRole("SCHOOL");
  const schools = await listOwnSchools(actor);
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
    </RoleLanding>
  );
}
