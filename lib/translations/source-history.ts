import "server-only";
// The German texts an outdated translation was made from, found in the record's history: every save
// keeps the record's texts before and after, and the one whose German hashes to the translation's
// source hash is what the translator saw. Reading one record's recent history is cheap; texts older
// than that, or written before the history began (the seed), are not found, and the page then
// shows the current German alone.
import { db } from "../db";
import { kindSpecs } from "./kinds";
import { sourceHash, translatedFields, type TranslatedKind } from "./status";

const HISTORY_LIMIT = 100;

type Snapshot = Record<string, unknown>;

function germanIn(kind: TranslatedKind, snapshot: unknown): Record<string, string> | null {
  if (!snapshot || typeof snapshot !== "object" || Array.isArray(snapshot)) return null;
  const values = snapshot as Snapshot;
  const fields = translatedFields[kind];
  if (!fields.some((field) => `translations.de.${field}` in values)) return null;
  return Object.fromEntries(
    fields.map((field) => {
      const value = values[`translations.de.${field}`];
      return [field, typeof value === "string" ? value : ""];
    }),
  );
}

export async function germanWhenTranslated(kind: TranslatedKind, id: string, hash: string): Promise<Record<string, string> | null> {
  const entries = await db.auditEntry.findMany({
    where: { entityType: kindSpecs[kind].entityType, entityId: id },
    orderBy: { createdAt: "desc" },
    take: HISTORY_LIMIT,
    select: { before: true, after: true },
  });
  for (const entry of entries) {
    for (const snapshot of [entry.after, entry.before]) {
      const german = germanIn(kind, snapshot);
      if (german && sourceHash(kind, german) === hash) return german;
    }
  }
  return null;
}
