import "server-only";
// The three kinds of record with translated texts, as machine translation sees them: which
// records lack a language, their German texts and the stored translation per language, and how a
// machine-written row is stored. One adapter per kind; the job and the save hook use them alike.
import { db } from "../../db/index";
import type { DbTransaction as Tx } from "../../db/client";
import { sourceHash, translatedFields, type TranslatedKind, type TranslationTarget } from "../status";

type Fields = Record<string, string | null>;
/** One language of one record as stored. */
export type StoredRow = { status: "machine" | "reviewed"; sourceHash: string | null; texts: Fields };
/** A record with its German texts and the row of the target language, if any. */
export type SourceRecord = { id: string; organizationId: string | null; german: Fields; hash: string; target: StoredRow | null };

export const entityTypes: Record<TranslatedKind, string> = { offer: "Offer", organisation: "Organization", programme: "Programme" };

/** What the where clause names a record's texts by, per kind. */
const keys = { offer: "offerId", organisation: "organizationId", programme: "programmeId" } as const;

const textSelect = (kind: TranslatedKind) =>
  Object.fromEntries([keys[kind], "locale", "status", "sourceHash", ...translatedFields[kind]].map((f) => [f, true]));

// Prisma's delegates differ in type per model; the calls below are the same for each.
/* eslint-disable @typescript-eslint/no-explicit-any */
const records = (client: Tx | typeof db, kind: TranslatedKind): any =>
  kind === "offer" ? client.offer : kind === "organisation" ? client.organization : client.programme;
const texts = (client: Tx | typeof db, kind: TranslatedKind): any =>
  kind === "offer" ? client.offerTranslation : kind === "organisation" ? client.organizationTranslation : client.programmeTranslation;
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * The next ids (in id order, after `after`) of records that are not archived, have German texts
 * and have (`translated`) or lack (`missing`) a text in the language: a job walks the catalogue in
 * such pages, so no query grows with it.
 */
export async function recordIdsAfter(
  kind: TranslatedKind,
  locale: TranslationTarget,
  which: "missing" | "translated",
  after: string | null,
  take: number,
): Promise<string[]> {
  const target = which === "missing" ? { none: { locale } } : { some: { locale } };
  const rows: Array<{ id: string }> = await records(db, kind).findMany({
    where: {
      status: { not: "archived" },
      ...(after ? { id: { gt: after } } : {}),
      AND: [{ translations: { some: { locale: "de" } } }, { translations: target }],
    },
    orderBy: { id: "asc" },
    take,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/** How many records a job over that selection will look at. */
export function countRecords(kind: TranslatedKind, locale: TranslationTarget, which: "missing" | "translated"): Promise<number> {
  const target = which === "missing" ? { none: { locale } } : { some: { locale } };
  return records(db, kind).count({
    where: { status: { not: "archived" }, AND: [{ translations: { some: { locale: "de" } } }, { translations: target }] },
  });
}

/** The German texts and the target language's row of these records (ids: one chunk). */
export async function loadSources(
  kind: TranslatedKind,
  locale: TranslationTarget,
  ids: readonly string[],
  client: Tx | typeof db = db,
): Promise<SourceRecord[]> {
  if (ids.length === 0) return [];
  const key = keys[kind];
  const rows: Array<Record<string, unknown>> = await texts(client, kind).findMany({
    where: { [key]: { in: [...ids] }, locale: { in: ["de", locale] } },
    select: textSelect(kind),
  });
  const owners: Array<{ id: string; organizationId?: string }> =
    kind === "programme"
      ? ids.map((id) => ({ id }))
      : kind === "organisation"
        ? ids.map((id) => ({ id, organizationId: id }))
        : await client.offer.findMany({ where: { id: { in: [...ids] } }, select: { id: true, organizationId: true } });
  const fieldsOf = (row: Record<string, unknown>): Fields =>
    Object.fromEntries(translatedFields[kind].map((f) => [f, (row[f] as string | null | undefined) ?? null]));
  return owners.flatMap(({ id, organizationId }) => {
    const german = rows.find((row) => row[key] === id && row.locale === "de");
    if (!german) return [];
    const target = rows.find((row) => row[key] === id && row.locale === locale);
    const germanTexts = fieldsOf(german);
    return [
      {
        id,
        organizationId: organizationId ?? null,
        german: germanTexts,
        hash: sourceHash(kind, germanTexts),
        target: target
          ? { status: target.status as StoredRow["status"], sourceHash: (target.sourceHash as string | null) ?? null, texts: fieldsOf(target) }
          : null,
      },
    ];
  });
}

/**
 * Stores a machine translation: status machine, the hash of the German texts it was made from and
 * when. A field the form requires falls back to the German text should the provider answer nothing
 * for it, so that the row stays valid.
 */
export async function writeMachineRow(
  tx: Tx,
  kind: TranslatedKind,
  id: string,
  locale: TranslationTarget,
  translated: Fields,
  german: Fields,
  hash: string,
  now: Date,
): Promise<void> {
  const fields = Object.fromEntries(translatedFields[kind].map((f) => [f, translated[f] || (german[f] ? german[f] : null)]));
  const row = { ...fields, status: "machine" as const, sourceHash: hash, translatedAt: now };
  const key = keys[kind];
  const where =
    kind === "offer"
      ? { offerId_locale: { offerId: id, locale } }
      : kind === "organisation"
        ? { organizationId_locale: { organizationId: id, locale } }
        : { programmeId_locale: { programmeId: id, locale } };
  await texts(tx, kind).upsert({ where, create: { [key]: id, locale, ...row }, update: row });
}
