// Folding makes search forgiving of how people type: case, accents, German umlauts written out
// (ä/ae, ß/ss), Arabic and Persian letter variants and vowel marks, Cyrillic ё/е. The same folding
// runs on indexed text and on queries, on both databases.

const germanDigraphs: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", ẞ: "ss" };

// Arabic-script letters that people type interchangeably, mapped to one form.
const arabicVariants: Record<string, string> = {
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ى: "ی",
  ي: "ی",
  ئ: "ی",
  ك: "ک",
  ة: "ه",
  ؤ: "و",
};

const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g; // harakat, tatweel
const JOINERS = /[\u200c\u200d\u00ad]/g; // ZWNJ (Persian), ZWJ, soft hyphen
const COMBINING = /\p{M}/gu;

export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüßẞ]/g, (ch) => germanDigraphs[ch] ?? ch)
    .replace(JOINERS, "")
    .replace(ARABIC_MARKS, "")
    .replace(/[أإآٱىيئكةؤ]/g, (ch) => arabicVariants[ch] ?? ch)
    .replace(/ё/g, "е")
    .normalize("NFKD")
    .replace(COMBINING, "")
    .normalize("NFC");
}

/** Folded words of a text: runs of letters and digits. */
export function tokenize(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

export type TypedWord = { typed: string; folded: string };

/**
 * The words of a text as written (lower case, for stemmers and for saying back what was typed)
 * with their folded forms. A word whose folded form splits or vanishes keeps its first part.
 */
export function typedWords(text: string): TypedWord[] {
  const out: TypedWord[] = [];
  for (const typed of text.replace(JOINERS, "").match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    const folded = tokenize(typed)[0];
    if (folded) out.push({ typed, folded });
  }
  return out;
}

/** A text as it goes into the index: folded words joined by spaces. */
export function indexText(...parts: Array<string | null | undefined>): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .flatMap(tokenize)
    .join(" ");
}
