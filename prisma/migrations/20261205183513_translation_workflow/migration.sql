-- CreateTable
CREATE TABLE "TranslatorLanguage" (
    "userId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,

    PRIMARY KEY ("userId", "locale"),
    CONSTRAINT "TranslatorLanguage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SearchSynonym" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "termId" TEXT NOT NULL,
    "word" TEXT NOT NULL,
    "locale" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SearchSynonym_termId_fkey" FOREIGN KEY ("termId") REFERENCES "TaxonomyTerm" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GlossaryEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "TranslationJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "locale" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT 'missing',
    "status" TEXT NOT NULL DEFAULT 'queued',
    "done" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "report" TEXT,
    "error" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "lockedUntil" DATETIME
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_OrganizationTranslation" (
    "organizationId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'reviewed',
    "sourceHash" TEXT,
    "translatedAt" DATETIME,

    PRIMARY KEY ("organizationId", "locale"),
    CONSTRAINT "OrganizationTranslation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_OrganizationTranslation" ("description", "locale", "organizationId") SELECT "description", "locale", "organizationId" FROM "OrganizationTranslation";
DROP TABLE "OrganizationTranslation";
ALTER TABLE "new_OrganizationTranslation" RENAME TO "OrganizationTranslation";
CREATE TABLE "new_OfferTranslation" (
    "offerId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT,
    "eligibility" TEXT,
    "howToJoin" TEXT,
    "costNote" TEXT,
    "easyRead" TEXT,
    "status" TEXT NOT NULL DEFAULT 'reviewed',
    "sourceHash" TEXT,
    "translatedAt" DATETIME,

    PRIMARY KEY ("offerId", "locale"),
    CONSTRAINT "OfferTranslation_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_OfferTranslation" ("costNote", "description", "easyRead", "eligibility", "howToJoin", "locale", "offerId", "summary", "title") SELECT "costNote", "description", "easyRead", "eligibility", "howToJoin", "locale", "offerId", "summary", "title" FROM "OfferTranslation";
DROP TABLE "OfferTranslation";
ALTER TABLE "new_OfferTranslation" RENAME TO "OfferTranslation";
CREATE INDEX "OfferTranslation_locale_idx" ON "OfferTranslation"("locale");
CREATE TABLE "new_ProgrammeTranslation" (
    "programmeId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "targetGroup" TEXT NOT NULL,
    "howItWorks" TEXT,
    "hostInfo" TEXT,
    "funding" TEXT,
    "status" TEXT NOT NULL DEFAULT 'reviewed',
    "sourceHash" TEXT,
    "translatedAt" DATETIME,

    PRIMARY KEY ("programmeId", "locale"),
    CONSTRAINT "ProgrammeTranslation_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ProgrammeTranslation" ("description", "funding", "hostInfo", "howItWorks", "locale", "name", "programmeId", "summary", "targetGroup") SELECT "description", "funding", "hostInfo", "howItWorks", "locale", "name", "programmeId", "summary", "targetGroup" FROM "ProgrammeTranslation";
DROP TABLE "ProgrammeTranslation";
ALTER TABLE "new_ProgrammeTranslation" RENAME TO "ProgrammeTranslation";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SearchSynonym_word_idx" ON "SearchSynonym"("word");

-- CreateIndex
CREATE UNIQUE INDEX "SearchSynonym_termId_word_key" ON "SearchSynonym"("termId", "word");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryEntry_source_locale_key" ON "GlossaryEntry"("source", "locale");

-- CreateIndex
CREATE INDEX "TranslationJob_status_createdAt_idx" ON "TranslationJob"("status", "createdAt");
