import "server-only";
// Offers in the back office. Coordinators edit every offer; partner editors only their own
// organisation's. Every save rewrites the offer's search documents in the same transaction, which
// also retires cached search results.
import { z } from "zod";
import type { Prisma } from "../../generated/sqlite/client";
import type { Actor } from "../auth/policy";
import { db, dbKind } from "../db";
import type { RecordSnapshot } from "../audit/append";
import { countInChunks, inChunks, loadInChunks } from "../db/chunks";
import type { DbTransaction as Tx } from "../db/client";
import { contains } from "../db/text-search";
import * as field from "../forms/fields";
import { uniqueSlug } from "../forms/slug";
import { translations, translationValues } from "../forms/translations";
import { flattenValues, type FormValues } from "../forms/values";
import { updateVersioned } from "../mutation/versioned";
import { FieldError, mutate, type RecordedAs } from "../mutation/mutate";
import { reindexOffers } from "../search/indexer";
import { expectPublishableUnder } from "./publishing";
import { formSchedules } from "../schedule/slot";
import { scheduleRows } from "../schedule/select";
import { offerAgeRange, offerTextLimits, refineOffer } from "./schema";
import { expectNoTwins, offerTwins } from "../duplicates/twins";
import { offerTextsSelect } from "./select";
import {
  SHOWN_TEXTS_FIELD,
  stampTranslations,
  translationMetaSelect,
  withUnshownTranslations,
} from "../translations/stamp";
import { translateAfterSave } from "../translations/jobs/after-save";

const L = offerTextLimits;
const texts = z.object({
  title: field.optionalText(L.title),
  summary: field.optionalText(L.summary),
  description: field.optionalText(L.description),
  eligibility: field.optionalText(L.eligibility),
  howToJoin: field.optionalText(L.howToJoin),
  costNote: field.optionalText(L.costNote),
  easyRead: field.optionalText(L.easyRead),
});

const schema = z
  .object({
    organizationId: field.id(),
    programmeId: field.optionalId(),
    slug: field.optionalSlug(),
    status: field.recordStatus(),
    free: field.checkbox(),
    registrationRequired: field.checkbox(),
    minAge: field.optionalInt(offerAgeRange.min, offerAgeRange.max),
    maxAge: field.optionalInt(offerAgeRange.min, offerAgeRange.max),
    email: field.optionalEmail(),
    phone: field.optionalPhone(),
    website: field.optionalUrl(),
    validFrom: field.optionalDate(),
    validUntil: field.optionalDate(),
    translations: translations(texts, ["title", "summary"]),
    [SHOWN_TEXTS_FIELD]: z.string().max(100).optional(),
    terms: field.list(),
    languages: field.list(),
    locations: field.list(),
    schedules: formSchedules(),
  })
  // The offer's rules, the same for a CSV line and an HSDS service (lib/offers/schema.ts).
  .superRefine(refineOffer);

type OfferInput = z.infer<typeof schema>;

const editSelect = {
  id: true,
  version: true,
  slug: true,
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
  validFrom: true,
  validUntil: true,
  lastVerifiedAt: true,
  organization: { select: { name: true, slug: true } },
  translations: { select: offerTextsSelect },
  terms: { select: { termId: true } },
  languages: { select: { code: true } },
  locations: { select: { locationId: true } },
  schedules: { where: { offerLocationId: null }, ...scheduleRows },
} satisfies Prisma.OfferSelect;

type EditRecord = Prisma.OfferGetPayload<{ select: typeof editSelect }>;

function formValuesOf(r: EditRecord): FormValues {
  return flattenValues({
    organizationId: r.organizationId,
    programmeId: r.programmeId,
    slug: r.slug,
    status: r.status,
    free: r.free,
    registrationRequired: r.registrationRequired,
    minAge: r.minAge,
    maxAge: r.maxAge,
    email: r.email,
    phone: r.phone,
    website: r.website,
    validFrom: r.validFrom,
    validUntil: r.validUntil,
    translations: translationValues(r.translations),
    // Sorted, so that comparing a record with a conflicting save ignores the order of choices.
    terms: r.terms.map((t) => t.termId).sort(),
    languages: r.languages.map((l) => l.code).sort(),
    locations: r.locations.map((l) => l.locationId).sort(),
    schedules: r.schedules,
  });
}

export async function offerForEditing(id: string) {
  const record = await db.offer.findUnique({ where: { id }, select: editSelect });
  return record ? { record, values: formValuesOf(record) } : null;
}

