-- Newsletter: double opt-in tokens on subscribers, issues with an intro per language, and the
-- delivery table that is at once the send queue and the guarantee of one message per subscriber.

-- CreateEnum
CREATE TYPE "IssueStatus" AS ENUM ('DRAFT', 'SENDING', 'SENT');
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED');

-- AlterTable
ALTER TABLE "NewsletterSubscriber" ADD COLUMN "confirmTokenHash" TEXT,
ADD COLUMN "confirmTokenExpiresAt" TIMESTAMP(3),
ADD COLUMN "confirmSentAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "NewsletterIssue" (
    "id" TEXT NOT NULL,
    "status" "IssueStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "authorId" TEXT,
    "sentById" TEXT,
    "sendStartedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsletterIssue_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "NewsletterIssueTranslation" (
    "id" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "subject" TEXT NOT NULL,
    "intro" TEXT NOT NULL,

    CONSTRAINT "NewsletterIssueTranslation_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "NewsletterIssuePost" (
    "issueId" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "NewsletterIssuePost_pkey" PRIMARY KEY ("issueId","postId")
);

CREATE TABLE "NewsletterDelivery" (
    "id" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseId" TEXT,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsletterDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterSubscriber_confirmTokenHash_key" ON "NewsletterSubscriber"("confirmTokenHash");
CREATE INDEX "NewsletterIssue_status_idx" ON "NewsletterIssue"("status");
CREATE INDEX "NewsletterIssue_authorId_idx" ON "NewsletterIssue"("authorId");
CREATE INDEX "NewsletterIssue_sentById_idx" ON "NewsletterIssue"("sentById");
CREATE UNIQUE INDEX "NewsletterIssueTranslation_issueId_locale_key" ON "NewsletterIssueTranslation"("issueId", "locale");
CREATE INDEX "NewsletterIssuePost_postId_idx" ON "NewsletterIssuePost"("postId");
CREATE UNIQUE INDEX "NewsletterDelivery_issueId_subscriberId_key" ON "NewsletterDelivery"("issueId", "subscriberId");
CREATE INDEX "NewsletterDelivery_status_nextAttemptAt_idx" ON "NewsletterDelivery"("status", "nextAttemptAt");
CREATE INDEX "NewsletterDelivery_issueId_status_idx" ON "NewsletterDelivery"("issueId", "status");
CREATE INDEX "NewsletterDelivery_subscriberId_idx" ON "NewsletterDelivery"("subscriberId");

-- AddForeignKey
ALTER TABLE "NewsletterIssue" ADD CONSTRAINT "NewsletterIssue_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "NewsletterIssue" ADD CONSTRAINT "NewsletterIssue_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "NewsletterIssueTranslation" ADD CONSTRAINT "NewsletterIssueTranslation_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "NewsletterIssue"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "NewsletterIssuePost" ADD CONSTRAINT "NewsletterIssuePost_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "NewsletterIssue"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "NewsletterIssuePost" ADD CONSTRAINT "NewsletterIssuePost_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "NewsletterDelivery" ADD CONSTRAINT "NewsletterDelivery_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "NewsletterIssue"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "NewsletterDelivery" ADD CONSTRAINT "NewsletterDelivery_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "NewsletterSubscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;
