-- AlterTable
ALTER TABLE "Procedure" ADD COLUMN     "admissionResultsMailedAt" TIMESTAMP(3);
