import type { Prisma } from "../../generated/sqlite/client";

/** Every text of an offer in one locale. */
export const offerTextsSelect = {
  locale: true,
  title: true,
  summary: true,
  description: true,
  eligibility: true,
  howToJoin: true,
  costNote: true,
  easyRead: true,
} satisfies Prisma.OfferTranslationSelect;
