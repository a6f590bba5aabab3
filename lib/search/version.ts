// The version of what visitors see (SearchState.version): every write that changes a public page,
// a search result or the search index raises it in its own transaction, and cached search results
// and the vocabulary are kept per version. Each process reads it from the database at most once a
// second; a write made by this process forgets it at once, so its own edits show immediately here
// and within a second in every other process.
import type { RawExecutor } from "../db/insert-rows";

let known: { version: number; readAt: number } | null = null;
/** How stale another process's view of the version may be, at most. */
export const PUBLIC_VERSION_MAX_AGE_MS = 1000;

export function forgetIndexVersion() {
  known = null;
}

/** Marks everything cached for visitors as stale, inside the transaction that changed it. */
export async function bumpPublicVersion(tx: RawExecutor) {
  await tx.$executeRaw`UPDATE "SearchState" SET "version" = "version" + 1 WHERE "id" = 1`;
  forgetIndexVersion();
}

export async function cachedIndexVersion(read: () => Promise<number>): Promise<number> {
  if (known && Date.now() - known.readAt < PUBLIC_VERSION_MAX_AGE_MS) return known.version;
  const version = await read();
  known = { version, readAt: Date.now() };
  return version;
}
