-- AlterTable
ALTER TABLE "LoginThrottle" ADD COLUMN     "succeededAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;
