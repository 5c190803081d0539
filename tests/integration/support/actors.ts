import type { Actor } from "@/lib/domain/actor";
import { db } from "@/lib/server/db";

/** The actor of a user, as the session check would build it (tests act as that user directly). */
export async function actorFor(email: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { email }, include: { organisation: true } });
  return { userId: u.id, sessionId: "test", name: u.name, email: u.email, role: u.role, organisationId: u.organisationId, organisationName: u.organisation.name };
}
