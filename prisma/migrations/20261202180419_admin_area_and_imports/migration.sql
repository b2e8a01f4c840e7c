-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('EXPERTS', 'PARTNERS', 'MODULES', 'STAFF');

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "partnershipId" TEXT;

-- AlterTable
ALTER TABLE "Institution" ADD COLUMN     "expertContactEmail" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "expertContactName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "expertContactPhone" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN     "demo" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Module" ADD COLUMN     "retiredAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "retiredAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "deactivatedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" TEXT NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "rows" JSONB NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" TIMESTAMP(3),
    "result" JSONB,

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportBatch_createdById_createdAt_idx" ON "ImportBatch"("createdById", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_partnershipId_createdAt_idx" ON "AuditEvent"("partnershipId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_partnershipId_action_createdAt_idx" ON "AuditEvent"("partnershipId", "action", "createdAt");

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill: each existing event belongs to its actor's partnership, staff through their
-- institution and experts through their profile. Events without an actor stay unassigned.
-- (No semicolons in comments: the embedded database's migration runner splits on them.)
UPDATE "AuditEvent" AS a SET "partnershipId" = COALESCE(i."partnershipId", e."partnershipId")
FROM "User" AS u
LEFT JOIN "Institution" AS i ON i.id = u."institutionId"
LEFT JOIN "ExpertProfile" AS e ON e."userId" = u.id
WHERE a."actorId" = u.id;

-- The demo partnership loaded by earlier versions is marked as the demo.
UPDATE "Partnership" SET "demo" = true WHERE "name" = 'North Bridge Social Work Teaching Partnership';
