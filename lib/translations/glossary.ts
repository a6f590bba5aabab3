import "server-only";
// The glossary coordinators keep: German terms that machine translation must leave as they are
// (programme names such as Griffbereit or KOMM-AN) or render one fixed way in a language ("Ausländer-
// behörde"). Entries have no version column: the moment of the last save (updatedAt, in ms) is the
// token a form carries to detect a concurrent edit. Saves go through the one write path; they change
// no page a visitor sees, only the next machine translation.
import { z } from "zod";
import type { Actor } from "../auth/policy";
import { db } from "../db/index";
import type { DbTransaction as Tx } from "../db/client";
import * as field from "../forms/fields";
import type { FormValues } from "../forms/values";
import { deleteVersioned, updateVersioned } from "../mutation/versioned";
import { FieldError, mutate } from "../mutation/mutate";

import { glossaryLocales } from "./glossary-locales";

const fields = z.object({
  source: field.requiredText(120),
  locale: z.enum(glossaryLocales, { error: "choose" }),
  // Left empty, the term is kept as it is.
  target: field.optionalText(200),
  note: field.optionalText(500),
});
const updateSchema = fields.extend({ id: field.id(), version: field.version() });
const deleteSchema = z.object({ id: field.id(), version: field.version() });

const select = { id: true, source: true, locale: true, target: true, note: true, updatedAt: true } as const;
type Row = { id: string; source: string; locale: string; target: string; note: string | null; updatedAt: Date };
type Entry = Row & { version: number };

const withVersion = (row: Row): Entry => ({ ...row, version: row.updatedAt.getTime() });
const valuesOf = (r: Row): FormValues => ({ source: r.source, locale: r.locale, target: r.target === r.source ? "" : r.target, note: r.note ?? "" });
const summaryOf = (r: Row) => `${r.source} (${r.locale === "*" ? "alle" : r.locale})`;
const stored = (data: z.infer<typeof fields>) => ({ source: data.source, locale: data.locale, target: data.target || data.source, note: data.note });

export type GlossaryRow = { id: string; source: string; locale: string; target: string; kept: boolean; note: string | null };

/** The whole glossary, alphabetically: a KI keeps tens of terms, at most a few hundred. */
export async function listGlossary(): Promise<GlossaryRow[]> {
  const rows = await db.glossaryEntry.findMany({ orderBy: [{ source: "asc" }, { locale: "asc" }], take: 2000, select });
  return rows.map((r) => ({ id: r.id, source: r.source, locale: r.locale, target: r.target, kept: r.target === r.source, note: r.note }));
}

export async function glossaryEntryForEditing(id: string) {
  const row = await db.glossaryEntry.findUnique({ where: { id }, select });
  return row ? { record: withVersion(row), values: valuesOf(row) } : null;
}

async function expectUnique(tx: Tx, data: z.infer<typeof fields>, id?: string) {
  const twin = await tx.glossaryEntry.findUnique({ where: { source_locale: { source: data.source, locale: data.locale } }, select: { id: true } });
  if (twin && twin.id !== id) throw new FieldError("source", "duplicate");
}

export function createGlossaryEntry(input: unknown, actor: Actor) {
  return mutate({
    schema: fields,
    action: "glossary.manage",
    actor,
    input,
    write: async (tx, data) => {
      await expectUnique(tx, data);
      const row = await tx.glossaryEntry.create({ data: stored(data), select });
      return {
        result: { id: row.id, version: row.updatedAt.getTime(), values: valuesOf(row) },
        audit: { action: "create", entityType: "GlossaryEntry", entityId: row.id, summary: summaryOf(row), after: valuesOf(row) },
      };
    },
  });
}

/** Saves an entry, refused when someone else saved it since the form was loaded. */
export function updateGlossaryEntry(input: unknown, actor: Actor) {
  return mutate({
    schema: updateSchema,
    action: "glossary.manage",
    actor,
    input,
    write: async (tx, data) => {
      const { id, version, ...rest } = data;
      await expectUnique(tx, rest, id);
      return updateVersioned({
        entityType: "GlossaryEntry",
        id,
        version,
        load: async () => {
          const row = await tx.glossaryEntry.findUnique({ where: { id }, select });
          return row && withVersion(row);
        },
        update: () => tx.glossaryEntry.updateMany({ where: { id, updatedAt: new Date(version) }, data: stored(rest) }),
        valuesOf,
        summaryOf,
        result: (after) => ({ id: after.id }),
      });
    },
  });
}

export function deleteGlossaryEntry(input: unknown, actor: Actor) {
  return mutate({
    schema: deleteSchema,
    action: "glossary.manage",
    actor,
    input,
    write: (tx, { id, version }) =>
      deleteVersioned({
        entityType: "GlossaryEntry",
        id,
        version,
        load: async () => {
          const row = await tx.glossaryEntry.findUnique({ where: { id }, select });
          return row && withVersion(row);
        },
        remove: () => tx.glossaryEntry.deleteMany({ where: { id, updatedAt: new Date(version) } }),
        valuesOf,
        summaryOf,
        result: () => ({ id }),
      }),
  });
}
