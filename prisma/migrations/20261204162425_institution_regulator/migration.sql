-- CreateEnum
CREATE TYPE "Regulator" AS ENUM ('SOCIAL_WORK_ENGLAND', 'SSSC');

-- AlterTable
ALTER TABLE "Institution" ADD COLUMN     "regulator" "Regulator";
