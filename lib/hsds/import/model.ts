// What an import file says, whatever its format: the records it wants to exist, and the units the
// report speaks about (a CSV line, or one object of an HSDS document). A field left undefined is
// one the file does not mention: the import leaves it as it is.
import type { Locale } from "../../i18n/locales";
import type { OrganisationType } from "../../organisations/types";
import type { ScheduleSlot } from "../csv-format";

/** Why a unit is rejected: a key of admin.data.reasons and its parameters. */
export type Reason = { key: string; params?: Record<string, string | number> };

export type ImportFormat = "csv" | "hsds";
export type EntityKind = "organisation" | "location" | "offer";

/** How a record is found again: by the key the file gives it, or by our own id when the file came from us. */
export type Identity = {
  /** unique per kind within the file; references between records use it */
  key: string;
  externalId: string;
  /** our id, if the file names one of our records (an HSDS export read back) */
  ownId?: string;
  /** the report unit that introduced the record, which its problems are reported on */
  unit: number;
};

export type OrganisationInput = Identity & {
  name?: string;
  shortName?: string | null;
  type?: OrganisationType;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  description?: string | null;
  parentKey?: string | null;
  /** the kind a new organisation gets when the file names none (HSDS has no such field) */
  defaultType?: OrganisationType;
};

export type LocationInput = Identity & {
  organisationKey: string;
  name?: string | null;
  street: string;
  postcode: string;
  city: string;
  latitude: number;
  longitude: number;
  accessibilityNote?: string | null;
  wheelchairAccessible?: boolean | null;
};

/** A weekly time; validity and note only where the file can say them (HSDS). */
export type ImportSlot = ScheduleSlot & { validFrom?: Date | null; validUntil?: Date | null; note?: string | null };

export type OfferTexts = {
  title: string;
  summary: string;
  description?: string | null;
  eligibility?: string | null;
  howToJoin?: string | null;
  costNote?: string | null;
};

export type OfferInput = Identity & {
  organisationKey: string;
  status?: "draft" | "published";
  free?: boolean;
  registrationRequired?: boolean;
  minAge?: number | null;
  maxAge?: number | null;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  /** a programme's slug or id */
  programme?: string | null;
  /** whether a programme we do not know is left out rather than rejected (HSDS files name their own) */
  programmeIfKnown?: boolean;
  /** a locale set to null loses its texts; German is always given */
  translations: Partial<Record<Locale, OfferTexts | null>>;
  categories?: string[];
  audiences?: string[];
  languages?: string[];
  locationKeys?: string[];
  schedules?: ImportSlot[];
  /** times that hold at one place only, by location key */
  locationSchedules?: Record<string, ImportSlot[]>;
};

export type Unit = {
  line: number | null;
  /** where in a JSON document, e.g. "services[3]" */
  path: string | null;
  kind: EntityKind;
  externalId: string;
  reasons: Reason[];
};

export type ImportSet = {
  format: ImportFormat;
  fileErrors: Reason[];
  units: Unit[];
  organisations: OrganisationInput[];
  locations: LocationInput[];
  offers: OfferInput[];
};

export const emptySet = (format: ImportFormat, fileErrors: Reason[]): ImportSet => ({
  format,
  fileErrors,
  units: [],
  organisations: [],
  locations: [],
  offers: [],
});
