import type { OrganisationKind, PrismaClient } from "../../lib/generated/prisma/client";

interface OrganisationSeed {
  kind: OrganisationKind;
  name: string;
  kvkNumber?: string;
  street?: string;
  postalCode?: string;
  city?: string;
  contactEmail?: string;
}

/** Finds an organisation by kind and name, or creates it. */
export async function ensureOrganisation(db: PrismaClient, seed: OrganisationSeed) {
  const existing = await db.organisation.findFirst({ where: { kind: seed.kind, name: seed.name } });
  return existing ?? db.organisation.create({ data: seed });
}
