import type { Metadata } from "next";
import { RoleLanding } from "@/components/layout/role-landing";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/server/auth";
import { listOwnContractSegments } from "@/lib/server/queries/organisation";

export const metadata: Metadata = { title: "Overzicht aanbieder" };

export default async function ProviderHomePage() {
  const actor = await requireRole("PROVIDER");
  const segments = await listOwnContractSegments(actor);
  return (
    <RoleLanding actor={actor}>
      <Card title="Uw huidige overeenkomst">
        {segments.length === 0 ? (
          <p>Er zijn nog geen segmenten van uw overeenkomst vastgelegd. Het Servicebureau kan dit voor u doen.</p>
        ) : (
          <ul className="list-disc pl-5">
            {segments.map((s) => <li key={s.id}>{s.segment} ({s.agreement})</li>)}
          </ul>
        )}
      </Card>
    </RoleLanding>
  );
}
