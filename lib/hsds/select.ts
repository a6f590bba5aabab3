// The columns the HSDS mappers read, one select per record kind, with the texts in the reader's
// locale and the German fallback. The API and the dataset export load through these.
import type { Prisma } from "../../generated/sqlite/client";
import type { Locale } from "../i18n/locales";
import { localesFor, sourceFallback } from "../i18n/translation";
import { addressSelect } from "../locations/select";
import { offerTextsSelect } from "../offers/select";
import { weeklySlotSelect } from "../schedule/select";
import { publicLocation } from "../offers/visibility";

const texts = (locale: Locale) => ({ where: { locale: { in: localesFor(locale, sourceFallback) } } }) as const;

export const termSelect = (locale: Locale) =>
  ({
    id: true,
    taxonomy: true,
    code: true,
    parentId: true,
    updatedAt: true,
    translations: { ...texts(locale), select: { locale: true, name: true, description: true } },
  }) satisfies Prisma.TaxonomyTermSelect;

export const organizationSelect = (locale: Locale) =>
  ({
    id: true,
    name: true,
    shortName: true,
    email: true,
    phone: true,
    website: true,
    updatedAt: true,
    parentId: true,
    parent: { select: { status: true } },
    translations: { ...texts(locale), select: { locale: true, description: true } },
  }) satisfies Prisma.OrganizationSelect;

export const locationSelect = (locale: Locale) =>
  ({
    id: true,
    organizationId: true,
    ...addressSelect,
    updatedAt: true,
    district: { select: { name: true } },
    translations: { ...texts(locale), select: { locale: true, accessibilityNote: true } },
  }) satisfies Prisma.LocationSelect;

export const scheduleSelect = {
  id: true,
  ...weeklySlotSelect,
  note: true,
} satisfies Prisma.ScheduleSelect;

const scheduleOrder = [
  { weekday: "asc" },
  { opensAt: "asc" },
  { id: "asc" },
] satisfies Prisma.ScheduleOrderByWithRelationInput[];

export const programmeSelect = (locale: Locale) =>
  ({
    id: true,
    updatedAt: true,
    contactOrgId: true,
    contactOrg: { select: { status: true } },
    translations: {
      ...texts(locale),
      select: { locale: true, name: true, summary: true, description: true, funding: true },
    },
  }) satisfies Prisma.ProgrammeSelect;

export const offerLocationSelect = (locale: Locale) =>
  ({
    id: true,
    offerId: true,
    locationId: true,
    schedules: { select: scheduleSelect, orderBy: scheduleOrder },
    location: { select: locationSelect(locale) },
  }) satisfies Prisma.OfferLocationSelect;

/** Everything a fully nested service shows; lighter views leave parts out when mapping. */
export const offerSelect = (locale: Locale) =>
  ({
    id: true,
    organizationId: true,
    free: true,
    minAge: true,
    maxAge: true,
    registrationRequired: true,
    email: true,
    phone: true,
    website: true,
    lastVerifiedAt: true,
    updatedAt: true,
    translations: {
      ...texts(locale),
      // HSDS has no field that the easy-read text would fit.
      select: { ...offerTextsSelect, easyRead: false },
    },
    terms: {
      select: { term: { select: termSelect(locale) } },
      orderBy: [{ term: { taxonomy: "asc" } }, { term: { sortOrder: "asc" } }, { termId: "asc" }],
    },
    languages: { select: { code: true }, orderBy: { code: "asc" } },
    schedules: { select: scheduleSelect, orderBy: scheduleOrder },
    programme: { select: { ...programmeSelect(locale), status: true } },
    organization: { select: organizationSelect(locale) },
    locations: {
      where: { location: publicLocation },
      select: offerLocationSelect(locale),
      orderBy: { id: "asc" },
    },
  }) satisfies Prisma.OfferSelect;

export type TermRow = Prisma.TaxonomyTermGetPayload<{ select: ReturnType<typeof termSelect> }>;
export type OrganizationRow = Prisma.OrganizationGetPayload<{ select: ReturnType<typeof organizationSelect> }>;
export type LocationRow = Prisma.LocationGetPayload<{ select: ReturnType<typeof locationSelect> }>;
export type ScheduleRow = Prisma.ScheduleGetPayload<{ select: typeof scheduleSelect }>;
export type ProgrammeRow = Prisma.ProgrammeGetPayload<{ select: ReturnType<typeof programmeSelect> }>;
export type OfferLocationRow = Prisma.OfferLocationGetPayload<{ select: ReturnType<typeof offerLocationSelect> }>;
export type OfferRow = Prisma.OfferGetPayload<{ select: ReturnType<typeof offerSelect> }>;

/** For relations loaded with their status: a programme, a contact or parent organisation. */
export const isPublished = (row: { status: string } | null | undefined) => row?.status === "published";
