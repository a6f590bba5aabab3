// How a save that writes a record's texts in several languages at once (an editor's form, an
// import line, the seed) marks its translations. A translation that comes back unchanged keeps how
// it came about and the German it was made from, so that a change of the German text alone leaves
// it outdated; a translation a person typed or changed is reviewed and made from the German as
// saved with it.
export { SHOWN_TEXTS_FIELD } from "../forms/shown-texts";
import { comparableText, sourceHash, translatedFields, type TranslatedKind } from "./status";

type Texts = Readonly<Record<string, string | null | undefined>>;
export type TranslationMeta = { status: "machine" | "reviewed"; sourceHash: string | null; translatedAt: Date | null };
type StoredRow = {
  locale: string;
  status?: TranslationMeta["status"];
  sourceHash?: string | null;
  translatedAt?: Date | null;
};

/** The columns a stored translation needs for stampTranslations. */
export const translationMetaSelect = { status: true, sourceHash: true, translatedAt: true } as const;

/** The text columns of a kind of record, as a select. */
export function textsSelect<K extends TranslatedKind>(kind: K) {
  return Object.fromEntries(translatedFields[kind].map((field) => [field, true])) as Record<
    (typeof translatedFields)[K][number],
    true
  >;
}

const same = (kind: TranslatedKind, a: object, b: Texts) =>
  translatedFields[kind].every((field) => comparableText((a as Texts)[field]) === comparableText(b[field]));

/** A translation made by a person from the German texts given. */
export function reviewedFrom(kind: TranslatedKind, german: Texts, at: Date = new Date()): TranslationMeta {
  return { status: "reviewed", sourceHash: sourceHash(kind, german), translatedAt: at };
}

/** What the German row of a record carries: the hash of its own texts. */
export function germanMeta(kind: TranslatedKind, german: Texts): TranslationMeta {
  return { status: "reviewed", sourceHash: sourceHash(kind, german), translatedAt: null };
}

/**
 * The status, source hash and time for each language about to be written. `stored` are the record's
 * rows before the save (empty for a new record). The German row, the source, keeps the hash of its
 * own texts: the translation pages compare against it in the database (./state-sql.ts) instead of
 * hashing the whole catalogue's German texts for a count.
 */
export function stampTranslations(
  kind: TranslatedKind,
  incoming: Readonly<Partial<Record<string, Texts>>>,
  stored: readonly StoredRow[],
  at: Date = new Date(),
): Record<string, TranslationMeta> {
  const before = new Map(stored.map((row) => [row.locale, row]));
  const german = incoming.de ?? (before.get("de") as Texts | undefined) ?? {};
  const out: Record<string, TranslationMeta> = {};
  for (const [locale, texts] of Object.entries(incoming)) {
    if (!texts) continue;
    if (locale === "de") {
      out[locale] = germanMeta(kind, texts);
      continue;
    }
    const old = before.get(locale);
    out[locale] =
      old?.status && same(kind, old, texts)
        ? { status: old.status, sourceHash: old.sourceHash ?? null, translatedAt: old.translatedAt ?? null }
        : reviewedFrom(kind, german, at);
  }
  return out;
}

/**
 * A save queues machine translations of the German text, and they may arrive while the form is
 * still open. A form can only mean to delete texts it showed: a machine translation it never
 * showed stays as stored. `shown` is the form's list of languages (comma-separated); without it
 * (imports, restores) what comes in is taken as the whole.
 */
export function withUnshownTranslations<T extends Readonly<Record<string, Texts | undefined>>>(
  kind: TranslatedKind,
  incoming: T,
  stored: readonly StoredRow[],
  shown: string | undefined,
): T {
  if (shown === undefined) return incoming;
  const seen = new Set(shown.split(","));
  const out: Record<string, Texts | undefined> = { ...incoming };
  for (const row of stored) {
    if (row.locale === "de" || out[row.locale] || seen.has(row.locale) || row.status !== "machine") continue;
    out[row.locale] = Object.fromEntries(
      translatedFields[kind].map((field) => [field, (row as unknown as Texts)[field] ?? null]),
    );
  }
  return out as T;
}
