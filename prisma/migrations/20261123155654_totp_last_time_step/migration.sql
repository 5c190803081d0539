-- AlterTable
ALTER TABLE "User" ADD COLUMN     "totpLastTimeStep" INTEGER;
