-- DropIndex
DROP INDEX "SearchPlace_latitude_longitude_idx";

-- AlterTable
ALTER TABLE "SearchPlace" ADD COLUMN     "recency" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "until" TIMESTAMP(3);

-- A place takes its offer's recency and end from the offer's "offer:public" posting.
UPDATE "SearchPlace" pl SET "recency" = p."recency", "until" = p."until"
FROM "SearchPosting" p WHERE p."offerId" = pl."offerId" AND p."key" = 'offer:public';

-- CreateIndex
CREATE INDEX "SearchPosting_key_offerId_weight_idx" ON "SearchPosting"("key", "offerId", "weight");

-- CreateIndex
CREATE INDEX "SearchPlace_latitude_longitude_offerId_recency_until_idx" ON "SearchPlace"("latitude", "longitude", "offerId", "recency", "until");

-- CreateIndex
CREATE INDEX "SearchPlace_offerId_latitude_longitude_idx" ON "SearchPlace"("offerId", "latitude", "longitude");
