// Which saves change what a visitor sees. The write path asks this for every audit entry it writes,
// so that no editor has to remember to invalidate cached search results: a location moved to
// another district, a renamed category or a programme's new site shows at the next request.
import type { RawExecutor } from "../db/insert-rows";
import { bumpPublicVersion } from "../search/version";

// Records that only the back office shows. Anything else (offers, their locations, organisations,
// taxonomy terms, programmes, participations, imports, and any kind added later) counts as
// public: a needless invalidation costs one cache miss, a missing one shows stale results.
const backOfficeOnly = new Set(["Inquiry", "User", "Relationship", "District", "GlossaryEntry", "NetworkSavedView"]);

export function changesPublicView(entityType: string): boolean {
  return !backOfficeOnly.has(entityType);
}

/** One bump for a save, however many records (an import's) it wrote. */
export async function invalidatePublicView(tx: RawExecutor, entityTypes: string[]): Promise<void> {
  if (entityTypes.some(changesPublicView)) await bumpPublicVersion(tx);
}
