// Lists of ids go to the database in chunks. Prisma checks the bound parameters of each query
// against its own limit (999 on SQLite, 32,766 on PostgreSQL) and raises P2029 above it: a plain
// `id in (…)` it splits by itself, but one joined with any other condition, a count, an update or
// a delete it does not. Every query over a list of ids that can grow with the catalogue, a file or
// a request goes through the helpers below; 500 leaves room for the other conditions' parameters.
export const ID_CHUNK = 500;

export function chunked<T>(list: readonly T[], size = ID_CHUNK): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}

/** Loads by ids, one chunk after the other (inside a transaction they share one connection). */
export async function loadInChunks<T, Id = string>(
  ids: readonly Id[],
  load: (chunk: Id[]) => Promise<T[]>,
): Promise<T[]> {
  const out: T[] = [];
  for (const chunk of chunked(ids)) out.push(...(await load(chunk)));
  return out;
}

/** Counts by ids: the sum over the chunks (the ids must be distinct). */
export async function countInChunks<Id = string>(
  ids: readonly Id[],
  count: (chunk: Id[]) => Promise<number>,
): Promise<number> {
  let total = 0;
  for (const chunk of chunked([...new Set(ids)])) total += await count(chunk);
  return total;
}

/** Writes (updates, deletes, reindexing) by ids, one chunk after the other. */
export async function inChunks<Id = string>(
  ids: readonly Id[],
  write: (chunk: Id[]) => Promise<unknown>,
): Promise<void> {
  for (const chunk of chunked(ids)) await write(chunk);
}
