import type { PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/server/password";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoAccounts, demoProviders } from "./demo-accounts";
import { ensureOrganisation } from "./organisations";

/**
 * The demo's "at most x employees" per school (SPEC §9; the seeds leave x
 * open and staff set it on /beheer/plannen): an example value, so the demo
 * shows the limit in the plan's terms and checks it. Set only when the
 * procedure is created, never over what staff have since set.
 */
export const DEMO_MAX_EMPLOYEES_PER_SCHOOL = 6;

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
