import "server-only";
// Compares what an import file wants with what the database holds, record by record, and decides
// for each: create, update, leave unchanged, or reject and why. Reads only; the same plan is what a
// dry run shows and what an import writes.
import type { Prisma } from "../../../generated/sqlite/client";
import { loadInChunks } from "../../db/chunks";
import type { DbTransaction } from "../../db/client";
import { locales, type Locale } from "../../i18n/locales";
import { addressSelect } from "../../locations/select";
import { providerAllows } from "../../offers/publishing";
import { offerTextsSelect } from "../../offers/select";
import { translationMetaSelect } from "../../translations/stamp";
import { weeklySlotSelect } from "../../schedule/select";
import { httpUrl } from "../format";
import { importTwins, type ImportTwin } from "../../duplicates/import-twins";
import type {
  EntityKind,
  ImportFormat,
  ImportSlot,
  ImportSet,
  LocationInput,
  OfferInput,
  OrganisationInput,
  Reason,
  Unit,
} from "./model";

export type Reader = Pick<DbTransaction, "organization" | "location" | "offer" | "taxonomyTerm" | "programme">;
export type Action = "create" | "update" | "unchanged";
export type RowAction = Action | "reject";

type Planned<I, E> = { input: I; existing: E | null; id: string; action: Action };

export type OrganisationPlan = Planned<OrganisationInput, ExistingOrganisation> & { parentId?: string | null };
export type LocationPlan = Planned<LocationInput, ExistingLocation> & { organizationId: string; moved: boolean };
export type OfferPart =
  "scalars" | "translations" | "terms" | "languages" | "locations" | "schedules" | "locationSchedules";
export type OfferPlan = Planned<OfferInput, ExistingOffer> & {
  organizationId: string;
  programmeId?: string | null;
  /** term ids per taxonomy the file names */
  terms: Partial<Record<"category" | "audience", string[]>>;
  /** every term the offer has after the import */
  termIdsAfter?: string[];
  locationIds?: string[];
  /** times per place, by location id */
  locationSchedules?: Array<{ locationId: string; slots: ImportSlot[] }>;
  changed: Set<OfferPart>;
};

export type ReportRow = {
  line: number | null;
  path: string | null;
  kind: EntityKind;
  externalId: string;
  action: RowAction;
  reasons: Reason[];
};
type Tally = Record<Action, number>;
export type ImportCounts = Record<RowAction, number> & { organisations: Tally; locations: Tally; offers: Tally };

export type ImportPlan = {
  format: ImportFormat;
  fileErrors: Reason[];
  rows: ReportRow[];
  counts: ImportCounts;
  organisations: OrganisationPlan[];
  locations: LocationPlan[];
  offers: OfferPlan[];
  /** new organisations that look like existing ones or like each other */
  twins: ImportTwin[];
  /** new organisations past the number checked for twins */
  twinsUnchecked: number;
};

const organisationSelect = {
  id: true,
  externalId: true,
  name: true,
  shortName: true,
  type: true,
  email: true,
  phone: true,
  website: true,
  parentId: true,
  status: true,
  translations: { where: { locale: "de" }, select: { description: true } },
} satisfies Prisma.OrganizationSelect;

const locationSelect = {
  id: true,
  externalId: true,
  organizationId: true,
  ...addressSelect,
  translations: { where: { locale: "de" }, select: { accessibilityNote: true } },
} satisfies Prisma.LocationSelect;

const slotSelect = { ...weeklySlotSelect, note: true } as const;

const offerSelect = {
  id: true,
  externalId: true,
  organizationId: true,
  programmeId: true,
  status: true,
  free: true,
  registrationRequired: true,
  minAge: true,
  maxAge: true,
  email: true,
  phone: true,
  website: true,
  translations: { select: { ...offerTextsSelect, ...translationMetaSelect } },
  terms: { select: { termId: true } },
  languages: { select: { code: true } },
  locations: { select: { id: true, locationId: true, schedules: { select: slotSelect } } },
  schedules: { where: { offerLocationId: null }, select: slotSelect },
} satisfies Prisma.OfferSelect;

export type ExistingOrganisation = Prisma.OrganizationGetPayload<{ select: typeof organisationSelect }>;
export type ExistingLocation = Prisma.LocationGetPayload<{ select: typeof locationSelect }>;
export type ExistingOffer = Prisma.OfferGetPayload<{ select: typeof offerSelect }>;

