import "server-only";
// The synonym list coordinators keep (SearchSynonym): words that name a category or audience in
// any language (lib/search/concepts.ts). Changing it goes through the one write path; the audit
// entry's save raises the public version, which reloads every process's concepts and drops cached
// results, so a new synonym finds offers at the next search.
import { z } from "zod";
import type { Actor } from "../auth/policy";
import { db } from "../db";
import * as field from "../forms/fields";
import { isLocale } from "../i18n/locales";
import { AppError, FieldError, mutate } from "../mutation/mutate";
import { foldText, typedWords } from "./normalize";

const addSchema = z.object({
  termId: z.string({ error: "choose" }).min(1, "choose"),
  word: z
    .string({ error: "required" })
    .trim()
    .min(1, "required")
    .max(80, "tooLong")
    .refine((word) => typedWords(word).length > 0, "required"),
  locale: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || isLocale(v), "language"),
});
const deleteSchema = z.object({ id: field.id() });

export type SynonymGroup = {
  termId: string;
  taxonomy: string;
  code: string;
  name: string;
  synonyms: Array<{ id: string; word: string; locale: string | null }>;
};

/** Every category and audience with its synonyms, in display order: a few hundred rows at most. */
export async function listSynonymsForAdmin(adminLocale: string): Promise<SynonymGroup[]> {
  const terms = await db.taxonomyTerm.findMany({
    orderBy: [{ taxonomy: "asc" }, { sortOrder: "asc" }, { code: "asc" }],
    select: {
      id: true,
      taxonomy: true,
      code: true,
      translations: { where: { locale: { in: [adminLocale, "de"] } }, select: { locale: true, name: true } },
      synonyms: { orderBy: [{ locale: "asc" }, { word: "asc" }], select: { id: true, word: true, locale: true } },
    },
  });
  const nameOf = (rows: Array<{ locale: string; name: string }>, code: string) =>
    (rows.find((r) => r.locale === adminLocale) ?? rows.find((r) => r.locale === "de"))?.name ?? code;
  return terms.map((t) => ({
    termId: t.id,
    taxonomy: t.taxonomy,
    code: t.code,
    name: nameOf(t.translations, t.code),
    synonyms: t.synonyms,
  }));
}

const summaryOf = (word: string, code: string) => `${word} → ${code}`;

export function addSynonym(input: unknown, actor: Actor) {
  return mutate({
    schema: addSchema,
    action: "taxonomy.manage",
    actor,
    input,
    write: async (tx, data) => {
      const term = await tx.taxonomyTerm.findUnique({ where: { id: data.termId }, select: { code: true } });
      if (!term) throw new FieldError("termId", "unknownChoice");
      // The same word folded ("Kita", "KITA") is the same synonym: search folds it anyway.
      const existing = await tx.searchSynonym.findMany({ where: { termId: data.termId }, select: { word: true } });
      if (existing.some((s) => foldText(s.word) === foldText(data.word))) throw new FieldError("word", "duplicate");
      const created = await tx.searchSynonym.create({
        data,
        select: { id: true, word: true, locale: true, termId: true },
      });
      return {
        result: created,
        audit: {
          action: "create",
          entityType: "SearchSynonym",
          entityId: created.id,
          summary: summaryOf(created.word, term.code),
          after: { termId: created.termId, word: created.word, locale: created.locale },
        },
      };
    },
  });
}

export function deleteSynonym(input: unknown, actor: Actor) {
  return mutate({
    schema: deleteSchema,
    action: "taxonomy.manage",
    actor,
    input,
    write: async (tx, { id }) => {
      const found = await tx.searchSynonym.findUnique({
        where: { id },
        select: { id: true, word: true, locale: true, termId: true, term: { select: { code: true } } },
      });
      if (!found) throw new AppError("NOT_FOUND");
      await tx.searchSynonym.delete({ where: { id } });
      return {
        result: { id },
        audit: {
          action: "delete",
          entityType: "SearchSynonym",
          entityId: id,
          summary: summaryOf(found.word, found.term.code),
          before: { termId: found.termId, word: found.word, locale: found.locale },
        },
      };
    },
  });
}
