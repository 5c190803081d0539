-- AlterTable
-- A signature carries the signing account's name and e-mail address, taken
-- from the logged-in user (never typed). Signatures made before this column
-- existed get the address their user has now, the best record there is; a
-- user that no longer exists leaves it empty. (Backfill written by hand:
-- data, not schema; the column ends NOT NULL as schema.prisma says.)
ALTER TABLE "PlanSignature" ADD COLUMN     "signerEmail" TEXT;
UPDATE "PlanSignature" s SET "signerEmail" = COALESCE((SELECT u."email" FROM "User" u WHERE u."id" = s."userId"), '');
ALTER TABLE "PlanSignature" ALTER COLUMN "signerEmail" SET NOT NULL;
