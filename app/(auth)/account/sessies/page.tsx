import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { getActor } from "@/lib/server/auth";
import { getRealNow } from "@/lib/server/clock";
import { listOwnSessions } from "@/lib/server/services/sessions";
import { EndAllSessionsForm } from "./_components/end-all-sessions-form";
import { EndSessionButton } from "./_components/end-session-button";

export const metadata: Metadata = { title: "Mijn sessies" };

/** Every logged-in role: the user's own active logins, to end one or all of them. */
export default async function MySessionsPage() {
  const actor = await getActor();
  if (!actor) redirect(`/inloggen?terug=${encodeURIComponent("/account/sessies")}`);
  const sessions = await listOwnSessions(actor, getRealNow());
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Mijn sessies</h1>
      <p>
        Hier ziet u waar u bent ingelogd. Herkent u een sessie niet, beëindig die dan en wijzig uw wachtwoord. Een
        beëindigde sessie is bij het volgende verzoek uitgelogd.
      </p>
      <Card title="Actieve sessies">
        <ul className="divide-y divide-slate-200">
          {sessions.map((s) => (
            <li key={s.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
              <div className="space-y-1 text-sm">
                <p className="font-semibold">
                  {s.browser}
                  {s.current ? <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">Deze sessie</span> : null}
                </p>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-slate-700">
                  <dt>IP-adres</dt>
                  <dd>{s.ipAddress ?? "onbekend"}</dd>
                  <dt>Gestart</dt>
                  <dd>{formatDateTimeWithZone(s.createdAt)}</dd>
                  <dt>Laatst gezien</dt>
                  <dd>{formatDateTimeWithZone(s.lastSeenAt)}</dd>
                </dl>
              </div>
              {s.current ? null : <EndSessionButton sessionId={s.id} label={s.browser} />}
            </li>
          ))}
        </ul>
      </Card>
      <Card title="Overal uitloggen">
        <EndAllSessionsForm count={sessions.length} />
      </Card>
    </div>
  );
}
