import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ActiveToggle } from "@/components/users/active-toggle";
import { ResetSecondFactorButton } from "@/components/users/reset-second-factor-button";
import { InviteForm } from "@/components/users/invite-form";
import { formatDate, formatDateTimeWithZone } from "@/lib/domain/format";
import { requireRole } from "@/lib/server/auth";
import { getRealNow } from "@/lib/server/clock";
import { listNewRegistrations, listOrganisationsForStaff, NEW_REGISTRATION_DAYS } from "@/lib/server/queries/users";

export const metadata: Metadata = { title: "Organisaties en gebruikers" };

const KIND = { SERVICEBUREAU: "Servicebureau", PROVIDER: "Jeugdhulpaanbieder", SCHOOL: "School", MUNICIPALITY: "Gemeente", COUNCIL: "Raad" } as const;

export default async function OrganisationsPage() {
  const actor = await requireRole("STAFF");
  const [organisations, registrations] = await Promise.all([listOrganisationsForStaff(), listNewRegistrations(getRealNow())]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Organisaties en gebruikers</h1>
      <p>Nieuwe registraties van aanbieders staan bovenaan hun soort. Deactiveren werkt bij het eerstvolgende verzoek van de gebruiker.</p>
      <Card title="Nieuwe registraties">
        {registrations.length === 0 ? (
          <p className="text-sm">Geen aanbieders die zich in de afgelopen {NEW_REGISTRATION_DAYS} dagen hebben geregistreerd.</p>
        ) : (
          <>
            <p className="mb-2 text-sm">Aanbieders die zich in de afgelopen {NEW_REGISTRATION_DAYS} dagen zelf hebben geregistreerd. Controleer KvK-nummer en gegevens; deactiveer een registratie die niet klopt.</p>
            <ul className="space-y-1 text-sm">
              {registrations.map((r) => (
                <li key={r.id} className="flex flex-wrap items-center gap-2">
                  <a href={`#organisatie-${r.id}`} className="font-medium">{r.name}</a>
                  <span>KvK {r.kvkNumber}</span>
                  <span className="text-slate-600">geregistreerd op {formatDateTimeWithZone(r.registeredAt)}</span>
                  <Badge tone={r.confirmed ? "success" : "warning"}>{r.confirmed ? "E-mail bevestigd" : "E-mail nog niet bevestigd"}</Badge>
                  {r.active ? null : <Badge tone="warning">Gedeactiveerd</Badge>}
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>
      {organisations.map((o) => (
        <Card key={o.id} id={`organisatie-${o.id}`} title={o.name}>
          <p className="mb-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <span>{KIND[o.kind]}</span>
            {o.kvkNumber ? <span>· KvK {o.kvkNumber}</span> : null}
            {o.agbCode ? <span>· AGB {o.agbCode}</span> : null}
            {o.street || o.postalCode || o.city ? <span>· {[o.street, [o.postalCode, o.city].filter(Boolean).join(" ")].filter(Boolean).join(", ")}</span> : null}
            {o.contactEmail ? <span>· contact <a href={`mailto:${o.contactEmail}`}>{o.contactEmail}</a></span> : null}
            <span>· sinds {formatDate(o.createdAt)}</span>
            <Badge tone={o.active ? "success" : "warning"}>{o.active ? "Actief" : "Gedeactiveerd"}</Badge>
            <ActiveToggle kind="organisation" id={o.id} active={o.active} label="Organisatie" />
          </p>
          {o.users.length === 0 ? <p className="text-sm">Nog geen gebruikers.</p> : (
            <ul className="mb-3 space-y-1 text-sm">
              {o.users.map((u) => (
                <li key={u.id} className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{u.name}</span> <span>{u.email}</span> <Badge>{u.status}</Badge>
                  {u.lastLoginAt ? <span className="text-slate-600">laatst ingelogd {formatDateTimeWithZone(u.lastLoginAt)}</span> : null}
                  <ActiveToggle kind="user" id={u.id} active={u.active} label="Gebruiker" />
                  {u.secondFactor ? <Badge>Tweestapsverificatie aan</Badge> : null}
                  {u.secondFactor && u.id !== actor.userId ? <ResetSecondFactorButton userId={u.id} name={u.name} /> : null}
                </li>
              ))}
            </ul>
          )}
          <details>
            <summary className="cursor-pointer text-sm font-medium text-brand-700">Iemand uitnodigen voor {o.name}</summary>
            <div className="mt-3"><InviteForm organisationId={o.id} organisationName={o.name} /></div>
          </details>
        </Card>
      ))}
    </div>
  );
}
