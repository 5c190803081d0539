import { defineConfig } from "prisma/config";

// Used by `prisma generate` (npm run db:generate). No env("DATABASE_URL"):
// generation must work without a database. Migrations do not go through the
// Prisma CLI here (its native engine cannot be downloaded); see
// scripts/db/ and docs/decisions/0002-migrations-without-prisma-cli-engine.md.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx --conditions=react-server prisma/seed.ts",
  },
});
