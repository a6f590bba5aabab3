-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SearchPlace" (
    "offerId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "latitude" REAL NOT NULL,
    "longitude" REAL NOT NULL,
    "recency" REAL NOT NULL DEFAULT 0,
    "until" DATETIME,

    PRIMARY KEY ("offerId", "locationId"),
    CONSTRAINT "SearchPlace_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- A place takes its offer's recency and end from the offer's "offer:public" posting.
INSERT INTO "new_SearchPlace" ("latitude", "locationId", "longitude", "offerId", "recency", "until")
SELECT pl."latitude", pl."locationId", pl."longitude", pl."offerId", COALESCE(p."recency", 0), p."until"
FROM "SearchPlace" pl LEFT JOIN "SearchPosting" p ON p."offerId" = pl."offerId" AND p."key" = 'offer:public';
DROP TABLE "SearchPlace";
ALTER TABLE "new_SearchPlace" RENAME TO "SearchPlace";
CREATE INDEX "SearchPlace_latitude_longitude_offerId_recency_until_idx" ON "SearchPlace"("latitude", "longitude", "offerId", "recency", "until");
CREATE INDEX "SearchPlace_offerId_latitude_longitude_idx" ON "SearchPlace"("offerId", "latitude", "longitude");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SearchPosting_key_offerId_weight_idx" ON "SearchPosting"("key", "offerId", "weight");