/** Finds the records a file names: by our id where it gives one, else by external id. */
async function findExisting<E extends { id: string; externalId: string | null }>(
  inputs: ReadonlyArray<{ externalId: string; ownId?: string }>,
  load: (where: { id: { in: string[] } } | { externalId: { in: string[] } }) => Promise<E[]>,
): Promise<(input: { externalId: string; ownId?: string }) => E | null> {
  const ownIds = [...new Set(inputs.flatMap((i) => (i.ownId ? [i.ownId] : [])))];
  const externalIds = [...new Set(inputs.map((i) => i.externalId).filter(Boolean))];
  const byId = new Map((await loadInChunks(ownIds, (chunk) => load({ id: { in: chunk } }))).map((r) => [r.id, r]));
  const byExternal = new Map(
    (await loadInChunks(externalIds, (chunk) => load({ externalId: { in: chunk } }))).map((r) => [r.externalId!, r]),
  );
  return (input) => (input.ownId ? byId.get(input.ownId) : undefined) ?? byExternal.get(input.externalId) ?? null;
}

const same = (a: unknown, b: unknown) => a === b || (a == null && b == null);
function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
}
// A file that cannot state validity and notes (CSV) is compared on the times alone.
const slotKey = (s: ImportSlot, full: boolean) =>
  [
    s.weekday,
    s.opensAt,
    s.closesAt,
    s.interval,
    ...(full ? [s.validFrom?.getTime() ?? "", s.validUntil?.getTime() ?? "", s.note ?? ""] : []),
  ].join(" ");
function sameSlots(wanted: readonly ImportSlot[], current: readonly ImportSlot[]): boolean {
  const full = wanted.some((s) => s.note !== undefined || s.validFrom !== undefined);
  return (
    sameSet(
      wanted.map((s) => slotKey(s, full)),
      current.map((s) => slotKey(s, full)),
    ) && wanted.length === current.length
  );
}
/** Addresses are compared as an HSDS export writes them, so that reading one back changes nothing. */
const differsAsUrl = (wanted: string | null | undefined, current: string | null) =>
  wanted !== undefined && !same(wanted, current) && !same(wanted, httpUrl(current) ?? null);
/** Whether a record differs in any field the file gives (undefined means "not given"). */
const differs = (wanted: object, current: object, fields: readonly string[]) =>
  fields.some((f) => {
    const value = (wanted as Record<string, unknown>)[f];
    return value !== undefined && !same(value, (current as Record<string, unknown>)[f]);
  });

/** Reports "n of m lines checked" now and then while offers are compared. */
type Progress = (phase: "checking", done: number, total: number) => void;
const PROGRESS_EVERY = 250;

