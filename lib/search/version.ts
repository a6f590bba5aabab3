// The version of what visitors see (SearchState.version): every write that changes a public page,
// a search result or the search index raises it in its own transaction, and cached search results
// and the vocabulary are kept per version. Each process reads it from the database at most once a
// second; a write made by this process forgets it at once, so its own edits show immediately here
// and within a second in every other process.
import { Prisma } from "../../generated/sqlite/client";
import { readRows } from "../db/reads";
import type { RawExecutor } from "../db/insert-rows";

// Kept on globalThis: the proxy (which serves cached pages) and the app are bundled separately but
// run in one process, and a save in one must be seen by the other at once.
type Known = { version: number; readAt: number } | null;
const slot = globalThis as unknown as { wegweiserPublicVersion?: Known; wegweiserPublicVersionForgotten?: number };
/** How stale another process's view of the version may be, at most. */
export const PUBLIC_VERSION_MAX_AGE_MS = 1000;

export function forgetIndexVersion() {
  slot.wegweiserPublicVersion = null;
  slot.wegweiserPublicVersionForgotten = (slot.wegweiserPublicVersionForgotten ?? 0) + 1;
}

/** Marks everything cached for visitors as stale, inside the transaction that changed it. */
export async function bumpPublicVersion(tx: RawExecutor) {
  await tx.$executeRaw`UPDATE "SearchState" SET "version" = "version" + 1 WHERE "id" = 1`;
  forgetIndexVersion();
}

export async function cachedIndexVersion(read: () => Promise<number>): Promise<number> {
  const known = slot.wegweiserPublicVersion;
  if (known && Date.now() - known.readAt < PUBLIC_VERSION_MAX_AGE_MS) return known.version;
  const forgotten = slot.wegweiserPublicVersionForgotten;
  const version = await read();
  // A read that began before a save's commit may bring the old version: use it, never keep it.
  if (slot.wegweiserPublicVersionForgotten === forgotten) slot.wegweiserPublicVersion = { version, readAt: Date.now() };
  return version;
}

/**
 * The public version as this process knows it (at most a second old, current after its own saves).
 * Read where the search reads (lib/db/reads.ts), which sees a save once it is committed: on SQLite
 * Prisma's connection is the one a save's transaction runs on, and would show its new version
 * before the save's data reached the search, which would then keep old results under the new
 * version.
 */
export function publicVersion(): Promise<number> {
  return cachedIndexVersion(async () => {
    const [state] = await readRows<{ version: number | bigint }>(
      Prisma.sql`SELECT "version" FROM "SearchState" WHERE "id" = 1`,
    );
    return Number(state?.version ?? 0);
  });
}
