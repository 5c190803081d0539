import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { firstUserOf } from "@/lib/domain/invitations";
import { db } from "../db";

const userFields = { id: true, name: true, email: true, role: true, active: true, emailVerifiedAt: true, passwordHash: true, lastLoginAt: true, createdAt: true, totpEnabledAt: true } as const;

function userDto(u: { id: string; name: string; email: string; active: boolean; emailVerifiedAt: Date | null; passwordHash: string | null; lastLoginAt: Date | null; createdAt: Date; totpEnabledAt: Date | null }) {
  const status = !u.passwordHash ? "Uitgenodigd" : !u.emailVerifiedAt ? "E-mail niet bevestigd" : u.active ? "Actief" : "Gedeactiveerd";
  return { id: u.id, name: u.name, email: u.email, active: u.active, status, lastLoginAt: u.lastLoginAt, createdAt: u.createdAt, secondFactor: u.totpEnabledAt !== null };
}

/** Staff: every organisation with its users, newest registrations first within each kind. */
export async function listOrganisationsForStaff() {
  const organisations = await db.organisation.findMany({
    orderBy: [{ kind: "asc" }, { createdAt: "desc" }],
    include: { users: { select: userFields, orderBy: { createdAt: "asc" } } },
  });
  return organisations.map((o) => ({
    id: o.id, name: o.name, kind: o.kind, kvkNumber: o.kvkNumber, agbCode: o.agbCode, street: o.street, postalCode: o.postalCode, city: o.city,
    contactEmail: o.contactEmail, active: o.active, createdAt: o.createdAt,
    users: o.users.map(userDto),
  }));
}

/** How far back the staff's list of new self-registrations reaches. */
export const NEW_REGISTRATION_DAYS = 30;

/**
 * Staff: the provider organisations that registered themselves in the last
 * NEW_REGISTRATION_DAYS days (audit action organisation.register), newest
 * first, with whether their first user confirmed the e-mail address.
 */
export async function listNewRegistrations(realNow: Date) {
  const since = new Date(realNow.getTime() - NEW_REGISTRATION_DAYS * 86_400_000);
  const events = await db.auditEvent.findMany({ where: { action: "organisation.register", entityType: "Organisation", at: { gte: since } }, orderBy: { at: "desc" }, select: { entityId: true, at: true } });
  const organisations = await db.organisation.findMany({
    where: { id: { in: events.map((e) => e.entityId) } },
    select: { id: true, name: true, kvkNumber: true, active: true, users: { select: { emailVerifiedAt: true } } },
  });
  const byId = new Map(organisations.map((o) => [o.id, o]));
  // An unconfirmed registration that was replaced later no longer exists.
  return events.flatMap((e) => {
    const o = byId.get(e.entityId);
    return o ? [{ id: o.id, name: o.name, kvkNumber: o.kvkNumber, active: o.active, registeredAt: e.at, confirmed: o.users.some((u) => u.emailVerifiedAt !== null) }] : [];
  });
}

/** The actor's own colleagues. */
export async function listColleagues(actor: Actor) {
  const users = await db.user.findMany({ where: { organisationId: actor.organisationId }, select: userFields, orderBy: { createdAt: "asc" } });
  return users.map(userDto);
}

/**
 * The organisation's first user, who alone (besides staff) may invite
 * colleagues: see firstUserOf in lib/domain/invitations.ts.
 */
export async function findFirstUser(organisationId: string): Promise<{ id: string; name: string } | null> {
  const users = await db.user.findMany({ where: { organisationId, active: true, passwordHash: { not: null } }, select: { id: true, name: true, active: true, createdAt: true } });
  const first = firstUserOf(users.map((u) => ({ ...u, hasPassword: true })));
  return first ? { id: first.id, name: first.name } : null;
}
