-- CreateTable
CREATE TABLE "SearchPosting" (
    "key" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "weight" REAL NOT NULL,
    "recency" REAL NOT NULL,
    "until" DATETIME,

    PRIMARY KEY ("offerId", "key"),
    CONSTRAINT "SearchPosting_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SearchCard" (
    "offerId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "providerSlug" TEXT NOT NULL,
    "providerName" TEXT NOT NULL,
    "free" BOOLEAN NOT NULL,
    "termIds" TEXT NOT NULL,
    "languages" TEXT NOT NULL,
    "districtId" TEXT,
    "programmeId" TEXT,
    "until" DATETIME,

    PRIMARY KEY ("offerId", "locale"),
    CONSTRAINT "SearchCard_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SearchPlace" (
    "offerId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "latitude" REAL NOT NULL,
    "longitude" REAL NOT NULL,

    PRIMARY KEY ("offerId", "locationId"),
    CONSTRAINT "SearchPlace_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SearchPosting_key_weight_recency_offerId_until_idx" ON "SearchPosting"("key", "weight" DESC, "recency" DESC, "offerId", "until");

-- CreateIndex
CREATE INDEX "SearchCard_until_idx" ON "SearchCard"("until");

-- CreateIndex
CREATE INDEX "SearchPlace_latitude_longitude_idx" ON "SearchPlace"("latitude", "longitude");

-- The full-text table is replaced by "SearchPosting", the same on both databases, which a search
-- reads a bounded part of (lib/search/postings.ts). Its vocabulary counts offers from now on:
-- `npm run search:rebuild` fills the new tables after this migration.
DROP TABLE "OfferSearch";
DELETE FROM "SearchTerm";
