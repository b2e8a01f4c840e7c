-- AlterTable
ALTER TABLE "ExpertProfile" ADD COLUMN     "easyRead" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "largerText" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "shareLivedExperienceWithAcademics" BOOLEAN NOT NULL DEFAULT false;
