-- AlterEnum
ALTER TYPE "OpportunityType" ADD VALUE 'GROUP_MEETING';

-- AlterTable
ALTER TABLE "Opportunity" ALTER COLUMN "stage" DROP NOT NULL;