export async function planImport(reader: Reader, set: ImportSet, progress?: Progress): Promise<ImportPlan> {
  const units = set.units;
  // A problem the reader already reported (an unknown organisation) is not repeated.
  const reject = (unit: number, reason: Reason) => {
    const reasons = units[unit]?.reasons;
    if (
      reasons &&
      !reasons.some((r) => r.key === reason.key && JSON.stringify(r.params) === JSON.stringify(reason.params))
    )
      reasons.push(reason);
  };

  // One query after the other: inside a transaction they share one connection.
  const terms = await reader.taxonomyTerm.findMany({ select: { id: true, taxonomy: true, code: true } });
  const programmes = await reader.programme.findMany({ select: { id: true, slug: true } });
  const termIds = new Map(terms.map((t) => [`${t.taxonomy}:${t.code}`, t.id]));
  // Programmes are named by slug in a CSV file and by id in an HSDS document.
  const programmeIds = new Map(programmes.flatMap((p) => [[p.slug, p.id] as const, [p.id, p.id] as const]));
  const taxonomyOf = new Map(terms.map((t) => [t.id, t.taxonomy]));

  const findOrganisation = await findExisting<ExistingOrganisation>(set.organisations, (where) =>
    reader.organization.findMany({ where, select: organisationSelect }),
  );
  const findLocation = await findExisting<ExistingLocation>(set.locations, (where) =>
    reader.location.findMany({ where, select: locationSelect }),
  );
  const findOffer = await findExisting<ExistingOffer>(set.offers, (where) =>
    reader.offer.findMany({ where, select: offerSelect }),
  );

  // Organisations first: locations and offers refer to them by key.
  const organisations = set.organisations.map((input): OrganisationPlan => {
    const existing = findOrganisation(input);
    if (!existing) {
      if (!input.name)
        reject(input.unit, {
          key: "requiredForNew",
          params: { column: "organization_name", externalId: input.externalId },
        });
      if (!input.type && !input.defaultType)
        reject(input.unit, {
          key: "requiredForNew",
          params: { column: "organization_type", externalId: input.externalId },
        });
    }
    return { input, existing, id: existing?.id ?? crypto.randomUUID(), action: existing ? "unchanged" : "create" };
  });
  const organisationByKey = new Map(organisations.map((o) => [o.input.key, o]));
  for (const plan of organisations) {
    const { input, existing } = plan;
    if (input.parentKey !== undefined) {
      plan.parentId = input.parentKey === null ? null : (organisationByKey.get(input.parentKey)?.id ?? null);
      if (input.parentKey !== null && plan.parentId === null)
        reject(input.unit, { key: "unknownOrganisation", params: { externalId: input.parentKey } });
    }
    if (!existing) continue;
    const changed =
      differs(input, existing, ["name", "shortName", "type", "email", "phone"]) ||
      differsAsUrl(input.website, existing.website) ||
      (input.description !== undefined && !same(input.description, existing.translations[0]?.description ?? null)) ||
      (plan.parentId !== undefined && !same(plan.parentId, existing.parentId));
    if (changed) plan.action = "update";
  }

  const locations = set.locations.map((input): LocationPlan => {
    const existing = findLocation(input);
    const organisation = organisationByKey.get(input.organisationKey);
    if (!organisation)
      reject(input.unit, { key: "unknownOrganisation", params: { externalId: input.organisationKey } });
    const organizationId = organisation?.id ?? "";
    const moved = !!existing && existing.organizationId !== organizationId;
    const changed =
      !!existing &&
      (moved ||
        differs(input, existing, [
          "name",
          "street",
          "postcode",
          "city",
          "latitude",
          "longitude",
          "wheelchairAccessible",
        ]) ||
        (input.accessibilityNote !== undefined &&
          !same(input.accessibilityNote, existing.translations[0]?.accessibilityNote ?? null)));
    return {
      input,
      existing,
      id: existing?.id ?? crypto.randomUUID(),
      organizationId,
      moved,
      action: !existing ? "create" : changed ? "update" : "unchanged",
    };
  });
  const locationByKey = new Map(locations.map((l) => [l.input.key, l]));

  const offers = set.offers.map((input, index): OfferPlan => {
    if (progress && index % PROGRESS_EVERY === 0) progress("checking", input.unit, units.length);
    const existing = findOffer(input);
    const organisation = organisationByKey.get(input.organisationKey);
    if (!organisation && input.organisationKey)
      reject(input.unit, { key: "unknownOrganisation", params: { externalId: input.organisationKey } });
    // The import never changes an organisation's status; one it creates is published.
    if (organisation?.existing && !providerAllows(input.status ?? existing?.status, organisation.existing.status))
      reject(input.unit, { key: "organisationNotPublished", params: { name: organisation.existing.name } });
    const plan: OfferPlan = {
      input,
      existing,
      id: existing?.id ?? crypto.randomUUID(),
      action: existing ? "unchanged" : "create",
      organizationId: organisation?.id ?? "",
      terms: {},
      changed: new Set(),
    };
    if (input.programme !== undefined) {
      plan.programmeId = input.programme === null ? null : (programmeIds.get(input.programme) ?? null);
      if (input.programme !== null && !plan.programmeId && !input.programmeIfKnown)
        reject(input.unit, { key: "unknownProgramme", params: { code: input.programme } });
    }
    for (const [taxonomy, codes, key] of [
      ["category", input.categories, "unknownCategory"],
      ["audience", input.audiences, "unknownAudience"],
    ] as const) {
      if (!codes) continue;
      plan.terms[taxonomy] = codes.flatMap((code) => {
        const id = termIds.get(`${taxonomy}:${code}`);
        if (!id) reject(input.unit, { key, params: { code } });
        return id ? [id] : [];
      });
    }
    const locationId = (key: string) => locationByKey.get(key)?.id ?? [];
    if (input.locationKeys) plan.locationIds = input.locationKeys.flatMap(locationId);
    if (input.locationSchedules)
      plan.locationSchedules = Object.entries(input.locationSchedules).flatMap(([key, slots]) =>
        [locationId(key)].flat().map((id) => ({ locationId: id, slots })),
      );
    // Terms of a taxonomy the file does not mention stay.
    const kept =
      existing?.terms.map((t) => t.termId).filter((id) => !plan.terms[taxonomyOf.get(id) as "category" | "audience"]) ??
      [];
    plan.termIdsAfter = [...new Set([...kept, ...(plan.terms.category ?? []), ...(plan.terms.audience ?? [])])];
    if (existing) {
      compareOffer(plan, existing, taxonomyOf);
      if (plan.changed.size) plan.action = "update";
    }
    return plan;
  });

  const twins = await importTwins(
    reader,
    organisations.flatMap((o) =>
      o.action === "create" && o.input.name
        ? [{ id: o.id, line: units[o.input.unit]?.line ?? null, externalId: o.input.externalId, name: o.input.name }]
        : [],
    ),
  );
  progress?.("checking", units.length, units.length);
  return {
    format: set.format,
    fileErrors: set.fileErrors,
    ...report(units, organisations, locations, offers),
    organisations,
    locations,
    offers,
    twins: twins.twins,
    twinsUnchecked: twins.unchecked,
  };
}

