import "server-only";
// The offer search answered before Next.js routes the request (server.ts asks it after the page
// cache). A search that the database answers in a few milliseconds spent about four more in
// Next.js's routing and its proxy; here it gets the same JSON and the same headers directly.
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { acceptsGzip } from "../cache/pages/gzip";
import { freshNonce } from "../cache/pages/nonce";
import { cspFor, fixedHeaders, securityHeaders } from "../security/response-headers";
import { searchApiCacheControl, searchApiPath, searchApiResults } from "./search-api";

/** Answers GET /api/offers and resolves true; anything else it leaves to Next.js (false). */
export async function answerSearchApi(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  // A fragment is the client's own (browsers never send one): not part of the search.
  const target = (request.url ?? "").split("#")[0]!;
  const query = target.indexOf("?");
  const path = query < 0 ? target : target.slice(0, query);
  if (request.method !== "GET" || path !== searchApiPath) return false;
  const results = await searchApiResults(new URLSearchParams(query < 0 ? "" : target.slice(query + 1)));
  const json = Buffer.from(JSON.stringify(results));
  const gzipped = acceptsGzip(request.headers["accept-encoding"]);
  // On this thread: a page of results (about 11 KB) compresses in a tenth of a millisecond, while
  // handing it to the thread pool and back added about one to every answer (measured with curl).
  const body = gzipped ? gzipSync(json) : json;
  response.writeHead(200, {
    ...fixedHeaders,
    ...securityHeaders(cspFor(freshNonce())),
    "Cache-Control": searchApiCacheControl,
    "Content-Type": "application/json",
    Vary: "Accept-Encoding",
    ...(gzipped ? { "Content-Encoding": "gzip" } : {}),
    "Content-Length": String(body.length),
  });
  response.end(body);
  return true;
}
