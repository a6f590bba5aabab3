// The search index's version, read from the database at most once a second per process; a write
// made by this process forgets it at once, so its own edits show immediately everywhere here and
// within a second in every other process.
let known: { version: number; readAt: number } | null = null;
const MAX_AGE_MS = 1000;

export function forgetIndexVersion() {
  known = null;
}

export async function cachedIndexVersion(read: () => Promise<number>): Promise<number> {
  if (known && Date.now() - known.readAt < MAX_AGE_MS) return known.version;
  const version = await read();
  known = { version, readAt: Date.now() };
  return version;
}