export function newOfferValues(organizationId: string | null): FormValues {
  return { status: "draft", free: "true", languages: ["de"], ...(organizationId ? { organizationId } : {}) };
}

export type AdminOfferFilter = { q?: string; status?: string; organizationId?: string; programmeId?: string };

/** The back-office list's filter as a query: the list and a bulk action over it select the same. */
export function adminOfferWhere(filter: AdminOfferFilter, actor: NonNullable<Actor>): Prisma.OfferWhereInput {
  const q = filter.q?.trim();
  const own = actor.role === "editor" ? { organizationId: actor.organizationId ?? "-" } : {};
  return {
    ...own,
    ...(filter.organizationId && actor.role !== "editor" ? { organizationId: filter.organizationId } : {}),
    ...(filter.programmeId ? { programmeId: filter.programmeId } : {}),
    ...(filter.status && (field.recordStatuses as readonly string[]).includes(filter.status)
      ? { status: filter.status as never }
      : { status: { not: "archived" } }),
    ...(q
      ? {
          OR: [
            { translations: { some: { title: contains(q) } } },
            { organization: { name: contains(q) } },
            { slug: contains(q.toLowerCase()) },
          ],
        }
      : {}),
  };
}

/** How many offers the back-office list shows; a bulk action over the filter reaches all of them. */
export const OFFER_LIST_LIMIT = 300;

/** The offers a user may edit, newest changes first. */
export async function listOffersForAdmin(filter: AdminOfferFilter, actor: NonNullable<Actor>) {
  return db.offer.findMany({
    where: adminOfferWhere(filter, actor),
    orderBy: { updatedAt: "desc" },
    take: OFFER_LIST_LIMIT,
    select: {
      id: true,
      slug: true,
      status: true,
      lastVerifiedAt: true,
      updatedAt: true,
      organization: { select: { name: true } },
      translations: { where: { locale: "de" }, select: { title: true } },
    },
  });
}

async function checkReferences(tx: Tx, data: OfferInput) {
  // One after the other: inside a transaction they share one connection.
  const terms = await countInChunks(data.terms, (chunk) => tx.taxonomyTerm.count({ where: { id: { in: chunk } } }));
  const locations = await loadInChunks([...new Set(data.locations)], (chunk) =>
    tx.location.findMany({ where: { id: { in: chunk } }, select: { organizationId: true } }),
  );
  const programme = data.programmeId
    ? await tx.programme.findUnique({ where: { id: data.programmeId }, select: { id: true } })
    : null;
  if (terms !== new Set(data.terms).size) throw new FieldError("terms", "unknownChoice");
  // An offer takes place at its provider's locations; another organisation's address is a mistake.
  if (
    locations.length !== new Set(data.locations).size ||
    locations.some((l) => l.organizationId !== data.organizationId)
  )
    throw new FieldError("locations", "foreignLocation");
  if (data.programmeId && !programme) throw new FieldError("programmeId", "unknownChoice");
}

async function writeParts(tx: Tx, offerId: string, data: OfferInput) {
  const stored = await tx.offerTranslation.findMany({
    where: { offerId },
    select: { ...offerTextsSelect, ...translationMetaSelect },
  });
  const texts = withUnshownTranslations("offer", data.translations, stored, data[SHOWN_TEXTS_FIELD]);
  const meta = stampTranslations("offer", texts, stored);
  await tx.offerTranslation.deleteMany({ where: { offerId } });
  await tx.offerTranslation.createMany({
    data: Object.entries(texts).map(([locale, t]) => ({
      offerId,
      locale,
      ...t,
      title: t.title!,
      summary: t.summary!,
      ...meta[locale],
    })),
  });
  await tx.offerTerm.deleteMany({ where: { offerId } });
  if (data.terms.length)
    await tx.offerTerm.createMany({ data: [...new Set(data.terms)].map((termId) => ({ offerId, termId })) });
  await tx.offerLanguage.deleteMany({ where: { offerId } });
  if (data.languages.length)
    await tx.offerLanguage.createMany({ data: [...new Set(data.languages)].map((code) => ({ offerId, code })) });
  // Keep the rows of locations that stay, so that their own schedules survive.
  const wanted = new Set(data.locations);
  const current = await tx.offerLocation.findMany({ where: { offerId }, select: { id: true, locationId: true } });
  const gone = current.filter((l) => !wanted.has(l.locationId)).map((l) => l.id);
  await inChunks(gone, (chunk) => tx.offerLocation.deleteMany({ where: { id: { in: chunk } } }));
  const kept = new Set(current.filter((l) => wanted.has(l.locationId)).map((l) => l.locationId));
  const added = data.locations.filter((id) => !kept.has(id));
  if (added.length)
    await tx.offerLocation.createMany({ data: [...new Set(added)].map((locationId) => ({ offerId, locationId })) });
  await tx.schedule.deleteMany({ where: { offerId, offerLocationId: null } });
  if (data.schedules.length) await tx.schedule.createMany({ data: data.schedules.map((s) => ({ offerId, ...s })) });
}

