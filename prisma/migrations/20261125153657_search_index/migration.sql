-- DropIndex
DROP INDEX "Offer_status_idx";

-- CreateTable
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL PRIMARY KEY,
    "docCount" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "SearchState" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- CreateIndex
CREATE INDEX "Offer_status_lastVerifiedAt_idx" ON "Offer"("status", "lastVerifiedAt");

-- Full-text index of offers (lib/search/engine.ts). One row per offer and locale. Texts are folded
-- by lib/search/normalize.ts before they are written, so the tokenizer only splits words.
-- "offerId" is indexed so that an offer's rows are found by a phrase query instead of a scan,
-- searches are restricted to title and body. Rows of a deleted offer are removed by lib/search
-- and never shown meanwhile, because every search joins "Offer".
CREATE VIRTUAL TABLE "OfferSearch" USING fts5(
    "offerId",
    "locale" UNINDEXED,
    "title",
    "body",
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO "SearchState" ("id", "version") VALUES (1, 0);
