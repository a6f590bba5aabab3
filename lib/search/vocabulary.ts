// Query words are matched against the index's own vocabulary, so that search forgives what the
// database's full-text engine would not: another form of the word (by its stem: "дозвіл" →
// "дозволу"), a word being typed ("deutsch" → "deutschkurs"), a part of a German compound
// ("kurs" → "sprachkurs") and, when nothing else matches, a typo ("deutschkurz").
//
// Expanding must not change the meaning. A word that the index holds as typed is taken to mean
// itself: it gains only its own forms (same stem) and, in Latin script, the compounds it is part of
// (as the head, "kurs" in "sprachkurse", or beside another known word, "deutsch" + "kurs"), never
// arbitrary longer words ("رياض", gardens, is not "رياضة", sport; "rad" is not "radio"). Only a
// word the index does not hold (a word still being typed, or another spelling) is expanded to the
// words it begins or is part of.
import { distance } from "fastest-levenshtein";
import { isStemKey, scriptOf, STEM } from "./stems";

export type VocabularyEntry = { term: string; docCount: number };

const MAX_EXPANSIONS = 40;
// A Latin-script word followed by at most this many letters is the same word inflected
// ("deutschkurs" → "deutschkurse", "kind" → "kinder").
const INFLECTION = 2;
const MIN_MODIFIER = 3;

export class Vocabulary {
  private readonly sorted: VocabularyEntry[];
  private readonly counts = new Map<string, number>();
  private readonly stems = new Map<string, number>();
  /**
   * Per k (0 to INFLECTION): each word less its last k letters, reversed, then SEP and the word;
   * sorted. A word that ends in `w` plus k letters is found by a binary search for reversed `w`,
   * where looking through all words cost milliseconds per query word at a region's size.
   */
  private readonly endings: string[][];

  constructor(entries: VocabularyEntry[]) {
    const words = entries.filter((e) => !isStemKey(e.term));
    this.sorted = [...words].sort((a, b) => byText(a.term, b.term));
    for (const entry of words) this.counts.set(entry.term, entry.docCount);
    for (const entry of entries) if (isStemKey(entry.term)) this.stems.set(entry.term, entry.docCount);
    this.endings = Array.from({ length: INFLECTION + 1 }, (_, k) =>
      words
        .filter((e) => e.term.length > k)
        .map(({ term }) => `${reversed(term.slice(0, term.length - k))}${SEP}${term}`)
        .sort(),
    );
  }

  /** Offers holding this word or stem key (0 when unknown). */
  count(term: string): number {
    return this.counts.get(term) ?? this.stems.get(term) ?? 0;
  }

  /** Whether the index holds this folded word as it is. */
  has(word: string): boolean {
    return this.counts.has(word);
  }

  get size(): number {
    return this.sorted.length;
  }

  /**
   * Index words and stem keys a folded query word stands for, most frequent first; empty when
   * nothing is close. `stemKeys` are the stems of the word as typed (lib/search/stems.ts).
   */
  expand(word: string, stemKeys: readonly string[] = []): string[] {
    const found = new Set<string>();
    const known = this.counts.has(word);
    if (known) found.add(word);
    for (const key of stemKeys) if (this.stems.has(key)) found.add(key);
    if (known) {
      if (scriptOf(word) === "latin" && word.length >= 4) for (const term of this.compoundsOf(word)) found.add(term);
    } else {
      for (const term of this.withPrefix(word)) found.add(term);
      if (word.length >= 4) for (const entry of this.sorted) if (entry.term.includes(word)) found.add(entry.term);
      if (found.size === 0 && word.length >= 4) {
        for (const term of this.similar(word)) found.add(term);
        for (const key of this.similarStems(stemKeys)) found.add(key);
      }
    }
    return [...found].sort((a, b) => this.count(b) - this.count(a)).slice(0, MAX_EXPANSIONS);
  }

  private *compoundsOf(word: string): Generator<string> {
    // Candidates: words that end in it (less an inflection) or begin with it; the rule below decides.
    const candidates = new Set(this.withPrefix(word));
    const back = reversed(word);
    for (const list of this.endings)
      for (let i = lowerBound(list, back, (e) => e); i < list.length && list[i]!.startsWith(back); i++)
        candidates.add(list[i]!.slice(list[i]!.indexOf(SEP) + 1));
    for (const term of [...candidates].sort(byText)) {
      const at = term.indexOf(word);
      if (at < 0 || term === word) continue;
      const rest = term.slice(at + word.length);
      // The head of a compound follows a modifier of a few letters at least ("sprach" + "kurs").
      if (
        ((at === 0 || at >= MIN_MODIFIER) && rest.length <= INFLECTION) ||
        (at === 0 && rest.length >= 3 && this.counts.has(rest))
      )
        yield term;
    }
  }

  private *withPrefix(prefix: string): Generator<string> {
    for (let i = lowerBound(this.sorted, prefix, (e) => e.term); i < this.sorted.length && this.sorted[i]!.term.startsWith(prefix); i++)
      yield this.sorted[i]!.term;
  }

  /** Words within one edit (two for long words); people rarely mistype the first letter. */
  private similar(word: string): string[] {
    const allowed = word.length >= 8 ? 2 : 1;
    const out: Array<[string, number]> = [];
    for (const entry of this.sorted) {
      const term = entry.term;
      if (term[0] !== word[0] || Math.abs(term.length - word.length) > allowed) continue;
      const d = distance(term, word);
      if (d <= allowed) out.push([term, d]);
    }
    return out.sort((a, b) => a[1] - b[1]).map(([term]) => term);
  }

  /** Stems one edit from the word's own stems: a typo in a word whose other forms the index holds. */
  private similarStems(stemKeys: readonly string[]): string[] {
    const out: string[] = [];
    for (const key of stemKeys) {
      const stem = key.slice(STEM.length);
      if (stem.length < 5) continue;
      for (const known of this.stems.keys()) {
        const other = known.slice(STEM.length);
        if (other[0] === stem[0] && Math.abs(other.length - stem.length) <= 1 && distance(other, stem) <= 1)
          out.push(known);
      }
    }
    return out;
  }
}

// Sorts before every letter, so that a reversed word's entries lie together.
const SEP = "\u0000";
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const reversed = (text: string) => text.split("").reverse().join("");

/** The first index in `list` (sorted by `key`) whose key is not below `value`. */
function lowerBound<T>(list: readonly T[], value: string, key: (item: T) => string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(list[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
