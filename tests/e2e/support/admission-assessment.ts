import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { demoAccounts } from "./accounts";

// The staff-side admission journey needs submitted applications. Filling the
// provider form is the provider journey's business (admission-application
// spec); here a submitted application is written straight into the e2e
// server's database, for an organisation of its own so that it never meets
// what other journeys do with the demo providers. Its user logs in with the
// demo password (the demo provider's password hash is copied).

const DATA_DIR = process.env.E2E_DATA_DIR ?? ".data/e2e-pg";

/** The e2e server's embedded database (scripts/lib/embedded-db.ts: fixed local credentials, database "portal"). */
function databaseUrl(): string {
  const port = fs.readFileSync(path.join(DATA_DIR, "port"), "utf8").trim();
  return `postgresql://postgres:postgres@127.0.0.1:${port}/portal`;
}

export interface SubmittedApplication {
  applicationId: string;
  organisationName: string;
  email: string;
}

/**
 * A provider organisation with one user and a submitted application (received
 * 20 September 2025) for the given clusters, each with one reference of
 * 1 September 2022 – 30 November 2024 (2 years and 3 months).
 */
export async function createSubmittedApplication(label: string, clusterCodes: string[]): Promise<SubmittedApplication> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  const suffix = randomUUID().slice(0, 8);
  const organisationName = `${label} ${suffix}`;
  const email = `toelating-${suffix}@aanbieder.example`;
  const applicationId = `e2e-app-${suffix}`;
  try {
    await client.query("BEGIN");
    const { rows: [procedure] } = await client.query<{ id: string }>(`SELECT id FROM "Procedure" ORDER BY "createdAt" DESC LIMIT 1`);
    const { rows: [demo] } = await client.query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE email = $1`, [demoAccounts.provider.email]);
    const organisationId = `e2e-org-${suffix}`;
    await client.query(
      `INSERT INTO "Organisation" (id, kind, name, city, active, "updatedAt") VALUES ($1, 'PROVIDER', $2, 'Rijswijk', true, now())`,
      [organisationId, organisationName],
    );
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "organisationId", "emailVerifiedAt", "updatedAt")
       VALUES ($1, $2, 'Eva Toelating', $3, 'PROVIDER', $4, now(), now())`,
      [`e2e-user-${suffix}`, email, demo!.passwordHash, organisationId],
    );
    await client.query(
      `INSERT INTO "AdmissionApplication" (id, "procedureId", "organisationId", version, status, "signerName", "signerFunction", "signedOn", "submittedAt", "updatedAt")
       VALUES ($1, $2, $3, 1, 'SUBMITTED', 'Eva Toelating', 'Directeur', '2025-09-20', '2025-09-20T08:00:00Z', now())`,
      [applicationId, procedure!.id, organisationId],
    );
    await client.query(
      `INSERT INTO "ApplicationDeclaration" (id, "applicationId", "exclusionGroundId", declared)
       SELECT $1 || '-' || code, $2, id, true FROM "ExclusionGround" WHERE "procedureId" = $3`,
      [applicationId, applicationId, procedure!.id],
    );
    for (const code of clusterCodes) {
      const { rows: [cluster] } = await client.query<{ id: string }>(`SELECT id FROM "Cluster" WHERE "procedureId" = $1 AND code = $2`, [procedure!.id, code]);
      const applicationClusterId = `${applicationId}-${code}`;
      await client.query(
        `INSERT INTO "ApplicationCluster" (id, "applicationId", "clusterId", "careLandscapeKnowledge", "educationalOfferKnowledge") VALUES ($1, $2, $3, $4, $5)`,
        [applicationClusterId, applicationId, cluster!.id, `Wij werken samen met de wijkteams rond de scholen van ${code}.`, `Wij kennen het onderwijsaanbod van ${code}.`],
      );
      await client.query(
        `INSERT INTO "ApplicationExpertise" (id, "applicationClusterId", "requirementId", substantiation)
         SELECT $1 || '-' || code, $1, id, 'Onze gedragswetenschappers hebben hier jaren ervaring mee.' FROM "Requirement" WHERE "clusterId" = $2 AND kind = 'EXPERTISE'`,
        [applicationClusterId, cluster!.id],
      );
      await client.query(
        `INSERT INTO "ReferenceAssignment" (id, "applicationId", "clusterId", "schoolName", place, "startOn", "endOn", description, "contactName")
         VALUES ($1, $2, $3, $4, 'Delft', '2022-09-01', '2024-11-30', 'Groepsgewijze interventies en leerkrachtondersteuning.', 'J. de Boer')`,
        [`${applicationClusterId}-ref`, applicationId, cluster!.id, `Referentieschool ${code}`],
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
  return { applicationId, organisationName, email };
}
