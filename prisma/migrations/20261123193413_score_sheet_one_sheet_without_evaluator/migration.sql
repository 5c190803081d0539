-- At most one CONSENSUS sheet (and one INTERVIEW sheet) per school and
-- provider. Those sheets have no evaluator, and the unique key
-- "ScoreSheet_kind_schoolId_providerOrganisationId_evaluatorId_key" treats
-- NULLs as distinct, so it never caught a second one; until now only the
-- advisory lock in lib/server/services/scoring.ts (and school-choice.ts) did.
-- Written by hand: Prisma's schema language has no partial unique index (only
-- behind the `partialIndexes` preview feature, which we do not enable), and
-- without that feature the drift check ignores partial indexes, as it ignores
-- the audit trigger (tests/integration/migrations.int.test.ts).
CREATE UNIQUE INDEX "ScoreSheet_kind_school_provider_without_evaluator_key"
  ON "ScoreSheet" ("kind", "schoolId", "providerOrganisationId")
  WHERE "evaluatorId" IS NULL;
