import "server-only";
// Ranks a parsed query. A query whose phrase names a concept is read twice: word by word, where
// the texts hold its words as written, and as the concept; the first reading ranks first.
import { byScore, mostCounted, rankWords, runningHolders, type FilterGroups, type Ranked } from "./postings";
import type { ParsedQuery, QueryWord } from "./query";

type Options = Parameters<typeof rankWords>[2] & {
  /** Read at least this many matches, so that the count is exact below it (and the same on every page). */
  exactUpTo?: number;
  /** Counts stop here ("1000+"). */
  countLimit?: number;
};

export async function rankQuery(
  query: ParsedQuery,
  groups: FilterGroups,
  { need = Infinity, exactUpTo = 0, countLimit = Infinity, ...options }: Options,
) {
  const exact = Math.max(need, exactUpTo);
  // Each key counted once a query, among the offers still running, as far as counts go.
  const counted = new Map<string, Promise<number>>();
  const running = Number.isFinite(countLimit)
    ? (key: string) => counted.get(key) ?? counted.set(key, runningHolders(key, countLimit)).get(key)!
    : undefined;
  const reading = { ...options, running };
  // A word that more offers hold than are ever counted says "1000+" however deep it is read: it
  // needs only the best offers the page shows ("beratung" read the best postings of ten compounds
  // 300 deep for a page of 20). Matches read word by word come first; the best `need` of the
  // concept's reading still hold every one of its offers the page can show after them.
  const broad =
    Number.isFinite(need) &&
    need < exact &&
    running !== undefined &&
    (await countsPast(query.words, countLimit, running));
  const meantNeed = broad ? need : exact;
  const meant = await rankWords(query.words, groups, { ...reading, need: meantNeed });
  if (!query.literal) return meant;
  const literal = await rankWords(query.literal, groups, { ...reading, need: exact });
  if (literal.ranked.length === 0) return meant;
  const first = new Set(literal.ranked.map((r) => r.id));
  // Scores of the two readings are not comparable: the literal matches come first, as a block.
  const top = Math.max(0, ...meant.ranked.map((r) => r.score));
  const ranked: Ranked[] = [
    ...literal.ranked.map((r) => ({ ...r, score: r.score + top + 1 })),
    ...meant.ranked.filter((r) => !first.has(r.id)),
  ].sort(byScore);
  return {
    ranked,
    complete: meant.complete && literal.complete,
    atLeast: Math.max(meant.atLeast, literal.atLeast, ranked.length),
  };
}

/**
 * Whether a word alone certainly matches at least `limit` offers: the key the vocabulary counts
 * most offers for does, among the offers still running.
 */
async function countsPast(
  words: readonly QueryWord[],
  limit: number,
  running: (key: string) => Promise<number>,
): Promise<boolean> {
  if (words.length !== 1) return false;
  const [key, count] = mostCounted(words[0]!);
  return count >= limit && (await running(key)) >= limit;
}
