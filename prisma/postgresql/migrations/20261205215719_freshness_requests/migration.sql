-- CreateTable
CREATE TABLE "FreshnessRequest" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT,
    "round" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "answeredAt" TIMESTAMP(3),
    "confirmed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FreshnessRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FreshnessRequestItem" (
    "requestId" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "FreshnessRequestItem_pkey" PRIMARY KEY ("requestId","offerId")
);

-- CreateIndex
CREATE INDEX "FreshnessRequest_createdAt_idx" ON "FreshnessRequest"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FreshnessRequest_userId_round_key" ON "FreshnessRequest"("userId", "round");

-- AddForeignKey
ALTER TABLE "FreshnessRequestItem" ADD CONSTRAINT "FreshnessRequestItem_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "FreshnessRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;
