import "server-only";
// Turns what a person typed into index keys, using the vocabulary of the current index and the
// concepts (lib/search/concepts.ts). Both are reloaded whenever what visitors see has changed
// (SearchState.version): a synonym added in the back office raises it like any other save, so
// every server process stays in step with writes made by any other.
import { db } from "../db";
import { ConceptLexicon } from "./concepts";
import { filterKey, isWord } from "./documents";
import { typedWords, type TypedWord } from "./normalize";
import { queryStemKeys } from "./stems";
import { publicVersion } from "./version";
import { Vocabulary } from "./vocabulary";

type Loaded = { version: number; vocabulary: Vocabulary; facets: Map<string, number>; concepts: ConceptLexicon };
let cached: Loaded | null = null;

export const searchIndexVersion = publicVersion;

async function load(version: number): Promise<Loaded> {
  if (cached?.version !== version) {
    const [entries, names, synonyms] = await Promise.all([
      db.searchTerm.findMany({ select: { term: true, docCount: true } }),
      db.taxonomyTermTranslation.findMany({ select: { termId: true, name: true } }),
      db.searchSynonym.findMany({ select: { termId: true, word: true } }),
    ]);
    cached = {
      version,
      vocabulary: new Vocabulary(entries.filter((e) => isWord(e.term))),
      facets: new Map(entries.filter((e) => !isWord(e.term)).map((e) => [e.term, e.docCount])),
      concepts: new ConceptLexicon([
        ...names.map((n) => ({ termId: n.termId, text: n.name, name: true })),
        ...synonyms.map((s) => ({ termId: s.termId, text: s.word, name: false })),
      ]),
    };
  }
  return cached;
}

/** Public offers per filter key ("term:<id>", "language:ar", …), as the indexer keeps them. */
export async function facetCounts(version: number): Promise<Map<string, number>> {
  return (await load(version)).facets;
}

/**
 * A query word (or a phrase naming a concept), the index keys it stands for (words, stem keys,
 * "term:<id>" of the concepts it names), and how many offers hold any of them at most.
 */
export type QueryWord = {
  word: string;
  alternatives: string[];
  offers: number;
  /** offers per alternative */
  counts: ReadonlyMap<string, number>;
  /** what a posting of an alternative is worth, times its weight, when not the default */
  factors: ReadonlyMap<string, number>;
};
/**
 * `unmatched` as typed; `concepts`: taxonomy term ids the query names. When a phrase named a
 * concept, `literal` is the same query read word by word (when every word is known): texts that
 * hold the phrase's words rank first ("дозвіл на проживання" as written), then the concept's offers.
 */
export type ParsedQuery = { words: QueryWord[]; unmatched: string[]; concepts: string[]; literal?: QueryWord[] };

// A query of many words is more likely a pasted sentence than a search: keep the first few.
const MAX_WORDS = 8;
// A concept's other words (its synonyms in every language) find texts that hold them, below the
// words typed and their forms: "حضانة" ranks the German "Kita" offers first among its concept's.
const SYNONYM = 0.35;
const MAX_SYNONYMS = 8;
const MIN_COMPOUND_SYNONYM = 6;

export async function parseQuery(text: string, version: number): Promise<ParsedQuery> {
  const seen = new Set<string>();
  const typed = typedWords(text)
    .filter((w) => !seen.has(w.folded) && seen.add(w.folded))
    .slice(0, MAX_WORDS);
  const { vocabulary, facets, concepts } = await load(version);
  const termKeys = (ids: readonly string[]) => ids.map(filterKey.term).filter((key) => (facets.get(key) ?? 0) > 0);
  const textKeys = (w: TypedWord) => vocabulary.expand(w.folded, queryStemKeys(w.typed));
  // Only a long synonym stands for the compounds it heads ("fussball" → "jugendfussball"): a short
  // one would pull in words that merely contain it ("rent" → "parents").
  const synonymKeys = (w: TypedWord) => (w.folded.length >= MIN_COMPOUND_SYNONYM ? textKeys(w) : exactKeys(w));
  const exactKeys = (w: TypedWord) => [w.folded, ...queryStemKeys(w.typed)].filter((key) => vocabulary.count(key) > 0);
  const wordOf = (label: string, keys: readonly string[], termIds: readonly string[] = []): QueryWord => {
    const own = new Set(keys);
    const synonyms = concepts
      .synonymsOf(termIds)
      .filter((w) => w.folded !== label && vocabulary.has(w.folded))
      .slice(0, MAX_SYNONYMS)
      .flatMap(synonymKeys)
      .filter((key) => !own.has(key));
    const alternatives = [...new Set([...own, ...synonyms, ...termKeys(termIds)])];
    // Maps, not objects keyed by the words: every query would make objects of a new shape, and the
    // ranking's compiled code would be thrown away and compiled again for each (while it serves).
    const counts = new Map(alternatives.map((k) => [k, vocabulary.count(k) || (facets.get(k) ?? 0)]));
    const offers = [...counts.values()].reduce((sum, n) => sum + n, 0);
    const factors = new Map(synonyms.map((key) => [key, SYNONYM]));
    return { word: label, alternatives, offers, counts, factors };
  };

  const parsed: QueryWord[] = [];
  const unmatched: string[] = [];
  const named = new Set<string>();
  const phrases = concepts.phrasesIn(typed);
  const inPhrase = new Set(phrases.flatMap((p) => Array.from({ length: p.end - p.start }, (_, i) => p.start + i)));
  // A phrase naming a concept is one unit: its offers, and the texts holding its synonyms, never
  // its words one by one ("رياض الأطفال" means kindergartens; "الأطفال" alone finds sport for children).
  for (const phrase of phrases) {
    const words = typed.slice(phrase.start, phrase.end);
    phrase.termIds.forEach((id) => named.add(id));
    parsed.push(wordOf(words.map((w) => w.folded).join(" "), [], phrase.termIds));
  }
  const literal: QueryWord[] = [];
  let literalComplete = phrases.length > 0;
  typed.forEach((w, i) => {
    const ids = inPhrase.has(i) ? [] : concepts.termsOf(w);
    ids.forEach((id) => named.add(id));
    // A word of a recognised phrase is complete, not being typed: as written or in another form only.
    const word = inPhrase.has(i) ? wordOf(w.folded, exactKeys(w)) : wordOf(w.folded, textKeys(w), ids);
    if (inPhrase.has(i)) {
      if (word.alternatives.length > 0) literal.push(word);
      else literalComplete = false;
      return;
    }
    if (word.alternatives.length > 0) {
      parsed.push(word);
      literal.push(word);
    } else unmatched.push(w.typed);
  });
  return { words: parsed, unmatched, concepts: [...named], ...(literalComplete ? { literal } : {}) };
}
