// How two names are compared when looking for twins. Partners type the same association in many
// ways ("Brücke Aachen-Damaskus e.V.", "Brücke Aachen–Damaskus e. V.", "BRUECKE AACHEN DAMASKUS"):
// the key folds what does not tell organisations apart (case, dashes and other punctuation,
// umlauts and accents, the legal form) and the score measures what is left.
import { distance } from "fastest-levenshtein";

// German spells umlauts out where a keyboard or a register has none: "Brücke" and "Bruecke" are one.
const spelledOut: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

// Legal forms say how an organisation is constituted, not which one it is. Matched as whole words
// after punctuation became spaces, so "e. V." and "e.V." both arrive as "e v".
const legalForm = /(?:^| )(?:e v|ev|gemeinnuetzige|gemeinnuetziger|g?gmbh|mbh|gbr|ug|ag|eg|kg|ggbr|ek)(?= |$)/g;

/** A name folded for comparison: lower case, umlauts spelled out, accents, punctuation and legal form gone. */
export function nameKey(name: string): string {
  const folded = name
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => spelledOut[c]!)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    // Every dash (-, –, —), dot, quote, ampersand and slash separates words.
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return folded.replace(legalForm, " ").replace(/\s+/g, " ").trim() || folded;
}

/**
 * The first letters of a key, spaces left out: twins are looked for among the organisations that
 * share it, a bounded set however large the directory grows. Long enough to keep "Kita …" and
 * "Kirche …" apart, short enough that a typo late in a long name still meets its twin.
 */
export function nameBlock(key: string): string {
  return key.replace(/ /g, "").slice(0, 6);
}

/** What an organisation stores of its name for twin lookups. */
export function organisationNameKeys(name: string) {
  const key = nameKey(name);
  return { nameKey: key, nameBlock: nameBlock(key) };
}

const sortedWords = (key: string) => key.split(" ").sort().join(" ");

function ratio(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

// Numbers tell records apart however close the rest is: "Kita 3" is not "Kita 4", nor "Forum 2025" "Forum 2026".
const numbered = (key: string) =>
  key
    .split(" ")
    .filter((w) => /\d/.test(w))
    .sort()
    .join(" ");

/**
 * 1 for the same key, towards 0 the more edits it takes; words in another order count as the same,
 * words with digits must be the same.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (numbered(a) !== numbered(b)) return 0;
  return Math.max(ratio(a, b), ratio(sortedWords(a), sortedWords(b)));
}

/** From this score on two organisation names are shown as likely the same organisation. */
export const ORGANISATION_TWIN = 0.85;
/**
 * Offer titles of one provider count as twins only when their keys are the same: one provider runs
 * courses a single character apart ("Deutsch A1", "Deutsch A2").
 */
export const OFFER_TWIN = 1;
