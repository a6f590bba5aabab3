-- CreateEnum
CREATE TYPE "TranslationStatus" AS ENUM ('machine', 'reviewed');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'translator';

-- AlterTable
ALTER TABLE "OrganizationTranslation" ADD COLUMN     "sourceHash" TEXT,
ADD COLUMN     "status" "TranslationStatus" NOT NULL DEFAULT 'reviewed',
ADD COLUMN     "translatedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OfferTranslation" ADD COLUMN     "sourceHash" TEXT,
ADD COLUMN     "status" "TranslationStatus" NOT NULL DEFAULT 'reviewed',
ADD COLUMN     "translatedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ProgrammeTranslation" ADD COLUMN     "sourceHash" TEXT,
ADD COLUMN     "status" "TranslationStatus" NOT NULL DEFAULT 'reviewed',
ADD COLUMN     "translatedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "TranslatorLanguage" (
    "userId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,

    CONSTRAINT "TranslatorLanguage_pkey" PRIMARY KEY ("userId","locale")
);

-- CreateTable
CREATE TABLE "SearchSynonym" (
    "id" TEXT NOT NULL,
    "termId" TEXT NOT NULL,
    "word" TEXT NOT NULL,
    "locale" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchSynonym_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryEntry" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GlossaryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TranslationJob" (
    "id" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT 'missing',
    "status" "ImportJobStatus" NOT NULL DEFAULT 'queued',
    "done" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "report" TEXT,
    "error" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "TranslationJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchSynonym_word_idx" ON "SearchSynonym"("word");

-- CreateIndex
CREATE UNIQUE INDEX "SearchSynonym_termId_word_key" ON "SearchSynonym"("termId", "word");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryEntry_source_locale_key" ON "GlossaryEntry"("source", "locale");

-- CreateIndex
CREATE INDEX "TranslationJob_status_createdAt_idx" ON "TranslationJob"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "TranslatorLanguage" ADD CONSTRAINT "TranslatorLanguage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SearchSynonym" ADD CONSTRAINT "SearchSynonym_termId_fkey" FOREIGN KEY ("termId") REFERENCES "TaxonomyTerm"("id") ON DELETE CASCADE ON UPDATE CASCADE;
