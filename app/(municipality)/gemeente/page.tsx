import type { Metadata } from "next";
import { RoleLanding } from "@/components/layout/role-landing";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/server/auth";
import { listSchoolsInOwnMunicipality } from "@/lib/server/queries/organisation";

export const metadata: Metadata = { title: "Overzicht gemeente" };

export default async function MunicipalityHomePage() {
  const actor = await requireRole("MUNICIPALITY");
  const schools = await listSchoolsInOwnMunicipality(actor);
  return (
    <RoleLanding actor={actor}>
      <Card title="Scholen in uw gemeente">
        {schools.length === 0 ? (
          <p>Er liggen geen deelnemende scholen in uw gemeente.</p>
        ) : (
          <ul className="list-disc pl-5">
            {schools.map((s) => <li key={s.id}>{s.name}, {s.city} ({s.cluster})</li>)}
          </ul>
        )}
        <p className="mt-3 text-sm text-slate-700">U ondertekent het plan van aanpak van deze scholen in de ondertekeningstermijn.</p>
      </Card>
    </RoleLanding>
  );
}
