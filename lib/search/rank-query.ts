import "server-only";
// Ranks a parsed query. A query whose phrase names a concept is read twice: word by word, where
// the texts hold its words as written, and as the concept; the first reading ranks first.
import { byScore, rankWords, type FilterGroups, type Ranked } from "./postings";
import type { ParsedQuery } from "./query";

type Options = Parameters<typeof rankWords>[2];

export async function rankQuery(query: ParsedQuery, groups: FilterGroups, options: Options) {
  const meant = await rankWords(query.words, groups, options);
  if (!query.literal) return meant;
  const literal = await rankWords(query.literal, groups, options);
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
