import "server-only";
// Turns what a person typed into index words, using the vocabulary of the current index. The
// vocabulary is reloaded whenever the index has changed (SearchState.version), so every server
// process stays in step with writes made by any other.
import { db } from "../db";
import { isWord } from "./documents";
import { tokenize } from "./normalize";
import { publicVersion } from "./version";
import { Vocabulary } from "./vocabulary";

let cached: { version: number; vocabulary: Vocabulary; facets: Map<string, number> } | null = null;

export const searchIndexVersion = publicVersion;

async function load(version: number) {
  if (cached?.version !== version) {
    const entries = await db.searchTerm.findMany({ select: { term: true, docCount: true } });
    cached = {
      version,
      vocabulary: new Vocabulary(entries.filter((e) => isWord(e.term))),
      facets: new Map(entries.filter((e) => !isWord(e.term)).map((e) => [e.term, e.docCount])),
    };
  }
  return cached;
}

/** Public offers per filter key ("term:<id>", "language:ar", …), as the indexer keeps them. */
export async function facetCounts(version: number): Promise<Map<string, number>> {
  return (await load(version)).facets;
}

/** A query word, the index words it stands for, and how many offers hold any of them at most. */
export type QueryWord = { word: string; alternatives: string[]; offers: number; counts: Record<string, number> };
export type ParsedQuery = { words: QueryWord[]; unmatched: string[] };

// A query of many words is more likely a pasted sentence than a search: keep the first few.
const MAX_WORDS = 8;

export async function parseQuery(text: string, version: number): Promise<ParsedQuery> {
  const words = [...new Set(tokenize(text))].slice(0, MAX_WORDS);
  const vocab = (await load(version)).vocabulary;
  const parsed: QueryWord[] = [];
  const unmatched: string[] = [];
  for (const word of words) {
    const alternatives = vocab.expand(word);
    const offers = alternatives.reduce((sum, term) => sum + vocab.count(term), 0);
    const counts = Object.fromEntries(alternatives.map((term) => [term, vocab.count(term)]));
    if (alternatives.length) parsed.push({ word, alternatives, offers, counts });
    else unmatched.push(word);
  }
  return { words: parsed, unmatched };
}
