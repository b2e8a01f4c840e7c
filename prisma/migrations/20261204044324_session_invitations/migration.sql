-- CreateTable
CREATE TABLE "SessionInvitation" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SessionInvitation_expertId_createdAt_idx" ON "SessionInvitation"("expertId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SessionInvitation_sessionId_expertId_key" ON "SessionInvitation"("sessionId", "expertId");

-- AddForeignKey
ALTER TABLE "SessionInvitation" ADD CONSTRAINT "SessionInvitation_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionInvitation" ADD CONSTRAINT "SessionInvitation_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "ExpertProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionInvitation" ADD CONSTRAINT "SessionInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
