// What a translation job works on. A bulk job ("translate all missing into Farsi") names a language
// and "missing" or "outdated"; the job a save of German text queues names the record instead, as
// "offer:<id>", and every language ("*").
import { translatedFields, type TranslatedKind } from "../status";

export type JobScope = { bulk: "missing" | "outdated" } | { kind: TranslatedKind; id: string };

export const bulkScopes = ["missing", "outdated"] as const;
export const ALL_LANGUAGES = "*";

export function recordScope(kind: TranslatedKind, id: string): string {
  return `${kind}:${id}`;
}

export function parseScope(scope: string): JobScope | null {
  if (scope === "missing" || scope === "outdated") return { bulk: scope };
  const [kind, id] = scope.split(":");
  if (kind && id && kind in translatedFields) return { kind: kind as TranslatedKind, id };
  return null;
}
