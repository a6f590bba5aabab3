-- DropIndex
DROP INDEX "Offer_status_idx";

-- CreateTable
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL,
    "docCount" INTEGER NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("term")
);

-- CreateTable
CREATE TABLE "SearchState" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SearchState_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Offer_status_lastVerifiedAt_idx" ON "Offer"("status", "lastVerifiedAt");

-- Full-text index of offers (lib/search/engine.ts). One row per offer and locale. Texts are
-- folded by lib/search/normalize.ts before they are written, so the 'simple' configuration only
-- splits words. Titles weigh more than the rest (A over B).
CREATE TABLE "OfferSearch" (
    "offerId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "document" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', "title"), 'A') || setweight(to_tsvector('simple', "body"), 'B')
    ) STORED,
    CONSTRAINT "OfferSearch_pkey" PRIMARY KEY ("offerId", "locale"),
    CONSTRAINT "OfferSearch_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE
);

CREATE INDEX "OfferSearch_document_idx" ON "OfferSearch" USING GIN ("document");

INSERT INTO "SearchState" ("id", "version") VALUES (1, 0);
