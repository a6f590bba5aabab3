import "server-only";
// Turns what a person typed into index words, using the vocabulary of the current index. The
// vocabulary is reloaded whenever the index has changed (SearchState.version), so every server
// process stays in step with writes made by any other.
import { db } from "../db";
import type { ExpandedQuery } from "./engine";
import { tokenize } from "./normalize";
import { publicVersion } from "./version";
import { Vocabulary } from "./vocabulary";

let cached: { version: number; vocabulary: Vocabulary } | null = null;

export const searchIndexVersion = publicVersion;

async function vocabulary(version: number): Promise<Vocabulary> {
  if (cached?.version !== version) {
    const entries = await db.searchTerm.findMany({ select: { term: true, docCount: true } });
    cached = { version, vocabulary: new Vocabulary(entries) };
  }
  return cached.vocabulary;
}

export type ParsedQuery = { expanded: ExpandedQuery; unmatched: string[] };

// A query of many words is more likely a pasted sentence than a search: keep the first few.
const MAX_WORDS = 8;

export async function parseQuery(text: string, version: number): Promise<ParsedQuery> {
  const words = [...new Set(tokenize(text))].slice(0, MAX_WORDS);
  const vocab = await vocabulary(version);
  const expanded: ExpandedQuery = [];
  const unmatched: string[] = [];
  for (const word of words) {
    const alternatives = vocab.expand(word);
    if (alternatives.length) expanded.push(alternatives);
    else unmatched.push(word);
  }
  return { expanded, unmatched };
}
