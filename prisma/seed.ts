// Seeds the database named by DATABASE_URL.
//   tsx --conditions=react-server prisma/seed.ts [--if-empty]
// Demo data only with PORTAL_DEMO=1; otherwise PORTAL_ADMIN_EMAIL names the
// first staff account, whose one-time password link is printed.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { isDatabaseSeeded, seedDatabase } from "./seed/index";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set.");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    if (process.argv.includes("--if-empty") && (await isDatabaseSeeded(db))) {
      console.log("[seed] database already has a procedure; nothing to do");
      return;
    }
    const demo = process.env.PORTAL_DEMO === "1";
    const result = await seedDatabase(db, { demo, adminEmail: process.env.PORTAL_ADMIN_EMAIL, now: new Date() });
    console.log(`[seed] procedure loaded${demo ? " with demo accounts" : ""}`);
    if (result.adminSetupPath) {
      const base = process.env.PORTAL_BASE_URL ?? "http://localhost:3000";
      console.log(`[seed] set the first staff password (valid 7 days): ${base}${result.adminSetupPath}`);
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("[seed] failed:", error);
  process.exitCode = 1;
});
