import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { db } from "./db";
import { secondFactorRequired } from "./services/second-factor";

const LAST_SEEN_RESOLUTION_MS = 5 * 60_000;

/** What the session cookie claims: a login id, its user and the user's session version. */
export interface SessionClaims {
  sid: string;
  uid: string;
  sv: number;
}

export interface ResolvedLogin {
  actor: Actor;
  /** A staff login without two-step verification yet: it may only set it up. */
  secondFactorSetupRequired: boolean;
}

/**
 * The actor of a fully set-up login; null for none, or for a login that must
 * set up two-step verification first.
 */
export async function resolveActor(claims: SessionClaims, realNow: Date): Promise<Actor | null> {
  const login = await resolveLogin(claims, realNow);
  return login && !login.secondFactorSetupRequired ? login.actor : null;
}

/**
 * Turns the claims of a session cookie into a login, re-reading everything
 * from the database: a revoked or expired login, a deactivated user or
 * organisation, or a bumped session version yields null.
 */
export async function resolveLogin(claims: SessionClaims, realNow: Date): Promise<ResolvedLogin | null> {
  const login = await db.authSession.findUnique({
    where: { id: claims.sid },
    include: { user: { include: { organisation: true } } },
  });
  if (!login || login.revokedAt || login.expiresAt <= realNow || login.userId !== claims.uid) return null;
  const { user } = login;
  if (!user.active || !user.organisation.active || user.sessionVersion !== claims.sv) return null;
  // "Laatst gezien" for the sessions page, written at most every five minutes.
  if (realNow.getTime() - login.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.authSession.update({ where: { id: login.id }, data: { lastSeenAt: realNow } });
  }
  const actor: Actor = {
    userId: user.id,
    sessionId: login.id,
    name: user.name,
    email: user.email,
    role: user.role,
    organisationId: user.organisationId,
    organisationName: user.organisation.name,
  };
  return { actor, secondFactorSetupRequired: secondFactorRequired(user) };
}
