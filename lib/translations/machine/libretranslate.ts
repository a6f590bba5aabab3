// LibreTranslate and servers compatible with it (a city can run its own): POST {url}/translate with
// q (a list of texts), source, target, format and api_key; the answer's translatedText is a list in
// the same order. Format "html" keeps the glossary's placeholder elements.
import { postJson, ProviderError, type MachineTranslator } from "./provider";

export function libreTranslate(baseUrl: string, apiKey?: string): MachineTranslator {
  const url = new URL("translate", baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`).toString();
  return {
    name: "LibreTranslate",
    async translate(markup, target) {
      if (markup.length === 0) return [];
      const answer = await postJson("LibreTranslate", url, {
        q: markup,
        source: "de",
        target,
        format: "html",
        ...(apiKey ? { api_key: apiKey } : {}),
      });
      const texts = (answer as { translatedText?: unknown }).translatedText;
      if (!Array.isArray(texts) || texts.length !== markup.length || !texts.every((t) => typeof t === "string"))
        throw new ProviderError("LibreTranslate", "answered without one translatedText per text");
      return texts as string[];
    },
  };
}
