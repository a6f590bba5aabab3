// A stand-in for a LibreTranslate server, for the integration tests and the journeys: the machine
// has no network, and tests must not depend on one. It "translates" by putting the target language
// in front ("[fa] …"), which is deterministic and shows where a text came from; markup (the
// glossary's placeholders) passes through untouched, as LibreTranslate's format "html" keeps it.
// A text containing "[[fail]]" makes it answer 500, as a provider that breaks down does.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type StandInRequest = { q: string[]; source: string; target: string; format: string; apiKey: string | null };

export type StandIn = { url: string; requests: StandInRequest[]; close: () => Promise<void> };

export async function startTranslationServer(port = 0): Promise<StandIn> {
  const requests: StandInRequest[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      const answer = (status: number, value: unknown) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(value));
      };
      if (request.method !== "POST" || !request.url?.startsWith("/translate")) return answer(404, { error: "Not found" });
      let input: { q?: unknown; source?: unknown; target?: unknown; format?: unknown; api_key?: unknown };
      try {
        input = JSON.parse(body) as typeof input;
      } catch {
        return answer(400, { error: "Invalid request" });
      }
      const list = Array.isArray(input.q) ? input.q.map(String) : [String(input.q ?? "")];
      const target = String(input.target ?? "");
      requests.push({
        q: list,
        source: String(input.source ?? ""),
        target,
        format: String(input.format ?? "text"),
        apiKey: typeof input.api_key === "string" ? input.api_key : null,
      });
      if (!target) return answer(400, { error: "Invalid request: missing target parameter" });
      if (list.some((text) => text.includes("[[fail]]"))) return answer(500, { error: "Translation failed" });
      const translated = list.map((text) => `[${target}] ${text}`);
      answer(200, { translatedText: Array.isArray(input.q) ? translated : translated[0] });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
