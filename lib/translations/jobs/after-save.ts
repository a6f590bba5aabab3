import "server-only";
// Saving German text queues machine translation of the record's missing and outdated languages,
// to be done in the background: the save answers at once, and a provider that is slow or down
// never fails it. Without a provider nothing is queued.
import type { Actor } from "../../auth/policy";
import type { MutationResult } from "../../mutation/mutate";
import type { TranslatedKind } from "../status";
import { enqueueRecordTranslation } from "./queue";
import { wakeTranslationRunner } from "./runner";

export function translateAfterSave<T extends { id: string }>(kind: TranslatedKind, actor: Actor) {
  return async (result: MutationResult<T>): Promise<MutationResult<T>> => {
    if (!result.ok) return result;
    try {
      if (await enqueueRecordTranslation(kind, result.data.id, actor)) wakeTranslationRunner();
    } catch (error) {
      console.error(`[translation] could not queue the ${kind} ${result.data.id}:`, error);
    }
    return result;
  };
}
