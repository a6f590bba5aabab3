import type { Locale } from "../i18n/locales";
import type { TextOrigin } from "../i18n/text-origin";
import type { WeeklySlot } from "../schedule/types";

export type TermRef = { code: string; name: string };

export type OfferSummary = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  /** the locale the title and summary are in; differs from the reader's when German stands in */
  textLocale: Locale;
  isFallback: boolean;
  provider: { slug: string; name: string };
  categories: TermRef[];
  languages: string[];
  free: boolean;
  district: TermRef | null;
  distanceKm: number | null;
  programme: { slug: string; name: string } | null;
  /** weekly times, on result cards */
  schedules?: WeeklySlot[];
};

export type OfferLocationView = {
  name: string | null;
  street: string;
  postcode: string;
  city: string;
  latitude: number;
  longitude: number;
  district: TermRef | null;
  accessibilityNote: string | null;
  /** set when the note is shown in German for want of a translation */
  accessibilityNoteLang: string | null;
  wheelchairAccessible: boolean | null;
};

export type OfferDetail = OfferSummary & {
  /** which language the texts are in and whether a machine wrote them */
  origin: TextOrigin;
  description: string | null;
  eligibility: string | null;
  howToJoin: string | null;
  costNote: string | null;
  easyRead: string | null;
  audiences: TermRef[];
  minAge: number | null;
  maxAge: number | null;
  registrationRequired: boolean;
  email: string | null;
  phone: string | null;
  website: string | null;
  /** the provider organisation's own contact, for offers that have none */
  providerContact: { phone: string | null; email: string | null; website: string | null };
  locations: OfferLocationView[];
  schedules: WeeklySlot[];
  lastVerifiedAt: Date | null;
  updatedAt: Date;
};
