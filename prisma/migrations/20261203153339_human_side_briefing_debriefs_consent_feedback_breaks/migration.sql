-- CreateEnum
CREATE TYPE "Wellbeing" AS ENUM ('OK', 'NOT_SURE', 'NOT_OK');

-- CreateEnum
CREATE TYPE "PaidOnTime" AS ENUM ('YES', 'NO', 'NOT_YET');

-- CreateEnum
CREATE TYPE "DebriefReason" AS ENUM ('ASKED', 'SENSITIVE_SESSION');

-- CreateEnum
CREATE TYPE "ConsentScope" AS ENUM ('LIVE_SESSION', 'RECORDED', 'LEARNING_PLATFORM', 'RESEARCH');

-- CreateEnum
CREATE TYPE "BreakUpdates" AS ENUM ('PAYMENTS_ONLY', 'MY_BOOKINGS', 'GROUP_NEWS');

-- CreateEnum
CREATE TYPE "TrainingCourse" AS ENUM ('EQUALITY', 'PRESENTATION_SKILLS', 'SHARING_YOUR_STORY_SAFELY', 'LOOKING_AFTER_YOURSELF', 'SAFEGUARDING', 'OTHER');

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "checkInAnsweredAt" TIMESTAMP(3),
ADD COLUMN     "checkInFeeling" "Wellbeing",
ADD COLUMN     "shareAccessNeedsWithAcademic" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "supporterComing" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "supporterName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "supporterTravelClaimable" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ExpertProfile" ADD COLUMN     "breakStartedAt" TIMESTAMP(3),
ADD COLUMN     "breakUntil" DATE,
ADD COLUMN     "breakUpdates" "BreakUpdates" NOT NULL DEFAULT 'MY_BOOKINGS';