function compareOffer(plan: OfferPlan, existing: ExistingOffer, taxonomyOf: Map<string, string>) {
  const { input, changed } = plan;
  if (
    differs(input, existing, ["status", "free", "registrationRequired", "minAge", "maxAge", "email", "phone"]) ||
    differsAsUrl(input.website, existing.website) ||
    plan.organizationId !== existing.organizationId ||
    (plan.programmeId !== undefined && !same(plan.programmeId, existing.programmeId))
  )
    changed.add("scalars");
  const current = new Map(existing.translations.map((t) => [t.locale, t]));
  for (const locale of locales) {
    const wanted = input.translations[locale as Locale];
    if (wanted === undefined) continue;
    const now = current.get(locale);
    if (
      wanted === null
        ? now !== undefined
        : !now || differs(wanted, now, ["title", "summary", "description", "eligibility", "howToJoin", "costNote"])
    )
      changed.add("translations");
  }
  for (const taxonomy of ["category", "audience"] as const) {
    const wanted = plan.terms[taxonomy];
    if (
      wanted &&
      !sameSet(
        wanted,
        existing.terms.map((t) => t.termId).filter((id) => taxonomyOf.get(id) === taxonomy),
      )
    )
      changed.add("terms");
  }
  if (
    input.languages &&
    !sameSet(
      input.languages,
      existing.languages.map((l) => l.code),
    )
  )
    changed.add("languages");
  if (
    plan.locationIds &&
    !sameSet(
      plan.locationIds,
      existing.locations.map((l) => l.locationId),
    )
  )
    changed.add("locations");
  if (input.schedules && !sameSlots(input.schedules, existing.schedules)) changed.add("schedules");
  if (plan.locationSchedules) {
    const current = new Map(existing.locations.map((l) => [l.locationId, l.schedules]));
    if (plan.locationSchedules.some(({ locationId, slots }) => !sameSlots(slots, current.get(locationId) ?? [])))
      changed.add("locationSchedules");
  }
}

/**
 * One report row per unit of the file. A unit is created when its main record is new, updated when
 * any record it introduced changes; a problem anywhere in it rejects it.
 */
function report(units: Unit[], organisations: OrganisationPlan[], locations: LocationPlan[], offers: OfferPlan[]) {
  const perUnit = units.map(() => ({ main: undefined as Action | undefined, changed: false }));
  const note = (plans: ReadonlyArray<{ input: { unit: number }; action: Action }>, kind: EntityKind) => {
    for (const plan of plans) {
      const unit = perUnit[plan.input.unit];
      if (!unit) continue;
      if (units[plan.input.unit]!.kind === kind && unit.main === undefined) unit.main = plan.action;
      if (plan.action !== "unchanged") unit.changed = true;
    }
  };
  note(offers, "offer");
  note(locations, "location");
  note(organisations, "organisation");
  const rows: ReportRow[] = units.map((unit, i) => {
    const { main, changed } = perUnit[i]!;
    const action: RowAction = unit.reasons.length
      ? "reject"
      : main === "create"
        ? "create"
        : changed
          ? "update"
          : "unchanged";
    return {
      line: unit.line,
      path: unit.path,
      kind: unit.kind,
      externalId: unit.externalId,
      action,
      reasons: unit.reasons,
    };
  });
  // Records of rejected lines are not counted: the counts say what an import would write.
  const tally = (all: ReadonlyArray<{ input: { unit: number }; action: Action }>): Tally => {
    const plans = all.filter((p) => rows[p.input.unit]?.action !== "reject");
    return {
      create: plans.filter((p) => p.action === "create").length,
      update: plans.filter((p) => p.action === "update").length,
      unchanged: plans.filter((p) => p.action === "unchanged").length,
    };
  };
  const counts: ImportCounts = {
    create: 0,
    update: 0,
    unchanged: 0,
    reject: 0,
    organisations: tally(organisations),
    locations: tally(locations),
    offers: tally(offers),
  };
  for (const row of rows) counts[row.action]++;
  return { rows, counts };
}

/** Whether applying the plan would write anything at all. */
export const hasChanges = (plan: ImportPlan) =>
  [plan.counts.organisations, plan.counts.locations, plan.counts.offers].some((t) => t.create + t.update > 0);
