-- CreateTable
CREATE TABLE "NetworkSavedView" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "camera" JSONB,
    "positions" JSONB,
    "createdById" TEXT,
    "shareUntil" DATETIME,
    "shareNonce" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "NetworkSavedView_createdAt_idx" ON "NetworkSavedView"("createdAt");
