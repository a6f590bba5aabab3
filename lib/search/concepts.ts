// Concepts: a query word in any language can stand for a category or audience. The names of the
// taxonomy terms in all seven locales and the synonyms coordinators keep (SearchSynonym: "Kita",
// "Kindergarten", "садочок", "حضانة", "مهد کودک" …) are matched against the query, word by word and
// as phrases; a match adds the term's "term:<id>" postings to what the words find, so that a word
// finds the offers of its concept even where no text holds it.
import { typedWords, type TypedWord } from "./normalize";
import { queryStemKeys, stemKeys } from "./stems";

export type ConceptSource = { termId: string; text: string; /** a name's words count alone too */ name: boolean };

/** A word as phrases are matched: as written (folded) and by its stems. */
type Form = { folded: string; stems: readonly string[] };
type Entry = { forms: Form[]; termIds: Set<string> };
export type ConceptMatch = { start: number; end: number; termIds: string[] };

// Words of a multi-word name this short are joiners ("und", "and", "та", "ve", "و").
const MIN_NAME_WORD = 4;

const formOf = (word: TypedWord): Form => ({ folded: word.folded, stems: stemKeys(word.typed) });
const sameWord = (a: Form, b: Form) => a.folded === b.folded || a.stems.some((key) => b.stems.includes(key));

export class ConceptLexicon {
  private readonly phrases: Entry[] = [];
  private readonly singles = new Map<string, Set<string>>();
  private readonly stems = new Map<string, Set<string>>();
  private readonly synonymWords = new Map<string, TypedWord[]>();

  constructor(sources: readonly ConceptSource[]) {
    const phrases = new Map<string, Entry>();
    for (const { termId, text, name } of sources) {
      const words = typedWords(text);
      if (words.length === 0) continue;
      if (!name && words.length === 1)
        this.synonymWords.set(termId, [...(this.synonymWords.get(termId) ?? []), words[0]!]);
      if (words.length === 1 || name) {
        for (const word of words.length === 1 ? words : words.filter((w) => w.folded.length >= MIN_NAME_WORD))
          this.addSingle(word, termId);
      }
      if (words.length > 1) {
        const key = words.map((w) => w.folded).join(" ");
        const entry = phrases.get(key) ?? { forms: words.map(formOf), termIds: new Set<string>() };
        entry.termIds.add(termId);
        phrases.set(key, entry);
      }
    }
    // Longest phrases first, so "رياض الأطفال" wins over its parts.
    this.phrases = [...phrases.values()].sort((a, b) => b.forms.length - a.forms.length);
  }

  private addSingle(word: TypedWord, termId: string) {
    const add = (map: Map<string, Set<string>>, key: string) => map.set(key, (map.get(key) ?? new Set()).add(termId));
    add(this.singles, word.folded);
    // Both sides with their variants: "садочки" (садочк) names what "садочок" (садочок, садочк) does.
    for (const key of queryStemKeys(word.typed)) add(this.stems, key);
  }

  /** Terms one query word names: as written (folded) or by a shared stem. */
  termsOf(word: TypedWord): string[] {
    const ids = new Set(this.singles.get(word.folded) ?? []);
    for (const key of queryStemKeys(word.typed)) for (const id of this.stems.get(key) ?? []) ids.add(id);
    return [...ids];
  }

  /** The one-word synonyms of these terms, in every language: other words for the same thing. */
  synonymsOf(termIds: readonly string[]): TypedWord[] {
    return termIds.flatMap((id) => this.synonymWords.get(id) ?? []);
  }

  /** Phrases of the lexicon found in the query, as spans of words that do not overlap. */
  phrasesIn(words: readonly TypedWord[]): ConceptMatch[] {
    const forms = words.map(formOf);
    const folded = new Set(forms.map((form) => form.folded));
    const stems = new Set(forms.flatMap((form) => form.stems));
    const taken = forms.map(() => false);
    const out: ConceptMatch[] = [];
    for (const entry of this.phrases) {
      // Most phrases share no word with the query: their first word says so at once.
      const head = entry.forms[0]!;
      if (!folded.has(head.folded) && !head.stems.some((key) => stems.has(key))) continue;
      const n = entry.forms.length;
      for (let start = 0; start + n <= forms.length; start++) {
        if (!fits(forms, start, entry.forms, taken)) continue;
        for (let i = start; i < start + n; i++) taken[i] = true;
        out.push({ start, end: start + n, termIds: [...entry.termIds] });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }
}

/** Whether the phrase `phrase` is the query's words from `start` on, none of them taken yet. */
function fits(forms: readonly Form[], start: number, phrase: readonly Form[], taken: readonly boolean[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (taken[start + k]) return false;
  for (let k = 0; k < phrase.length; k++) if (!sameWord(forms[start + k]!, phrase[k]!)) return false;
  return true;
}
