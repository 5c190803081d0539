-- AlterTable
ALTER TABLE "ScoreItem" ALTER COLUMN "score" DROP NOT NULL;

-- A draft sheet may hold a topic with an explanation but no score yet. That
-- was stored as 0 (never one of a procedure's levels); it is now NULL.
-- Submitted sheets were validated against the procedure's levels, so only
-- drafts held 0. (Written by hand: data, not schema.)
UPDATE "ScoreItem" SET "score" = NULL WHERE "score" = 0;
