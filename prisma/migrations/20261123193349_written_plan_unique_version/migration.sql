/*
  Warnings:

  - A unique constraint covering the columns `[schoolId,organisationId,version]` on the table `WrittenPlan` will be added. If there are existing duplicate values, this will fail.

*/
-- DropIndex
DROP INDEX "WrittenPlan_schoolId_organisationId_idx";

-- CreateIndex
CREATE UNIQUE INDEX "WrittenPlan_schoolId_organisationId_version_key" ON "WrittenPlan"("schoolId", "organisationId", "version");
