-- Member clusters keep their own profiles: changes awaiting an editor's review, trusted
-- clusters, media owned by a cluster, and news posts proposed by a cluster.

-- CreateEnum
CREATE TYPE "ChangeStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- AlterTable
ALTER TABLE "Cluster" ADD COLUMN "trusted" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Media" ADD COLUMN "clusterId" TEXT;
ALTER TABLE "Post" ADD COLUMN "proposedClusterId" TEXT,
ADD COLUMN "proposedById" TEXT,
ADD COLUMN "reviewComment" TEXT;

-- CreateTable
CREATE TABLE "ClusterChange" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "status" "ChangeStatus" NOT NULL DEFAULT 'PENDING',
    "baseVersion" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "snapshot" JSONB NOT NULL,
    "authorId" TEXT,
    "reviewerId" TEXT,
    "reviewComment" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClusterChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClusterChange_clusterId_status_idx" ON "ClusterChange"("clusterId", "status");
CREATE INDEX "ClusterChange_status_updatedAt_idx" ON "ClusterChange"("status", "updatedAt");
CREATE INDEX "ClusterChange_authorId_idx" ON "ClusterChange"("authorId");
CREATE INDEX "ClusterChange_reviewerId_idx" ON "ClusterChange"("reviewerId");
CREATE INDEX "Media_clusterId_idx" ON "Media"("clusterId");
CREATE INDEX "Post_proposedClusterId_idx" ON "Post"("proposedClusterId");
CREATE INDEX "Post_proposedById_idx" ON "Post"("proposedById");

-- AddForeignKey
ALTER TABLE "ClusterChange" ADD CONSTRAINT "ClusterChange_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ClusterChange" ADD CONSTRAINT "ClusterChange_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ClusterChange" ADD CONSTRAINT "ClusterChange_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Media" ADD CONSTRAINT "Media_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Post" ADD CONSTRAINT "Post_proposedClusterId_fkey" FOREIGN KEY ("proposedClusterId") REFERENCES "Cluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Post" ADD CONSTRAINT "Post_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
