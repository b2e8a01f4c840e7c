-- AlterTable
ALTER TABLE "Opportunity" ADD COLUMN     "proposedForPartnerId" TEXT;

-- CreateIndex
CREATE INDEX "Opportunity_proposedForPartnerId_idx" ON "Opportunity"("proposedForPartnerId");

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_proposedForPartnerId_fkey" FOREIGN KEY ("proposedForPartnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;
