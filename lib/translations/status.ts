// Where a translation stands, defined once: every page, count, export and job reads it from here.
// A translation remembers a hash of the German texts it was made from; when the German text changes,
// the hashes differ and the translation is outdated until someone translates or reviews it again.
import { createHash } from "node:crypto";
import type { Locale } from "../i18n/locales";

/** The kinds of record whose texts are translated, and the fields a translator works on. */
export const translatedFields = {
  offer: ["title", "summary", "description", "eligibility", "howToJoin", "costNote"],
  organisation: ["description"],
  programme: ["name", "summary", "description", "targetGroup", "howItWorks", "hostInfo", "funding"],
} as const;
export type TranslatedKind = keyof typeof translatedFields;
export type TranslatedField<K extends TranslatedKind> = (typeof translatedFields)[K][number];

export const translationStates = ["missing", "machine", "reviewed", "outdated"] as const;
export type TranslationState = (typeof translationStates)[number];

type Texts = Readonly<Record<string, string | null | undefined>>;
type StoredTranslation = { status: "machine" | "reviewed"; sourceHash: string | null };

/**
 * The hash of the German texts of one record. Whitespace at the ends and empty fields do not
 * count, so that saving an unchanged form never marks its translations as outdated.
 */
export function sourceHash<K extends TranslatedKind>(kind: K, german: Texts): string {
  const hash = createHash("sha256");
  for (const field of translatedFields[kind]) {
    hash
      .update(field)
      .update("\u0000")
      .update((german[field] ?? "").trim())
      .update("\u0001");
  }
  return hash.digest("base64url").slice(0, 22);
}

/**
 * The state of one language of one record. A translation made before hashes were kept
 * (sourceHash null) counts as current: nothing says the German text changed since.
 */
export function translationState(
  translation: StoredTranslation | null | undefined,
  currentHash: string,
): TranslationState {
  if (!translation) return "missing";
  if (translation.sourceHash !== null && translation.sourceHash !== currentHash) return "outdated";
  return translation.status;
}

/** The states a coordinator should act on, in the order a queue shows them. */
export const needsWork: readonly TranslationState[] = ["outdated", "missing", "machine"];

export type TranslationTarget = Exclude<Locale, "de">;
