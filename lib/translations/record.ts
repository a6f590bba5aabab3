import "server-only";
// One record's German texts and one translation of them, as the side-by-side view shows them and
// as a save reads them in its transaction.
import { db } from "../db";
import type { DbTransaction as Tx } from "../db/client";
import { textsSelect, translationMetaSelect } from "./stamp";
import { sourceHash, translatedFields, translationState, type TranslatedKind, type TranslationState } from "./status";
import { kindSpecs } from "./kinds";
import { germanWhenTranslated } from "./source-history";

type Reader = Pick<Tx, "offer" | "organization" | "programme">;
export type Texts = Record<string, string>;
type Row = { locale: string; status: "machine" | "reviewed"; sourceHash: string | null; translatedAt: Date | null } & Record<string, unknown>;
export type StoredTexts = { id: string; version: number; organizationId: string | null; name: string | null; status: string; rows: Row[] };

/** The record's version, owner and texts in German and `locale`; null when there is no such record. */
export async function loadTexts(tx: Reader, kind: TranslatedKind, id: string, locale: string): Promise<StoredTexts | null> {
  const translations = {
    where: { locale: { in: ["de", locale] } },
    select: { locale: true, ...textsSelect(kind), ...translationMetaSelect },
  };
  const base = { id: true, version: true, status: true } as const;
  switch (kind) {
    case "offer": {
      const r = await tx.offer.findUnique({ where: { id }, select: { ...base, organizationId: true, translations } });
      return r && { ...r, name: null, rows: r.translations as Row[] };
    }
    case "organisation": {
      const r = await tx.organization.findUnique({ where: { id }, select: { ...base, name: true, translations } });
      return r && { ...r, organizationId: null, rows: r.translations as Row[] };
    }
    case "programme": {
      const r = await tx.programme.findUnique({ where: { id }, select: { ...base, translations } });
      return r && { ...r, organizationId: null, name: null, rows: r.translations as Row[] };
    }
  }
}

/** The fields of a stored row as text, "" for none. */
export function textsOf(kind: TranslatedKind, row: Record<string, unknown> | undefined): Texts {
  return Object.fromEntries(translatedFields[kind].map((field) => [field, typeof row?.[field] === "string" ? (row[field] as string) : ""]));
}

export function titleOf(kind: TranslatedKind, stored: StoredTexts, german: Texts): string {
  const field = kindSpecs[kind].titleField;
  return (field ? german[field] : stored.name) || stored.id;
}

export type TranslationView = {
  kind: TranslatedKind;
  id: string;
  version: number;
  title: string;
  organizationId: string | null;
  german: Texts;
  target: Texts | null;
  state: TranslationState;
  translatedAt: Date | null;
  /** for an outdated translation: the German it was made from, when the record's history has it */
  germanThen: Texts | null;
};

export async function translationView(kind: TranslatedKind, id: string, locale: string): Promise<TranslationView | null> {
  const stored = await loadTexts(db, kind, id, locale);
  const germanRow = stored?.rows.find((r) => r.locale === "de");
  if (!stored || !germanRow || stored.status === "archived") return null;
  const german = textsOf(kind, germanRow);
  const targetRow = stored.rows.find((r) => r.locale === locale);
  const state = translationState(targetRow, sourceHash(kind, german));
  return {
    kind,
    id,
    version: stored.version,
    title: titleOf(kind, stored, german),
    organizationId: stored.organizationId,
    german,
    target: targetRow ? textsOf(kind, targetRow) : null,
    state,
    translatedAt: targetRow?.translatedAt ?? null,
    germanThen:
      state === "outdated" && targetRow?.sourceHash ? await germanWhenTranslated(kind, id, targetRow.sourceHash) : null,
  };
}
