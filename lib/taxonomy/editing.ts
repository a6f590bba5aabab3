import "server-only";
// Categories and audiences in the back office. Terms have no version column: the moment of the last
// save (updatedAt, in milliseconds) is the token a form carries to detect a concurrent edit. Search
// finds offers by their terms' names, so renaming a term rewrites those offers' search documents
// in the same transaction.
import { z } from "zod";
import type { Prisma } from "../../generated/sqlite/client";
import type { Actor } from "../auth/policy";
import { db, dbKind } from "../db";
import type { DbTransaction as Tx } from "../db/client";
import * as field from "../forms/fields";
import { translations, translationValues } from "../forms/translations";
import { flattenValues, type FormValues } from "../forms/values";
import { updateVersioned } from "../mutation/versioned";
import { AppError, FieldError, mutate } from "../mutation/mutate";
import { reindexOffers } from "../search/indexer";
import { inDisplayOrder } from "./directory";

export const taxonomies = ["category", "audience"] as const;
export type TaxonomyKind = (typeof taxonomies)[number];

export function isTaxonomy(value: unknown): value is TaxonomyKind {
  return typeof value === "string" && (taxonomies as readonly string[]).includes(value);
}

const fields = z.object({
  code: z.string({ error: "required" }).trim().min(1, "required").max(60, "tooLong").regex(field.slugPattern, "slug"),
  icon: field.optionalText(40),
  sortOrder: field.optionalInt(0, 100000).transform((v) => v ?? 0),
  parentId: field.optionalId(),
  translations: translations(z.object({ name: field.optionalText(120), description: field.optionalText(2000) }), [
    "name",
  ]),
});

const createSchema = fields.extend({ taxonomy: z.enum(taxonomies, { error: "choose" }) });
// A term stays in its taxonomy: moving it would silently change what its offers are filed under.
const updateSchema = fields.extend({ id: field.id(), version: field.version() });
const deleteSchema = z.object({ id: field.id() });

type Fields = z.infer<typeof fields>;

const editSelect = {
  id: true,
  taxonomy: true,
  code: true,
  icon: true,
  sortOrder: true,
  parentId: true,
  updatedAt: true,
  translations: { orderBy: { locale: "asc" }, select: { locale: true, name: true, description: true } },
} satisfies Prisma.TaxonomyTermSelect;

type EditRecord = Prisma.TaxonomyTermGetPayload<{ select: typeof editSelect }>;

/** A record as its form shows it; also what a conflicting save is compared with. */
function formValuesOf(r: EditRecord): FormValues {
  const { code, icon, sortOrder, parentId, translations: rows } = r;
  return flattenValues({ code, icon, sortOrder, parentId, translations: translationValues(rows) });
}

/** The token a form carries in place of a version column. */
const withVersion = <R extends { updatedAt: Date }>(r: R) => ({ ...r, version: r.updatedAt.getTime() });

const germanName = (rows: ReadonlyArray<{ locale: string; name: string }>) => rows.find((t) => t.locale === "de")?.name;
const summaryOf = (r: EditRecord) => `${r.taxonomy}: ${germanName(r.translations) ?? r.code}`;

export async function termForEditing(id: string) {
  const record = await db.taxonomyTerm.findUnique({
    where: { id },
    select: { ...editSelect, _count: { select: { offers: true, children: true } } },
  });
  if (!record) return null;
  const { _count, ...rest } = record;
  return {
    record: { ...withVersion(rest), name: germanName(rest.translations) ?? rest.code },
    values: formValuesOf(rest),
    counts: _count,
  };
}

/** A new term goes to the end of its list unless given a place. */
export async function newTermValues(taxonomy: TaxonomyKind): Promise<FormValues> {
  const last = await db.taxonomyTerm.aggregate({ where: { taxonomy }, _max: { sortOrder: true } });
  return { sortOrder: String((last._max.sortOrder ?? -1) + 1) };
}

