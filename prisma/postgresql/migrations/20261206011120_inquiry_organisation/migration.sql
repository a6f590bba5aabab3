-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "organizationId" TEXT;

-- CreateIndex
CREATE INDEX "Inquiry_organizationId_idx" ON "Inquiry"("organizationId");

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;
