import "server-only";
// The records an exchange reads and writes, per kind: the German row (the source) and the row of
// the target language. Records are read in pages ordered by id, so that an export of a hundred
// thousand offers holds one page at a time, and by ids in chunks (lib/db/chunks.ts).
import { loadInChunks } from "../../db/chunks";
import type { DbTransaction } from "../../db/client";
import { sourceHash, translatedFields, translationState, type TranslatedKind, type TranslationTarget } from "../status";
import type { ExportRecord, Texts } from "./units";

export type Reader = Pick<
  DbTransaction,
  "offer" | "organization" | "programme" | "offerTranslation" | "organizationTranslation" | "programmeTranslation"
>;

export type StoredTranslation = { texts: Texts; status: "machine" | "reviewed"; sourceHash: string | null };
export type ExchangeRecord = Omit<ExportRecord, "target"> & { stored: StoredTranslation | null };

type Row = Record<string, unknown> & { locale: string; status: "machine" | "reviewed"; sourceHash: string | null };
type Found = { id: string; label: string; translations: Row[] };

const textsOf = (kind: TranslatedKind, row: Row): Texts =>
  Object.fromEntries(translatedFields[kind].map((field) => [field, (row[field] as string | null | undefined) ?? null]));

function recordOf(kind: TranslatedKind, found: Found, locale: TranslationTarget): ExchangeRecord | null {
  const germanRow = found.translations.find((row) => row.locale === "de");
  // A record without German text has nothing to translate.
  if (!germanRow) return null;
  const german = textsOf(kind, germanRow);
  const hash = sourceHash(kind, german);
  const row = found.translations.find((r) => r.locale === locale);
  const stored = row ? { texts: textsOf(kind, row), status: row.status, sourceHash: row.sourceHash } : null;
  return {
    kind,
    id: found.id,
    label: found.label,
    german,
    sourceHash: hash,
    state: translationState(stored, hash),
    stored,
  };
}

const rowSelect = (kind: TranslatedKind) => ({
  locale: true,
  status: true,
  sourceHash: true,
  ...Object.fromEntries(translatedFields[kind].map((field) => [field, true])),
});

type Query = { where: Record<string, unknown>; take?: number };

// The three kinds differ only in their model and in what names a record for a translator.
async function find(tx: Reader, kind: TranslatedKind, locale: TranslationTarget, query: Query): Promise<Found[]> {
  const translations = { where: { locale: { in: ["de", locale] } }, select: rowSelect(kind) };
  const args = { ...query, orderBy: { id: "asc" as const } };
  if (kind === "offer") {
    const rows = await tx.offer.findMany({ ...args, select: { id: true, slug: true, translations } });
    return rows.map((r) => ({ id: r.id, label: r.slug, translations: r.translations as unknown as Row[] }));
  }
  if (kind === "organisation") {
    const rows = await tx.organization.findMany({ ...args, select: { id: true, name: true, translations } });
    return rows.map((r) => ({ id: r.id, label: r.name, translations: r.translations as unknown as Row[] }));
  }
  const rows = await tx.programme.findMany({ ...args, select: { id: true, slug: true, translations } });
  return rows.map((r) => ({ id: r.id, label: r.slug, translations: r.translations as unknown as Row[] }));
}

const records = (kind: TranslatedKind, locale: TranslationTarget, found: Found[]) =>
  found.flatMap((f) => recordOf(kind, f, locale) ?? []);

/** The next page of records after `after` (by id); archived records are not translated any more. */
export async function pageOfRecords(
  tx: Reader,
  kind: TranslatedKind,
  locale: TranslationTarget,
  after: string | null,
  take: number,
): Promise<{ records: ExchangeRecord[]; last: string | null }> {
  const where = { status: { not: "archived" }, ...(after ? { id: { gt: after } } : {}) };
  const found = await find(tx, kind, locale, { where, take });
  return { records: records(kind, locale, found), last: found.length === take ? found[found.length - 1]!.id : null };
}

/** The records an import names, archived or not, by id. */
export async function recordsByIds(
  tx: Reader,
  kind: TranslatedKind,
  locale: TranslationTarget,
  ids: readonly string[],
): Promise<Map<string, ExchangeRecord>> {
  const found = await loadInChunks(ids, (chunk) => find(tx, kind, locale, { where: { id: { in: chunk } } }));
  return new Map(records(kind, locale, found).map((r) => [r.id, r]));
}

/** Columns that a translation row cannot be created without. */
export const requiredFields: Record<TranslatedKind, readonly string[]> = {
  offer: ["title", "summary"],
  organisation: ["description"],
  programme: ["name", "summary", "description", "targetGroup"],
};

export type TranslationWrite = {
  kind: TranslatedKind;
  id: string;
  texts: Texts;
  sourceHash: string;
  translatedAt: Date;
};

/** Writes one record's translation in the target language; never called for German (the type says so). */
export async function writeTranslation(tx: Reader, locale: TranslationTarget, write: TranslationWrite): Promise<void> {
  const data = {
    ...write.texts,
    status: "reviewed" as const,
    sourceHash: write.sourceHash,
    translatedAt: write.translatedAt,
  };
  // Required columns are checked by the plan before a row is created; Prisma's types cannot know that.
  const create = data as unknown as Record<string, string>;
  if (write.kind === "offer")
    await tx.offerTranslation.upsert({
      where: { offerId_locale: { offerId: write.id, locale } },
      create: { ...(create as { title: string; summary: string }), offerId: write.id, locale },
      update: data,
    });
  else if (write.kind === "organisation")
    await tx.organizationTranslation.upsert({
      where: { organizationId_locale: { organizationId: write.id, locale } },
      create: { ...(create as { description: string }), organizationId: write.id, locale },
      update: data,
    });
  else
    await tx.programmeTranslation.upsert({
      where: { programmeId_locale: { programmeId: write.id, locale } },
      create: {
        ...(create as { name: string; summary: string; description: string; targetGroup: string }),
        programmeId: write.id,
        locale,
      },
      update: data,
    });
}
