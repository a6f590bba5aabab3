-- CreateIndex
CREATE INDEX "Schedule_offerLocationId_idx" ON "Schedule"("offerLocationId");
