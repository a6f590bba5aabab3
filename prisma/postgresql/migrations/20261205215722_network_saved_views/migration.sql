-- CreateTable
CREATE TABLE "NetworkSavedView" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "camera" JSONB,
    "positions" JSONB,
    "createdById" TEXT,
    "shareUntil" TIMESTAMP(3),
    "shareNonce" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NetworkSavedView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NetworkSavedView_createdAt_idx" ON "NetworkSavedView"("createdAt");
