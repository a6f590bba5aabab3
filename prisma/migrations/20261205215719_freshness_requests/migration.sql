-- CreateTable
CREATE TABLE "FreshnessRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT,
    "round" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "answeredAt" DATETIME,
    "confirmed" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "FreshnessRequestItem" (
    "requestId" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    PRIMARY KEY ("requestId", "offerId"),
    CONSTRAINT "FreshnessRequestItem_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "FreshnessRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "FreshnessRequest_createdAt_idx" ON "FreshnessRequest"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FreshnessRequest_userId_round_key" ON "FreshnessRequest"("userId", "round");
