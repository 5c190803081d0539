import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { InviteForm } from "@/components/users/invite-form";
import { getActor } from "@/lib/server/auth";
import { onlyFirstUserInvitesMessage } from "@/lib/domain/invitations";
import { findFirstUser, listColleagues } from "@/lib/server/queries/users";

export const metadata: Metadata = { title: "Collega's" };

/** Providers and schools see their colleagues; the organisation's first user invites new ones into it. */
export default async function ColleaguesPage() {
  const actor = await getActor();
  if (!actor) redirect("/inloggen?terug=/account/collegas");
  if (actor.role !== "PROVIDER" && actor.role !== "SCHOOL") forbidden();
  const [colleagues, first] = await Promise.all([listColleagues(actor), findFirstUser(actor.organisationId)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Collega&apos;s bij {actor.organisationName}</h1>
      <Card title="Gebruikers">
        <ul className="space-y-1 text-sm">
          {colleagues.map((u) => (
            <li key={u.id} className="flex flex-wrap items-center gap-2"><span className="font-medium">{u.name}</span> <span>{u.email}</span> <Badge>{u.status}</Badge></li>
          ))}
        </ul>
      </Card>
      <Card title="Collega uitnodigen">
        {first?.id === actor.userId ? (
          <InviteForm organisationName={actor.organisationName} />
        ) : (
          <p className="text-sm">{onlyFirstUserInvitesMessage(first)}</p>
        )}
      </Card>
    </div>
  );
}
