import type { PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/server/password";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoAccounts, demoProviders } from "./demo-accounts";
import { ensureOrganisation } from "./organisations";

/** Demo providers with their contract segments, and one account per role. */
export async function seedDemoAccounts(db: PrismaClient, procedureId: string, now: Date) {
  for (const p of demoProviders) {
    const { segments, ...org } = p;
    const organisation = await ensureOrganisation(db, { kind: "PROVIDER", ...org });
    for (const code of segments) {
      const segment = await db.segment.findUniqueOrThrow({ where: { procedureId_code: { procedureId, code } } });
      await db.providerContractSegment.upsert({
        where: {
          organisationId_segmentId_agreementType: {
            organisationId: organisation.id, segmentId: segment.id, agreementType: "RESULTAATOVEREENKOMST",
          },
        },
        update: {},
        create: { organisationId: organisation.id, segmentId: segment.id, agreementType: "RESULTAATOVEREENKOMST" },
      });
    }
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of Object.values(demoAccounts)) {
    const organisation = await db.organisation.findFirstOrThrow({ where: { name: account.organisation } });
    await db.user.upsert({
      where: { email: account.email },
      update: {},
      create: {
        email: account.email, name: account.name, role: account.role, organisationId: organisation.id,
        passwordHash, emailVerifiedAt: now,
        ...(account.role === "STAFF" ? { totpSecret: DEMO_TOTP_SECRET, totpEnabledAt: now } : {}),
      },
    });
  }
}
