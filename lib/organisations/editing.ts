import "server-only";
// Organisations in the back office: the list coordinators work from, the form's values, and saving
// through the one write path (create, update with optimistic concurrency, archive by status, verify).
import { z } from "zod";
import type { Actor } from "../auth/policy";
import { db, dbKind } from "../db";
import type { RecordSnapshot } from "../audit/append";
import { loadInChunks } from "../db/chunks";
import type { DbTransaction as Tx } from "../db/client";
import type { Prisma } from "../../generated/sqlite/client";
import { contains } from "../db/text-search";
import * as field from "../forms/fields";
import { uniqueSlug } from "../forms/slug";
import { translations, translationValues } from "../forms/translations";
import {
  SHOWN_TEXTS_FIELD,
  stampTranslations,
  translationMetaSelect,
  withUnshownTranslations,
} from "../translations/stamp";
import { flattenValues, type FormValues } from "../forms/values";
import { updateVersioned } from "../mutation/versioned";
import { AppError, FieldError, mutate, type RecordedAs } from "../mutation/mutate";
import { organisationTypes } from "./types";
import { reindexOffers } from "../search/indexer";
import { expectNoPublishedOffers } from "../offers/publishing";
import { translateAfterSave } from "../translations/jobs/after-save";
import { expectNoTwins, organisationNameKeys, organisationTwins } from "../duplicates/twins";

const schema = z.object({
  name: field.requiredText(200),
  shortName: field.optionalText(60),
  slug: field.optionalSlug(),
  type: z.enum(organisationTypes, { error: "choose" }),
  parentId: field.optionalId(),
  email: field.optionalEmail(),
  phone: field.optionalPhone(),
  website: field.optionalUrl(),
  status: field.recordStatus(),
  translations: translations(z.object({ description: field.optionalText(5000) }), []),
  [SHOWN_TEXTS_FIELD]: z.string().max(100).optional(),
});

const editSelect = {
  id: true,
  version: true,
  slug: true,
  name: true,
  shortName: true,
  type: true,
  parentId: true,
  email: true,
  phone: true,
  website: true,
  status: true,
  lastVerifiedAt: true,
  updatedAt: true,
  mergedIntoId: true,
  translations: { select: { locale: true, description: true } },
} satisfies Prisma.OrganizationSelect;

type EditRecord = Prisma.OrganizationGetPayload<{ select: typeof editSelect }>;

/** A record as its form shows it; also what a conflicting save is compared with. */
function formValuesOf(record: EditRecord): FormValues {
  const { translations: rows, name, shortName, slug, type, parentId, email, phone, website, status } = record;
  return flattenValues({
    name,
    shortName,
    slug,
    type,
    parentId,
    email,
    phone,
    website,
    status,
    translations: translationValues(rows),
  });
}

export async function organisationForEditing(id: string) {
  const record = await db.organization.findUnique({
    where: { id },
    select: {
      ...editSelect,
      locations: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          name: true,
          street: true,
          postcode: true,
          status: true,
          district: { select: { name: true } },
        },
      },
      _count: { select: { offers: true, participations: true, relationsFrom: true, relationsTo: true, users: true } },
    },
  });
  if (!record) return null;
  const { locations, _count, ...rest } = record;
  return { record: rest, values: formValuesOf(rest), locations, counts: _count };
}

export const newOrganisationValues: FormValues = { status: "published", type: "migrant_organisation" };

export type AdminOrganisationFilter = { q?: string; type?: string; status?: string };

/** The back-office list's filter as a query: the list and a bulk action over it select the same. */
export function adminOrganisationWhere(filter: AdminOrganisationFilter): Prisma.OrganizationWhereInput {
  const q = filter.q?.trim();
  return {
    ...(q ? { OR: [{ name: contains(q) }, { shortName: contains(q) }, { slug: contains(q.toLowerCase()) }] } : {}),
    ...(filter.type && (organisationTypes as readonly string[]).includes(filter.type)
      ? { type: filter.type as never }
      : {}),
    ...(filter.status && (field.recordStatuses as readonly string[]).includes(filter.status)
      ? { status: filter.status as never }
      : { status: { not: "archived" } }),
  };
}

/** How many organisations the back-office list shows; a bulk action over the filter reaches all. */
export const ORGANISATION_LIST_LIMIT = 500;

export async function listOrganisationsForAdmin(filter: AdminOrganisationFilter) {
  return db.organization.findMany({
    where: adminOrganisationWhere(filter),
    orderBy: { name: "asc" },
    take: ORGANISATION_LIST_LIMIT,
    select: {
      id: true,
      name: true,
      type: true,
      status: true,
      lastVerifiedAt: true,
      locations: { take: 1, select: { district: { select: { name: true } } } },
      _count: { select: { offers: true } },
    },
  });
}

/**
 * Organisations to choose from (parent, provider, relationship ends). Archived ones are left out,
 * except those the record being edited already names: without them its select would silently
 * show, and save, another organisation.
 */
