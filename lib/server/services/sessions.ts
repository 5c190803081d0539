import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import { recordAudit } from "../audit";
import { db } from "../db";

// A user's own logins (AuthSession rows, docs/decisions/0001). Expiry is
// judged by the real time, never the demo clock: logins are not procedure
// rules. A login of another user is NOT_FOUND.

export interface OwnSession {
  id: string;
  browser: string;
  ipAddress: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
}

/** A short readable form of a user agent, e.g. "Firefox op Windows". */
export function describeUserAgent(userAgent: string | null): string {
  if (!userAgent) return "Onbekende browser";
  const ua = userAgent;
  const browser =
    /Edg\//.test(ua) ? "Edge"
    : /OPR\/|Opera/.test(ua) ? "Opera"
    : /Firefox\//.test(ua) ? "Firefox"
    : /HeadlessChrome\//.test(ua) ? "Chrome (headless)"
    : /Chrome\/|Chromium\//.test(ua) ? "Chrome"
    : /Safari\//.test(ua) ? "Safari"
    : null;
  const system =
    /iPhone|iPad|iPod/.test(ua) ? "iOS"
    : /Android/.test(ua) ? "Android"
    : /Windows/.test(ua) ? "Windows"
    : /Mac OS X|Macintosh/.test(ua) ? "macOS"
    : /CrOS/.test(ua) ? "ChromeOS"
    : /Linux/.test(ua) ? "Linux"
    : null;
  if (!browser && !system) return "Onbekende browser";
  if (!browser) return `Browser op ${system}`;
  return system ? `${browser} op ${system}` : browser;
}

/** The actor's active logins (not revoked, not expired), newest first, the current one marked. */
export async function listOwnSessions(actor: Actor, realNow: Date): Promise<OwnSession[]> {
  const rows = await db.authSession.findMany({
    where: { userId: actor.userId, revokedAt: null, expiresAt: { gt: realNow } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    browser: describeUserAgent(row.userAgent),
    ipAddress: row.ipAddress,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    current: row.id === actor.sessionId,
  }));
}

/** Ends one of the actor's own logins; it is refused on its next request. */
export async function endSession({ actor, sessionId, now }: { actor: Actor; sessionId: string; now: Date }) {
  await db.$transaction(async (tx) => {
    const login = await tx.authSession.findFirst({
      where: { id: sessionId, userId: actor.userId, revokedAt: null, expiresAt: { gt: now } },
    });
    if (!login) throw new DomainError("NOT_FOUND", "Deze sessie bestaat niet of is al beëindigd. Laad de pagina opnieuw.");
    await tx.authSession.update({ where: { id: login.id }, data: { revokedAt: now } });
    await recordAudit(tx, actor, now, {
      action: "authSession.end", entityType: "AuthSession", entityId: login.id,
      after: { revokedAt: now.toISOString(), current: login.id === actor.sessionId },
    });
  });
}

/** "Overal uitloggen": ends every login of the actor, the current one included, and bumps the session version. */
export async function endAllSessions({ actor, now }: { actor: Actor; now: Date }) {
  return db.$transaction(async (tx) => {
    const ended = await tx.authSession.updateMany({ where: { userId: actor.userId, revokedAt: null }, data: { revokedAt: now } });
    const user = await tx.user.update({
      where: { id: actor.userId },
      data: { sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await recordAudit(tx, actor, now, {
      action: "authSession.endAll", entityType: "User", entityId: actor.userId,
      after: { endedSessions: ended.count, sessionVersion: user.sessionVersion },
    });
    return { endedSessions: ended.count };
  });
}