const scalars = (d: OfferInput) => ({
  organizationId: d.organizationId,
  programmeId: d.programmeId,
  status: d.status,
  free: d.free,
  registrationRequired: d.registrationRequired,
  minAge: d.minAge,
  maxAge: d.maxAge,
  email: d.email,
  phone: d.phone,
  website: d.website,
  validFrom: d.validFrom,
  validUntil: d.validUntil,
});

const title = (r: EditRecord) => r.translations.find((t) => t.locale === "de")?.title ?? r.slug;

export function createOffer(input: unknown, actor: Actor) {
  return mutate({
    schema: schema.and(z.object({ saveAnyway: field.checkbox() })),
    action: "offer.create",
    actor,
    input,
    resource: async (data) => ({ organizationId: data.organizationId }),
    write: async (tx, data) => {
      if (!(await tx.organization.findUnique({ where: { id: data.organizationId }, select: { id: true } })))
        throw new FieldError("organizationId", "unknownChoice");
      await expectPublishableUnder(tx, data.organizationId, data.status);
      await checkReferences(tx, data);
      const german = data.translations.de?.title;
      if (german) expectNoTwins(await offerTwins(tx, data.organizationId, german), data.saveAnyway);
      const slug =
        data.slug ??
        (await uniqueSlug(
          data.translations.de?.title ?? "angebot",
          async (s) => !!(await tx.offer.findUnique({ where: { slug: s } })),
        ));
      const created = await tx.offer.create({
        data: { ...scalars(data), slug, lastVerifiedAt: new Date() },
        select: { id: true },
      });
      await writeParts(tx, created.id, data);
      await reindexOffers(tx, dbKind, [created.id]);
      const after = await tx.offer.findUniqueOrThrow({ where: { id: created.id }, select: editSelect });
      return {
        result: { id: created.id, version: after.version, slug },
        audit: {
          action: "create",
          entityType: "Offer",
          entityId: created.id,
          summary: title(after),
          after: formValuesOf(after),
        },
      };
    },
  }).then(translateAfterSave("offer", actor));
}

async function ownerOf(id: string) {
  const row = await db.offer.findUnique({ where: { id }, select: { organizationId: true } });
  return { organizationId: row?.organizationId ?? null };
}

export function updateOffer(input: unknown, actor: Actor, recordedAs?: RecordedAs) {
  return mutate({
    recordedAs,
    schema: schema.and(z.object({ id: field.id(), version: field.version() })),
    action: "offer.update",
    actor,
    input,
    // Both the organisation it belongs to and the one it is moved to must be the editor's.
    resource: async (data) => [await ownerOf(data.id), { organizationId: data.organizationId }],
    write: (tx, data) =>
      updateVersioned({
        entityType: "Offer",
        id: data.id,
        version: data.version,
        load: () => tx.offer.findUnique({ where: { id: data.id }, select: editSelect }),
        update: async (before) => {
          await expectPublishableUnder(tx, data.organizationId, data.status);
          await checkReferences(tx, data);
          return tx.offer.updateMany({
            where: { id: data.id, version: data.version },
            data: { ...scalars(data), slug: data.slug ?? before.slug, version: { increment: 1 } },
          });
        },
        parts: async () => {
          await writeParts(tx, data.id, data);
          await reindexOffers(tx, dbKind, [data.id]);
        },
        valuesOf: formValuesOf,
        summaryOf: title,
        result: (after) => ({ id: data.id, slug: after.slug }),
      }),
  }).then(translateAfterSave("offer", actor));
}

/** Offers as their history records them, by id: for writes that do not come from the form (an import). */
export async function offerSnapshots(
  tx: Pick<Tx, "offer">,
  ids: readonly string[],
): Promise<Map<string, RecordSnapshot>> {
  const rows = await loadInChunks(ids, (chunk) =>
    tx.offer.findMany({ where: { id: { in: chunk } }, select: editSelect }),
  );
  return new Map(rows.map((r) => [r.id, { summary: title(r), values: formValuesOf(r) }]));
}