export async function organisationChoices(
  where: Prisma.OrganizationWhereInput = {},
  current: Array<string | null | undefined> = [],
) {
  const keep = current.filter((id): id is string => Boolean(id));
  return db.organization.findMany({
    where: keep.length
      ? { OR: [{ status: { not: "archived" }, ...where }, { id: { in: keep } }] }
      : { status: { not: "archived" }, ...where },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

async function writeTranslations(
  tx: Tx,
  organizationId: string,
  given: z.infer<typeof schema>["translations"],
  shown?: string,
) {
  const stored = await tx.organizationTranslation.findMany({
    where: { organizationId },
    select: { locale: true, description: true, ...translationMetaSelect },
  });
  const texts = withUnshownTranslations("organisation", given, stored, shown);
  const meta = stampTranslations("organisation", texts, stored);
  await tx.organizationTranslation.deleteMany({ where: { organizationId, locale: { notIn: Object.keys(texts) } } });
  for (const [locale, t] of Object.entries(texts)) {
    if (!t.description) {
      await tx.organizationTranslation.deleteMany({ where: { organizationId, locale } });
      continue;
    }
    await tx.organizationTranslation.upsert({
      where: { organizationId_locale: { organizationId, locale } },
      create: { organizationId, locale, description: t.description, ...meta[locale] },
      update: { description: t.description, ...meta[locale] },
    });
  }
}

async function checkParent(tx: Tx, id: string | undefined, parentId: string | null | undefined) {
  if (!parentId) return;
  // Walk up from the chosen parent: meeting the record itself would make a loop.
  let cursor: string | null = parentId;
  for (let depth = 0; cursor && depth < 20; depth++) {
    if (cursor === id) throw new FieldError("parentId", "parentLoop");
    const row: { parentId: string | null } | null = await tx.organization.findUnique({
      where: { id: cursor },
      select: { parentId: true },
    });
    if (!row) throw new AppError("NOT_FOUND");
    cursor = row.parentId;
  }
}

/** Saves an existing organisation, refused when it changed since the form was loaded. */
export function updateOrganisation(input: unknown, actor: Actor, recordedAs?: RecordedAs) {
  return mutate({
    recordedAs,
    schema: schema.extend({ id: field.id(), version: field.version() }),
    action: "organisation.update",
    actor,
    input,
    write: (tx, data) => {
      const { id, version, translations: texts, [SHOWN_TEXTS_FIELD]: shown, ...fields } = data;
      return updateVersioned({
        entityType: "Organization",
        id,
        version,
        load: () => tx.organization.findUnique({ where: { id }, select: editSelect }),
        update: async (before) => {
          // A merged record lives on in the organisation it was merged into; its address redirects
          // there, and it must not come back into the directory beside its twin.
          if (before.mergedIntoId && fields.status !== "archived") throw new FieldError("status", "mergedAway");
          await checkParent(tx, id, fields.parentId);
          // Newcomers must never reach an offer whose provider has gone from the directory.
          await expectNoPublishedOffers(tx, id, fields.status);
          return tx.organization.updateMany({
            where: { id, version },
            data: {
              ...fields,
              ...organisationNameKeys(fields.name),
              slug: fields.slug ?? before.slug,
              version: { increment: 1 },
            },
          });
        },
        parts: () => writeTranslations(tx, id, texts, shown),
        then: async (before, after) => {
          // Offers are found by their provider's name too, and only while their provider is public;
          // their cards show its name and link to its slug.
          if (after.name === before.name && after.status === before.status && after.slug === before.slug) return;
          const offers = await tx.offer.findMany({ where: { organizationId: id }, select: { id: true } });
          await reindexOffers(
            tx,
            dbKind,
            offers.map((o) => o.id),
          );
        },
        valuesOf: formValuesOf,
        summaryOf: (r) => r.name,
        result: () => ({ id }),
      });
    },
  }).then(translateAfterSave("organisation", actor));
}

export function createOrganisation(input: unknown, actor: Actor) {
  return mutate({
    schema: schema.extend({ saveAnyway: field.checkbox() }),
    action: "organisation.create",
    actor,
    input,
    write: async (tx, data) => {
      const { translations: texts, saveAnyway, [SHOWN_TEXTS_FIELD]: shown, ...fields } = data;
      await checkParent(tx, undefined, fields.parentId);
      expectNoTwins(await organisationTwins(tx, fields.name), saveAnyway);
      const slug =
        fields.slug ??
        (await uniqueSlug(fields.name, async (s) => !!(await tx.organization.findUnique({ where: { slug: s } }))));
      const created = await tx.organization.create({
        data: { ...fields, ...organisationNameKeys(fields.name), slug, lastVerifiedAt: new Date() },
        select: { id: true },
      });
      await writeTranslations(tx, created.id, texts, shown);
      const after = await tx.organization.findUniqueOrThrow({ where: { id: created.id }, select: editSelect });
      return {
        result: { id: created.id, version: after.version },
        audit: {
          action: "create",
          entityType: "Organization",
          entityId: created.id,
          summary: after.name,
          after: formValuesOf(after),
        },
      };
    },
  }).then(translateAfterSave("organisation", actor));
}

export async function organisationName(id: string): Promise<string | null> {
  return (await db.organization.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
}

/** Organisations as their history records them, by id: for writes that do not come from the form (an import). */
export async function organisationSnapshots(
  tx: Pick<Tx, "organization">,
  ids: readonly string[],
): Promise<Map<string, RecordSnapshot>> {
  const rows = await loadInChunks(ids, (chunk) =>
    tx.organization.findMany({ where: { id: { in: chunk } }, select: editSelect }),
  );
  return new Map(rows.map((r) => [r.id, { summary: r.name, values: formValuesOf(r) }]));
}
