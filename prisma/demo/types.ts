// Shapes of the Aachen demo catalogue. The files beside this one are plain data in these shapes;
// prisma/demo/load.ts turns them into database rows.
import type { Locale } from "../../lib/i18n/locales";

/** A text in German and, where written, in other locales. */
export type Localised<T> = { de: T } & Partial<Record<Exclude<Locale, "de">, T>>;

export type OrganisationType =
  | "integration_centre"
  | "city_department"
  | "migrant_organisation"
  | "welfare_association"
  | "kita"
  | "family_centre"
  | "primary_school"
  | "secondary_school"
  | "youth_service"
  | "education_provider"
  | "employment_agency"
  | "volunteer_initiative"
  | "political_body"
  | "network"
  | "health_service"
  | "sports_club";

export type DistrictCode =
  | "mitte"
  | "brand"
  | "eilendorf"
  | "haaren"
  | "kornelimuenster-walheim"
  | "laurensberg"
  | "richterich";

export type CategoryCode =
  | "language"
  | "counselling"
  | "parents-children"
  | "youth"
  | "work"
  | "health"
  | "housing"
  | "legal"
  | "leisure-sport"
  | "volunteering";

export type AudienceCode =
  | "newcomers"
  | "refugees"
  | "eu-citizens"
  | "women"
  | "families"
  | "parents"
  | "children"
  | "young-people"
  | "seniors"
  | "volunteers"
  | "professionals";

export type ProgrammeSlug = "komm-an" | "ifkuf" | "griffbereit" | "rucksack-kita" | "rucksack-schule" | "kim";

export type DemoLocation = {
  /** unique across the whole catalogue, e.g. "kita-regenbogen-haaren/main" */
  key: string;
  name?: string;
  street: string;
  postcode: string;
  /** must lie inside `district` (checked by point-in-polygon when seeding) */
  lat: number;
  lng: number;
  district: DistrictCode;
  accessibility?: Localised<string>;
};

export type DemoOrganisation = {
  key: string;
  name: string;
  type: OrganisationType;
  parent?: string;
  /** true for a real public institution; false for an invented one */
  real: boolean;
  description: Localised<string>;
  email?: string;
  phone?: string;
  website?: string;
  locations: DemoLocation[];
};

export type DemoSchedule = {
  /** 1 = Monday … 7 = Sunday */
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  opens: string;
  closes: string;
  /** 1 = every week, 2 = every other week */
  interval?: 1 | 2;
};

export type DemoOfferText = {
  title: string;
  summary: string;
  description?: string;
  eligibility?: string;
  howToJoin?: string;
  costNote?: string;
};

export type DemoOffer = {
  key: string;
  organisation: string;
  /** location keys of the organisation; defaults to its first location */
  locations?: string[];
  programme?: ProgrammeSlug;
  categories: CategoryCode[];
  audiences: AudienceCode[];
  /** ISO 639-1 codes of the languages the offer is held or counselled in */
  languages: string[];
  free: boolean;
  minAge?: number;
  maxAge?: number;
  registrationRequired: boolean;
  email?: string;
  phone?: string;
  website?: string;
  schedules: DemoSchedule[];
  text: Localised<DemoOfferText>;
  /** Leichte Sprache (easy-read German) */
  easyRead?: string;
};

export type ParticipationRole = "host_site" | "provider" | "funder" | "partner" | "coordinator";

export type DemoParticipation = {
  programme: ProgrammeSlug;
  organisation: string;
  location?: string;
  role: ParticipationRole;
  groups?: number;
  languages?: string[];
  /** ISO date */
  since?: string;
  until?: string;
  /** the offer that this site publishes, if any */
  offer?: string;
};

export type RelationshipType = "cooperates_with" | "funds" | "refers_to" | "member_of" | "supports" | "part_of";

export type DemoRelationship = {
  from: string;
  to: string;
  type: RelationshipType;
  since?: string;
  until?: string;
  programme?: ProgrammeSlug;
  note?: string;
};