/** The terms of one taxonomy in display order, with their German names and how many offers use them. */
export async function listTermsForAdmin(taxonomy: TaxonomyKind) {
  const rows = await db.taxonomyTerm.findMany({
    ...inDisplayOrder(taxonomy),
    select: {
      id: true,
      code: true,
      icon: true,
      sortOrder: true,
      translations: { where: { locale: "de" }, select: { name: true } },
      parent: { select: { id: true, code: true, translations: { where: { locale: "de" }, select: { name: true } } } },
      _count: { select: { offers: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    icon: row.icon,
    sortOrder: row.sortOrder,
    name: row.translations[0]?.name ?? row.code,
    parent: row.parent ? { id: row.parent.id, name: row.parent.translations[0]?.name ?? row.parent.code } : null,
    offerCount: row._count.offers,
  }));
}

/** Terms a term can be placed below: the same taxonomy, not the term itself. */
export async function termParentChoices(taxonomy: TaxonomyKind, exceptId?: string) {
  const terms = await listTermsForAdmin(taxonomy);
  return terms.filter((t) => t.id !== exceptId).map((t) => ({ id: t.id, name: t.name }));
}

async function checkTerm(tx: Tx, taxonomy: TaxonomyKind, data: Fields, id?: string) {
  const twin = await tx.taxonomyTerm.findUnique({
    where: { taxonomy_code: { taxonomy, code: data.code } },
    select: { id: true },
  });
  if (twin && twin.id !== id) throw new FieldError("code", "duplicate");
  if (!data.parentId) return;
  // Walk up from the chosen parent: meeting the term itself would make a loop.
  let cursor: string | null = data.parentId;
  for (let depth = 0; cursor && depth < 20; depth++) {
    if (cursor === id) throw new FieldError("parentId", "termParentLoop");
    const row: { taxonomy: string; parentId: string | null } | null = await tx.taxonomyTerm.findUnique({
      where: { id: cursor },
      select: { taxonomy: true, parentId: true },
    });
    if (!row || row.taxonomy !== taxonomy) throw new FieldError("parentId", "unknownChoice");
    cursor = row.parentId;
  }
}

async function writeTranslations(tx: Tx, termId: string, texts: Fields["translations"]) {
  await tx.taxonomyTermTranslation.deleteMany({ where: { termId } });
  const rows = Object.entries(texts).map(([locale, t]) => ({
    termId,
    locale,
    name: t.name!,
    description: t.description,
  }));
  if (rows.length) await tx.taxonomyTermTranslation.createMany({ data: rows });
}

const namesOf = (r: EditRecord) => JSON.stringify(r.translations.map((t) => [t.locale, t.name]));

async function reindexOffersWithTerm(tx: Tx, termId: string) {
  const offerIds = (await tx.offerTerm.findMany({ where: { termId }, select: { offerId: true } })).map(
    (o) => o.offerId,
  );
  await reindexOffers(tx, dbKind, offerIds);
}

export function createTerm(input: unknown, actor: Actor) {
  return mutate({
    schema: createSchema,
    action: "taxonomy.manage",
    actor,
    input,
    write: async (tx, data) => {
      const { taxonomy, translations: texts, ...rest } = data;
      await checkTerm(tx, taxonomy, data);
      const created = await tx.taxonomyTerm.create({ data: { taxonomy, ...rest }, select: { id: true } });
      await writeTranslations(tx, created.id, texts);
      const after = await tx.taxonomyTerm.findUniqueOrThrow({ where: { id: created.id }, select: editSelect });
      return {
        result: { id: created.id, taxonomy, version: after.updatedAt.getTime() },
        audit: {
          action: "create",
          entityType: "TaxonomyTerm",
          entityId: created.id,
          summary: summaryOf(after),
          after: formValuesOf(after),
        },
      };
    },
  });
}

/** Saves an existing term, refused when it was saved by someone else since the form was loaded. */
export function updateTerm(input: unknown, actor: Actor) {
  return mutate({
    schema: updateSchema,
    action: "taxonomy.manage",
    actor,
    input,
    write: (tx, data) => {
      const { id, version, translations: texts, ...rest } = data;
      return updateVersioned({
        entityType: "TaxonomyTerm",
        id,
        version,
        load: async () => {
          const found = await tx.taxonomyTerm.findUnique({ where: { id }, select: editSelect });
          return found && withVersion(found);
        },
        update: async (before) => {
          await checkTerm(tx, before.taxonomy, data, id);
          // The token must move with every save, even two within the same millisecond.
          const updatedAt = new Date(Math.max(Date.now(), before.version + 1));
          return tx.taxonomyTerm.updateMany({
            where: { id, updatedAt: before.updatedAt },
            data: { ...rest, updatedAt },
          });
        },
        parts: () => writeTranslations(tx, id, texts),
        then: async (before, after) => {
          if (namesOf(after) !== namesOf(before)) await reindexOffersWithTerm(tx, id);
        },
        valuesOf: formValuesOf,
        summaryOf,
        result: () => ({ id }),
      });
    },
  });
}

/** Removes a term no offer uses and no other term sits below; otherwise refused as in use. */
export function deleteTerm(input: unknown, actor: Actor) {
  return mutate({
    schema: deleteSchema,
    action: "taxonomy.manage",
    actor,
    input,
    write: async (tx, { id }) => {
      const before = await tx.taxonomyTerm.findUnique({
        where: { id },
        select: { ...editSelect, _count: { select: { offers: true, children: true } } },
      });
      if (!before) throw new AppError("NOT_FOUND");
      // Sub-terms would silently move to the top level; the user moves or deletes them first.
      if (before._count.offers > 0 || before._count.children > 0) throw new AppError("IN_USE");
      await tx.taxonomyTerm.delete({ where: { id } });
      return {
        result: { id, taxonomy: before.taxonomy },
        audit: {
          action: "delete",
          entityType: "TaxonomyTerm",
          entityId: id,
          summary: summaryOf(before),
          before: formValuesOf(before),
        },
      };
    },
  });
}
