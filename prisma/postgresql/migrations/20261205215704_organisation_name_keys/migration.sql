-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "mergedIntoId" TEXT,
ADD COLUMN     "nameBlock" TEXT,
ADD COLUMN     "nameKey" TEXT;

-- CreateIndex
CREATE INDEX "Organization_nameKey_idx" ON "Organization"("nameKey");

-- CreateIndex
CREATE INDEX "Organization_nameBlock_idx" ON "Organization"("nameBlock");
