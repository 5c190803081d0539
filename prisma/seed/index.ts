import type { PrismaClient } from "../../lib/generated/prisma/client";
import { DEMO_MAX_EMPLOYEES_PER_SCHOOL, seedDemoAccounts } from "./seed-demo";
import { seedProcedure } from "./seed-procedure";
import { seedProductionAdmin } from "./seed-admin";

export interface SeedOptions {
  /** Demo mode: demo organisations, accounts and example pupil counts. */
  demo: boolean;
  /** Production: the e-mail of the first staff account. */
  adminEmail?: string;
  now: Date;
}

export interface SeedResult {
  procedureId: string;
  /** Production only: a one-time link path to set the first staff password. */
  adminSetupPath?: string;
}

export async function isDatabaseSeeded(db: PrismaClient): Promise<boolean> {
  return (await db.procedure.count()) > 0;
}

export async function seedDatabase(db: PrismaClient, options: SeedOptions): Promise<SeedResult> {
  const procedure = await seedProcedure(db, {
    examplePupilCounts: options.demo,
    maxEmployeesPerSchool: options.demo ? DEMO_MAX_EMPLOYEES_PER_SCHOOL : null,
  });
  if (options.demo) {
    await seedDemoAccounts(db, procedure.id, options.now);
    return { procedureId: procedure.id };
  }
  if (!options.adminEmail) throw new Error("PORTAL_ADMIN_EMAIL is required to seed a production database.");
  const adminSetupPath = await seedProductionAdmin(db, options.adminEmail, options.now);
  return { procedureId: procedure.id, adminSetupPath };
}
