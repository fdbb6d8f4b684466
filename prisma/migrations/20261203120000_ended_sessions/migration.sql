-- Sessions ended by signing out: their cookies stop working at once (lib/auth/viewer.ts), until
-- they would have expired anyway; rows past that are deleted at the next sign-out.
-- CreateTable
CREATE TABLE "ended_sessions" (
    "id" TEXT NOT NULL,
    "endedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ended_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ended_sessions_expiresAt_idx" ON "ended_sessions"("expiresAt");
