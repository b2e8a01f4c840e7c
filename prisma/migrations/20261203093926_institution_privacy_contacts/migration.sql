-- AlterTable
ALTER TABLE "Institution" ADD COLUMN     "accessibilityContactEmail" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "privacyContactEmail" TEXT NOT NULL DEFAULT '';
