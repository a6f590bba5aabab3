// Word forms: "дозволу" and "дозволи" are forms of one word, "Deutschkurse" of "Deutschkurs".
// Snowball stemmers from @orama/stemmers (kept by the Orama search engine, no dependencies, one
// module per language, German, English, Turkish, Russian, Ukrainian and Arabic among them) reduce a
// word as written to a stem; the index holds each stem as a key ("~" + folded stem) beside the
// folded words, and a query word finds the offers holding one of its stems. The stemmers see words
// before folding, since folding drops what they read (й, ї, ş, ة). A word's language is not known
// (a query may be typed in any of the seven, an offer's text quotes other languages), so every
// stemmer of the word's script is applied. Persian has no Snowball stemmer: Persian words take the
// Arabic one, which removes the plural endings the two share (ان, ات).
import { stemmer as arabic } from "@orama/stemmers/arabic";
import { stemmer as english } from "@orama/stemmers/english";
import { stemmer as german } from "@orama/stemmers/german";
import { stemmer as russian } from "@orama/stemmers/russian";
import { stemmer as turkish } from "@orama/stemmers/turkish";
import { stemmer as ukrainian } from "@orama/stemmers/ukrainian";
import { foldText } from "./normalize";

export type Script = "latin" | "cyrillic" | "arabic" | "other";

export function scriptOf(word: string): Script {
  if (/[\u0600-\u06ff]/.test(word)) return "arabic";
  if (/[\u0400-\u04ff]/.test(word)) return "cyrillic";
  if (/\p{Script=Latin}/u.test(word)) return "latin";
  return "other";
}

/**
 * The Arabic stemmer removes a final ة, which marks a different noun as often as a form of the same
 * one: رياض (gardens, as in رياض الأطفال, kindergartens) is not رياضة (sport). The stem keeps it.
 */
function arabicStem(word: string): string {
  const stem = foldText(arabic(word));
  return foldText(word).endsWith("ه") && !stem.endsWith("ه") ? `${stem}ه` : stem;
}

const latin = (stem: (word: string) => string) => (word: string) => foldText(stem(word));
const stemmers: Record<Script, Array<(word: string) => string>> = {
  latin: [latin(german), latin(english), latin(turkish)],
  cyrillic: [latin(russian), latin(ukrainian)],
  arabic: [arabicStem],
  other: [],
};

const byLocale: Record<string, (word: string) => string> = {
  de: latin(german),
  en: latin(english),
  tr: latin(turkish),
  ru: latin(russian),
  uk: latin(ukrainian),
  ar: arabicStem,
  fa: arabicStem,
};

const localeScript: Record<string, Script> = {
  de: "latin",
  en: "latin",
  tr: "latin",
  ru: "cyrillic",
  uk: "cyrillic",
  ar: "arabic",
  fa: "arabic",
};

/** The prefix of index keys that hold stems; no folded word contains it. */
export const STEM = "~";
export const isStemKey = (key: string) => key.startsWith(STEM);

// Shorter stems say too little about the word (many unrelated words share them).
const MIN_STEM = 3;
const memo = new Map<string, readonly string[]>();
const MEMO_LIMIT = 100_000;

/**
 * Stem keys of a word as written (lower case): by the stemmer of `locale` when the word is in that
 * locale's script (an offer's text), else by every stemmer of its script (a query, a name).
 */
export function stemKeys(typed: string, locale?: string): readonly string[] {
  const word = typed.toLowerCase();
  const script = scriptOf(word);
  const own = locale ? byLocale[locale] : undefined;
  const fits = own !== undefined && localeScript[locale!] === script;
  const memoKey = fits ? `${locale}|${word}` : word;
  const known = memo.get(memoKey);
  if (known) return known;
  const stems = fits ? [own(word)] : stemmers[script].map((stem) => stem(word));
  const keys = [...new Set(stems.filter((stem) => stem.length >= MIN_STEM))].map((stem) => STEM + stem);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(memoKey, keys);
  return keys;
}

/**
 * Stem keys a query word may stand for besides its own: in Ukrainian a closed last syllable turns
 * о and е into і (дозвіл, дозволу), and in both Russian and Ukrainian a last о or е comes and goes
 * (садок, садка). The stemmers keep these apart; a query tries the other stems too.
 */
export function queryStemKeys(typed: string): string[] {
  const word = typed.toLowerCase();
  const own = stemKeys(word);
  if (scriptOf(word) !== "cyrillic") return [...own];
  const variants = new Set(own);
  for (const key of own) {
    const stem = key.slice(STEM.length);
    const i = stem.lastIndexOf("і");
    if (i > 0 && i >= stem.length - 3)
      for (const v of ["о", "е"]) variants.add(STEM + stem.slice(0, i) + v + stem.slice(i + 1));
    const last = stem.length - 2;
    if (last > 1 && /[ое]/.test(stem[last]!) && !/[аеєиіїоуюяыэ]/.test(stem[last + 1]!))
      variants.add(STEM + stem.slice(0, last) + stem.slice(last + 1));
  }
  return [...variants];
}
