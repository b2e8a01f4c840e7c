-- CreateEnum
CREATE TYPE "ParticipationLevel" AS ENUM ('CONSULTATION', 'PARTNERSHIP', 'USER_LED');

-- AlterTable
ALTER TABLE "InvolvementRecord" ADD COLUMN     "participationLevel" "ParticipationLevel";

-- AlterTable
ALTER TABLE "Opportunity" ADD COLUMN     "participationLevel" "ParticipationLevel";
