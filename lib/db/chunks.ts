// Lists of ids go to the database in chunks: Prisma raises P2029 when one query binds more
// parameters than it allows (on some paths from about 1,000 ids in one `in` list), well below
// what SQLite (32,766) and PostgreSQL (65,535) would take.
export const ID_CHUNK = 500;

export function chunked<T>(list: readonly T[], size = ID_CHUNK): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}

/** Loads by ids, one chunk after the other (inside a transaction they share one connection). */
export async function loadInChunks<T>(ids: readonly string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (const chunk of chunked(ids)) out.push(...(await load(chunk)));
  return out;
}
