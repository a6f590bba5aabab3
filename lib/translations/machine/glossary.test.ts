import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTranslationServer, type StandIn } from "@/tests/support/translation-server";
import { deepl, deeplBaseUrl } from "./deepl";
import { protect, termsFor, type GlossaryTerm } from "./glossary";
import { libreTranslate } from "./libretranslate";
import type { MachineTranslator } from "./provider";
import { translateRecords } from "./translate-texts";

// A provider that rewrites every word it is given (as a real one would) but, like LibreTranslate's
// html format and DeepL's xml tag handling, leaves elements alone; it also moves the placeholder
// to the end of the sentence, as a translation into another word order does.
const mangling: MachineTranslator = {
  name: "mangling",
  async translate(markup) {
    return markup.map((text) => {
      const tags = text.match(/<x id="\d+"\/>/g) ?? [];
      const words = text.replace(/<x id="\d+"\/>/g, "").replace(/[\p{L}-]+/gu, (w) => `~${w.toLowerCase()}~`);
      return `${words} ${tags.join(" ")}`;
    });
  },
};

const glossary: GlossaryTerm[] = [
  { source: "Griffbereit", locale: "*", target: "Griffbereit" },
  { source: "KOMM-AN", locale: "*", target: "KOMM-AN" },
  { source: "KIM", locale: "*", target: "KIM" },
  { source: "Ausländerbehörde", locale: "*", target: "Ausländerbehörde" },
  { source: "Ausländerbehörde", locale: "en", target: "Immigration Office (Ausländerbehörde)" },
  { source: "Kommunales Integrationszentrum", locale: "*", target: "Kommunales Integrationszentrum" },
];

describe("the glossary", () => {
  it("keeps a term the provider would otherwise translate", async () => {
    const [out] = await translateRecords(mangling, glossary, "fa", [{ title: "Griffbereit für Eltern" }]);
    expect(out!.title).toContain("Griffbereit");
    expect(out!.title).not.toContain("~griffbereit~");
    expect(out!.title).toContain("~eltern~");
  });

  it("renders a term the one fixed way for the language, over the rule for every language", async () => {
    const [en, ar] = await Promise.all([
      translateRecords(mangling, glossary, "en", [{ summary: "Termin bei der Ausländerbehörde" }]),
      translateRecords(mangling, glossary, "ar", [{ summary: "Termin bei der Ausländerbehörde" }]),
    ]);
    expect(en[0]!.summary).toContain("Immigration Office (Ausländerbehörde)");
    expect(ar[0]!.summary).toContain("Ausländerbehörde");
    expect(ar[0]!.summary).not.toContain("Immigration Office");
  });

  it("matches whole words only, the longest term first", () => {
    const terms = termsFor(glossary, "fa");
    expect(protect("Kimono und KIMs", terms).markup).toBe("Kimono und KIMs");
    expect(protect("Das Kommunales Integrationszentrum hilft", terms).markup).toBe('Das <x id="0"/> hilft');
    expect(protect("KIM, KOMM-AN.", terms).markup).toBe('<x id="0"/>, <x id="1"/>.');
  });

  it("escapes markup in the text and gives it back as written", () => {
    const { markup, restore } = protect("Eltern & Kinder <3 bei KIM", termsFor(glossary, "fa"));
    expect(markup).toBe('Eltern &amp; Kinder &lt;3 bei <x id="0"/>');
    expect(restore('Eltern &amp; Kinder &lt;3 <x id="0"></x>')).toBe("Eltern & Kinder <3 KIM");
  });

  it("leaves empty fields empty and sends nothing for them", async () => {
    const seen: string[][] = [];
    const spy: MachineTranslator = { name: "spy", translate: async (m) => (seen.push([...m]), m.map((t) => `T:${t}`)) };
    const [out] = await translateRecords(spy, [], "tr", [{ title: "Kurs", description: null, costNote: "  " }]);
    expect(out).toEqual({ title: "T:Kurs", description: null, costNote: null });
    expect(seen).toEqual([["Kurs"]]);
  });
});

describe("the providers", () => {
  let standIn: StandIn;
  beforeAll(async () => {
    standIn = await startTranslationServer();
  });
  afterAll(() => standIn.close());

  it("speaks LibreTranslate's API: q as a list, source, target, format and api_key", async () => {
    const provider = libreTranslate(standIn.url, "secret");
    const [out] = await translateRecords(provider, glossary, "fa", [{ title: "Griffbereit in Aachen" }]);
    expect(out!.title).toBe("[fa] Griffbereit in Aachen");
    const request = standIn.requests.at(-1)!;
    expect(request).toMatchObject({ source: "de", target: "fa", format: "html", apiKey: "secret" });
    expect(request.q).toEqual(['<x id="0"/> in Aachen']);
  });

  it("reports a provider's failure instead of storing its error as a text", async () => {
    await expect(libreTranslate(standIn.url).translate(["[[fail]]"], "fa")).rejects.toThrow(/LibreTranslate: answered 500/);
    await expect(libreTranslate("http://127.0.0.1:9").translate(["Hallo"], "fa")).rejects.toThrow(/not reachable/);
  });

  it("picks DeepL's free or pro address from the key, unless one is configured", () => {
    expect(deeplBaseUrl("abc:fx")).toBe("https://api-free.deepl.com");
    expect(deeplBaseUrl("abc")).toBe("https://api.deepl.com");
    expect(deeplBaseUrl("abc", "https://deepl.proxy.example/")).toBe("https://deepl.proxy.example");
  });

  it("sends DeepL the key in its header, its language codes and xml tag handling", async () => {
    const http = await import("node:http");
    const seen: { auth?: string; body?: Record<string, unknown>; path?: string } = {};
    const server = http.createServer((request, response) => {
      let body = "";
      request.on("data", (c: Buffer) => (body += c));
      request.on("end", () => {
        Object.assign(seen, { auth: request.headers.authorization, body: JSON.parse(body), path: request.url });
        const texts = (seen.body!.text as string[]).map((text) => ({ detected_source_language: "DE", text: `UK:${text}` }));
        response.setHeader("content-type", "application/json");
        response.end(JSON.stringify({ translations: texts }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    try {
      const [out] = await translateRecords(deepl("key:fx", `http://127.0.0.1:${port}`), glossary, "uk", [{ title: "KIM hilft" }]);
      expect(out!.title).toBe("UK:KIM hilft");
      expect(seen.path).toBe("/v2/translate");
      expect(seen.auth).toBe("DeepL-Auth-Key key:fx");
      expect(seen.body).toMatchObject({ source_lang: "DE", target_lang: "UK", tag_handling: "xml", text: ['<x id="0"/> hilft'] });
    } finally {
      server.close();
    }
  });
});
