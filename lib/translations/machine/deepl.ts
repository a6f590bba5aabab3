// DeepL API v2: POST {base}/v2/translate with the key in the Authorization header ("DeepL-Auth-Key
// …"), text as a list, source_lang DE and target_lang in DeepL's codes. Keys of the free plan end
// in ":fx" and belong to api-free.deepl.com, the others to api.deepl.com; MT_URL overrides both.
// tag_handling "xml" keeps the glossary's placeholder elements where they belong in the sentence.
import type { TranslationTarget } from "../status";
import { postJson, ProviderError, type MachineTranslator } from "./provider";

// DeepL wants a variant for English; Farsi ("FA") is among its newer target languages, so a plan
// or endpoint without it answers 400 and the texts stay for a person to translate.
export const deeplCodes: Record<TranslationTarget, string> = {
  en: "EN-GB",
  ar: "AR",
  fa: "FA",
  uk: "UK",
  ru: "RU",
  tr: "TR",
};

export function deeplBaseUrl(apiKey: string, override?: string): string {
  if (override) return override.replace(/\/+$/, "");
  return apiKey.endsWith(":fx") ? "https://api-free.deepl.com" : "https://api.deepl.com";
}

export function deepl(apiKey: string, baseUrl?: string): MachineTranslator {
  const url = `${deeplBaseUrl(apiKey, baseUrl)}/v2/translate`;
  return {
    name: "DeepL",
    async translate(markup, target) {
      if (markup.length === 0) return [];
      const answer = await postJson(
        "DeepL",
        url,
        { text: markup, source_lang: "DE", target_lang: deeplCodes[target], tag_handling: "xml" },
        { authorization: `DeepL-Auth-Key ${apiKey}` },
      );
      const translations = (answer as { translations?: unknown }).translations;
      if (!Array.isArray(translations) || translations.length !== markup.length)
        throw new ProviderError("DeepL", "answered without one translation per text");
      return translations.map((t) => {
        const text = (t as { text?: unknown }).text;
        if (typeof text !== "string") throw new ProviderError("DeepL", "answered a translation without text");
        return text;
      });
    },
  };
}
