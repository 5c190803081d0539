import "server-only";
import type { z } from "zod";
import type { Actor, Role } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import { onlyFirstUserInvitesMessage } from "@/lib/domain/invitations";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import type { inviteUserSchema } from "@/lib/schemas/users";
import { recordAudit } from "../audit";
import { db } from "../db";
import { baseUrl } from "../env";
import { queueMail } from "../mail";
import { findFirstUser } from "../queries/users";
import { generateToken } from "../tokens";

const INVITATION_DAYS = 7;
const ROLE_OF_KIND: Record<OrganisationKind, Role> = {
  SERVICEBUREAU: "STAFF", PROVIDER: "PROVIDER", SCHOOL: "SCHOOL", MUNICIPALITY: "MUNICIPALITY", COUNCIL: "COUNCIL",
};
/** Roles whose first user may invite colleagues into their own organisation. */
const SELF_INVITING: Role[] = ["PROVIDER", "SCHOOL"];

/**
 * Invites a person by e-mail: the account gets the role that belongs to the
 * organisation, and a single-use link (7 days) to set a password. Staff
 * invite into any organisation; in a provider or school only its first user
 * (lib/domain/invitations.ts) invites, into the own organisation.
 *
 * The answer is the same whether the address has an account or not, so
 * inviting cannot be used to probe addresses. An existing account is left
 * alone and its owner is told by e-mail; except a pending invitation (never
 * accepted) into the same organisation: that person gets a fresh link and
 * the earlier links stop working, which is how an expired invitation is
 * renewed.
 */
export async function inviteUser({ actor, input, realNow }: { actor: Actor; input: z.output<typeof inviteUserSchema>; realNow: Date }): Promise<{ email: string }> {
  let organisationId = actor.organisationId;
  if (actor.role === "STAFF" && input.organisationId) organisationId = input.organisationId;
  else if (!SELF_INVITING.includes(actor.role) && actor.role !== "STAFF") throw new DomainError("FORBIDDEN");
  if (actor.role !== "STAFF") {
    const first = await findFirstUser(actor.organisationId);
    if (first?.id !== actor.userId) throw new DomainError("FORBIDDEN", onlyFirstUserInvitesMessage(first));
  }
  const organisation = await db.organisation.findUnique({ where: { id: organisationId } });
  if (!organisation) throw new DomainError("NOT_FOUND", "Deze organisatie bestaat niet.");
  if (!organisation.active) throw new DomainError("VALIDATION", "Deze organisatie is gedeactiveerd; activeer haar eerst.");

  const existing = await db.user.findUnique({ where: { email: input.email } });
  const pendingHere = existing !== null && existing.organisationId === organisation.id && existing.passwordHash === null && existing.active;
  if (existing && !pendingHere) {
    await db.$transaction(async (tx) => {
      await queueMail(tx, [{
        to: existing.email,
        subject: "Poging tot uitnodiging met uw e-mailadres",
        text:
          `Beste ${existing.name},\n\nIemand van ${actor.organisationName} probeerde u uit te nodigen voor het Inkoopportaal` +
          `${organisation.id === actor.organisationId ? "" : `, namens ${organisation.name}`}. U heeft al een account met dit e-mailadres; ` +
          `daaraan is niets veranderd.\n\nLog in via ${baseUrl()}/inloggen, of vraag een nieuw wachtwoord aan via ${baseUrl()}/wachtwoord-vergeten ` +
          "als u het niet meer weet. Verwachtte u geen uitnodiging, dan kunt u dit bericht negeren.",
      }], realNow);
      await recordAudit(tx, actor, realNow, { action: "user.inviteExisting", entityType: "User", entityId: existing.id, after: { organisationId: organisation.id } });
    });
    return { email: input.email };
  }
  const { token, tokenHash } = generateToken();
  return db.$transaction(async (tx) => {
    let user;
    if (existing) {
      // Earlier links of this invitation stop working; only the new one does.
      await tx.userToken.deleteMany({ where: { userId: existing.id, kind: "INVITATION", usedAt: null } });
      user = existing;
    } else {
      user = await tx.user.create({ data: { email: input.email, name: input.name, role: ROLE_OF_KIND[organisation.kind], organisationId: organisation.id, createdAt: realNow } });
    }
    await tx.userToken.create({ data: { kind: "INVITATION", tokenHash, userId: user.id, createdById: actor.userId, createdAt: realNow, expiresAt: new Date(realNow.getTime() + INVITATION_DAYS * 86_400_000) } });
    await queueMail(tx, [{
      to: user.email,
      subject: `Uitnodiging voor ${organisation.name}`,
      text: `Beste ${user.name},\n\n${actor.name} nodigt u uit om namens ${organisation.name} te werken in het Inkoopportaal. Stel binnen 7 dagen uw wachtwoord in via deze link:\n\n${baseUrl()}/wachtwoord-instellen/${token}\n\nDe link werkt één keer.`,
    }], realNow);
    await recordAudit(tx, actor, realNow, {
      action: existing ? "user.reinvite" : "user.invite", entityType: "User", entityId: user.id, after: { email: user.email, organisationId: organisation.id, role: user.role },
    });
    return { email: user.email };
  });
}

/** Staff switch an organisation on or off; its users are refused from their next request. */
export async function setOrganisationActive({ actor, id, active, realNow }: { actor: Actor; id: string; active: boolean; realNow: Date }) {
  if (actor.role !== "STAFF") throw new DomainError("FORBIDDEN");
  if (id === actor.organisationId && !active) throw new DomainError("VALIDATION", "U kunt uw eigen organisatie niet deactiveren.");
  const before = await db.organisation.findUnique({ where: { id } });
  if (!before) throw new DomainError("NOT_FOUND", "Deze organisatie bestaat niet.");
  await db.$transaction(async (tx) => {
    await tx.organisation.update({ where: { id }, data: { active } });
    await recordAudit(tx, actor, realNow, { action: active ? "organisation.activate" : "organisation.deactivate", entityType: "Organisation", entityId: id, before: { active: before.active }, after: { active } });
  });
}

/** Staff switch a user on or off; takes effect on the user's next request. */
export async function setUserActive({ actor, id, active, realNow }: { actor: Actor; id: string; active: boolean; realNow: Date }) {
  if (actor.role !== "STAFF") throw new DomainError("FORBIDDEN");
  if (id === actor.userId && !active) throw new DomainError("VALIDATION", "U kunt uzelf niet deactiveren.");
  const before = await db.user.findUnique({ where: { id } });
  if (!before) throw new DomainError("NOT_FOUND", "Deze gebruiker bestaat niet.");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id }, data: { active } });
    await recordAudit(tx, actor, realNow, { action: active ? "user.activate" : "user.deactivate", entityType: "User", entityId: id, before: { active: before.active }, after: { active } });
  });
}
