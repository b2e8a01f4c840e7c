-- AlterTable
ALTER TABLE "ExpertProfile" ADD COLUMN     "erasedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN     "eraseLeftExpertsAfterMonths" INTEGER DEFAULT 24;
