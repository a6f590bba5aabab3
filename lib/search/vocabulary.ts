// Query words are matched against the index's own vocabulary, so that search forgives what the
// database's full-text engine would not: a prefix ("deutsch" → "deutschkurs"), a part of a German
// compound ("kurs" → "sprachkurs") and, when nothing else matches, a typo ("deutschkurz").
import { distance } from "fastest-levenshtein";

export type VocabularyEntry = { term: string; docCount: number };

const MAX_EXPANSIONS = 40;

export class Vocabulary {
  private readonly sorted: VocabularyEntry[];
  private readonly counts = new Map<string, number>();

  constructor(entries: VocabularyEntry[]) {
    this.sorted = [...entries].sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    for (const entry of entries) this.counts.set(entry.term, entry.docCount);
  }

  /** Offers holding this word (0 when unknown). */
  count(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  get size(): number {
    return this.sorted.length;
  }

  /** Index words a query word stands for, most frequent first; empty when nothing is close. */
  expand(word: string): string[] {
    const found = new Set<string>();
    if (this.counts.has(word)) found.add(word);
    for (const term of this.withPrefix(word)) found.add(term);
    if (word.length >= 4) for (const entry of this.sorted) if (entry.term.includes(word)) found.add(entry.term);
    if (found.size === 0 && word.length >= 4) for (const term of this.similar(word)) found.add(term);
    return [...found].sort((a, b) => (this.counts.get(b) ?? 0) - (this.counts.get(a) ?? 0)).slice(0, MAX_EXPANSIONS);
  }

  private *withPrefix(prefix: string): Generator<string> {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]!.term < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted.length && this.sorted[i]!.term.startsWith(prefix); i++) yield this.sorted[i]!.term;
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
}
