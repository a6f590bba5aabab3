// The glossary applied to every machine translation. Terms a provider must not touch (programme
// names, KOMM-AN, KIM) and terms with one fixed rendering per language ("Ausländerbehörde") are
// taken out of the text before it is sent and put back afterwards: each occurrence becomes an
// empty XML element <x id="n"/>, which both LibreTranslate (format "html") and DeepL (tag_handling
// "xml") carry through unchanged while they translate and reorder the words around it.
import type { Locale } from "../../i18n/locales";

export type GlossaryTerm = { source: string; locale: string; target: string };

/** A text ready for a provider, and how to turn the provider's answer back into plain text. */
export type Protected = { markup: string; restore: (translated: string) => string };

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, "&");
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The renderings that apply to one target language: an entry for the language itself wins over
 * one for every language ("*") of the same term.
 */
export function termsFor(entries: readonly GlossaryTerm[], locale: Locale): Map<string, string> {
  const terms = new Map<string, string>();
  for (const entry of entries) if (entry.locale === "*" && entry.source.trim()) terms.set(entry.source.trim(), entry.target.trim());
  for (const entry of entries) if (entry.locale === locale && entry.source.trim()) terms.set(entry.source.trim(), entry.target.trim());
  return terms;
}

/**
 * Replaces every whole-word occurrence of a glossary term (longest first, so that
 * "Kommunales Integrationszentrum Aachen" is not split by a shorter entry) with a placeholder.
 */
export function protect(text: string, terms: ReadonlyMap<string, string>): Protected {
  const sources = [...terms.keys()].sort((a, b) => b.length - a.length);
  const found: string[] = [];
  let markup = escapeXml(text);
  if (sources.length > 0) {
    // A term is a whole word: "KIM" must not match inside "Kimono". Unicode letters and digits
    // count as word characters, so that "Kita" is not found inside "Kitaplatz".
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.map((s) => escapeRegExp(escapeXml(s))).join("|")})(?![\\p{L}\\p{N}])`, "gu");
    markup = markup.replace(pattern, (match) => {
      found.push(terms.get(unescapeXml(match)) ?? unescapeXml(match));
      return `<x id="${found.length - 1}"/>`;
    });
  }
  const restore = (translated: string) =>
    unescapeXml(
      translated
        // A provider may write the empty element out as a pair, or add spaces inside the tag.
        .replace(/<x\s+id\s*=\s*["'](\d+)["']\s*\/?>(?:\s*<\/x>)?/g, (_, n: string) => `\u0000${n}\u0000`)
        .replace(/<\/?x\b[^>]*>/g, ""),
    ).replace(/\u0000(\d+)\u0000/g, (_, n: string) => found[Number(n)] ?? "");
  return { markup, restore };
}
