import type { Actor } from "@/lib/domain/actor";
import { db } from "@/lib/server/db";

/** The actor of a user, as the session check would build it (tests act as that user directly). */
export async function actorFor(email: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { email }, include: { organisation: true } });
  return { userId: u.id, sessionId: "test", name: u.name, email: u.email, role: u.role, organisationId: u.organisationId, organisationName: u.organisation.name };
}

/** A provider organisation with one confirmed user, for tests that need more providers than the demo seed has. */
export async function createProvider(name: string, email: string): Promise<Actor> {
  const org = await db.organisation.create({ data: { kind: "PROVIDER", name } });
  await db.user.create({ data: { email, name: `Contact ${name}`, role: "PROVIDER", organisationId: org.id, emailVerifiedAt: new Date() } });
  return actorFor(email);
}