-- AlterTable
ALTER TABLE "Opportunity" ADD COLUMN     "cohortSize" INTEGER,
ADD COLUMN     "quietRoomOffered" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "sensitiveTopic" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "sensitiveTopicNote" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "supporterWelcome" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "whoWillBeThere" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ExpertFeedback" (
    "id" TEXT NOT NULL,
    "bookingId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "prepared" INTEGER,
    "treatedWell" INTEGER,
    "worthIt" INTEGER,
    "paidOnTime" "PaidOnTime",
    "comments" TEXT NOT NULL DEFAULT '',
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExpertFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "YouSaidWeDid" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "youSaid" TEXT NOT NULL,
    "weDid" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "YouSaidWeDid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DebriefTask" (
    "id" TEXT NOT NULL,
    "bookingId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "reason" "DebriefReason" NOT NULL,
    "requestedByExpert" BOOLEAN NOT NULL DEFAULT false,
    "expertNote" TEXT NOT NULL DEFAULT '',
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "dueOn" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMP(3),
    "doneById" TEXT,
    "privateNote" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "DebriefTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Story" (
    "id" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "attachedText" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Story_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoryConsent" (
    "id" TEXT NOT NULL,
    "storyId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "bookingId" TEXT NOT NULL,
    "scopes" "ConsentScope"[],
    "named" BOOLEAN NOT NULL DEFAULT false,
    "until" DATE,
    "givenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),
    "takenDownAt" TIMESTAMP(3),
    "takenDownById" TEXT,

    CONSTRAINT "StoryConsent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingRecord" (
    "id" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "course" "TrainingCourse" NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "completedOn" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ExpertFeedback_bookingId_key" ON "ExpertFeedback"("bookingId");

-- CreateIndex
CREATE INDEX "ExpertFeedback_sessionId_idx" ON "ExpertFeedback"("sessionId");

-- CreateIndex
CREATE INDEX "ExpertFeedback_expertId_createdAt_idx" ON "ExpertFeedback"("expertId", "createdAt");

-- CreateIndex
CREATE INDEX "YouSaidWeDid_partnershipId_publishedAt_idx" ON "YouSaidWeDid"("partnershipId", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DebriefTask_bookingId_key" ON "DebriefTask"("bookingId");

-- CreateIndex
CREATE INDEX "DebriefTask_institutionId_doneAt_urgent_dueOn_idx" ON "DebriefTask"("institutionId", "doneAt", "urgent", "dueOn");

-- CreateIndex
CREATE INDEX "DebriefTask_expertId_idx" ON "DebriefTask"("expertId");

-- CreateIndex
CREATE INDEX "Story_expertId_createdAt_idx" ON "Story"("expertId", "createdAt");

-- CreateIndex
CREATE INDEX "StoryConsent_expertId_givenAt_idx" ON "StoryConsent"("expertId", "givenAt");

-- CreateIndex
CREATE INDEX "StoryConsent_bookingId_idx" ON "StoryConsent"("bookingId");

-- CreateIndex
CREATE UNIQUE INDEX "StoryConsent_storyId_bookingId_key" ON "StoryConsent"("storyId", "bookingId");

-- CreateIndex
CREATE INDEX "TrainingRecord_expertId_completedOn_idx" ON "TrainingRecord"("expertId", "completedOn");

-- CreateIndex
CREATE INDEX "ExpertProfile_partnershipId_breakStartedAt_idx" ON "ExpertProfile"("partnershipId", "breakStartedAt");

-- AddForeignKey
ALTER TABLE "ExpertFeedback" ADD CONSTRAINT "ExpertFeedback_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertFeedback" ADD CONSTRAINT "ExpertFeedback_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertFeedback" ADD CONSTRAINT "ExpertFeedback_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "ExpertProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YouSaidWeDid" ADD CONSTRAINT "YouSaidWeDid_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YouSaidWeDid" ADD CONSTRAINT "YouSaidWeDid_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YouSaidWeDid" ADD CONSTRAINT "YouSaidWeDid_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DebriefTask" ADD CONSTRAINT "DebriefTask_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DebriefTask" ADD CONSTRAINT "DebriefTask_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "ExpertProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DebriefTask" ADD CONSTRAINT "DebriefTask_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DebriefTask" ADD CONSTRAINT "DebriefTask_doneById_fkey" FOREIGN KEY ("doneById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Story" ADD CONSTRAINT "Story_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "ExpertProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryConsent" ADD CONSTRAINT "StoryConsent_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryConsent" ADD CONSTRAINT "StoryConsent_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "ExpertProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryConsent" ADD CONSTRAINT "StoryConsent_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryConsent" ADD CONSTRAINT "StoryConsent_takenDownById_fkey" FOREIGN KEY ("takenDownById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRecord" ADD CONSTRAINT "TrainingRecord_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "ExpertProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRecord" ADD CONSTRAINT "TrainingRecord_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Experts' feedback moves from Feedback (now the academics' alone) to ExpertFeedback: the old single
-- rating answered "was it worth it". A request for a debrief becomes a debrief task for the session's
-- institution, done when the old row said so.
INSERT INTO "ExpertFeedback" ("id", "bookingId", "sessionId", "expertId", "worthIt", "comments", "createdAt", "updatedAt")
SELECT f."id", b."id", f."sessionId", b."expertId", f."rating", f."text", f."createdAt", f."createdAt"
FROM "Feedback" f
JOIN "ExpertProfile" e ON e."userId" = f."authorId"
JOIN "Booking" b ON b."sessionId" = f."sessionId" AND b."expertId" = e."id"
WHERE f."authorRole" = 'EXPERT';

INSERT INTO "DebriefTask" ("id", "bookingId", "expertId", "institutionId", "reason", "requestedByExpert", "dueOn", "createdAt", "doneAt")
SELECT 'dt_' || f."id", b."id", b."expertId", o."institutionId", 'ASKED', true, f."createdAt" + interval '2 days', f."createdAt", f."debriefDoneAt"
FROM "Feedback" f
JOIN "ExpertProfile" e ON e."userId" = f."authorId"
JOIN "Booking" b ON b."sessionId" = f."sessionId" AND b."expertId" = e."id"
JOIN "Session" s ON s."id" = f."sessionId"
JOIN "Opportunity" o ON o."id" = s."opportunityId"
WHERE f."authorRole" = 'EXPERT' AND f."wantsDebrief";

DELETE FROM "Feedback" WHERE "authorRole" = 'EXPERT';

-- DropIndex
DROP INDEX "Feedback_wantsDebrief_debriefDoneAt_idx";

-- AlterTable
ALTER TABLE "Feedback" DROP COLUMN "debriefDoneAt",
DROP COLUMN "wantsDebrief",
ADD COLUMN     "shareWithExperts" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
