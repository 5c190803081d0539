import type { PrismaClient } from "../../lib/generated/prisma/client";
import { generateToken } from "../../lib/server/tokens";
import { servicebureauSeed } from "./haaglanden";

const SETUP_LINK_DAYS = 7;

/**
 * Production: one staff account without a password. Returns a one-time path
 * to set it (printed by the start script), or undefined if the account exists.
 */
export async function seedProductionAdmin(db: PrismaClient, email: string, now: Date): Promise<string | undefined> {
  const normalised = email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email: normalised } })) return undefined;
  const organisation = await db.organisation.findFirstOrThrow({ where: { kind: "SERVICEBUREAU", name: servicebureauSeed.name } });
  const user = await db.user.create({
    data: { email: normalised, name: "Beheerder Servicebureau", role: "STAFF", organisationId: organisation.id },
  });
  const { token, tokenHash } = generateToken();
  await db.userToken.create({
    data: { kind: "INVITATION", tokenHash, userId: user.id, expiresAt: new Date(now.getTime() + SETUP_LINK_DAYS * 86_400_000) },
  });
  return `/wachtwoord-instellen/${token}`;
}
