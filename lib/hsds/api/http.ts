// The HTTP side of the HSDS API, shared by its route handlers: JSON with CORS for reading from any
// origin, weak ETags and Last-Modified with 304 answers, and JSON errors.
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { publicDay } from "../../offers/visibility";
import { publicVersion } from "../../search/version";
import { HsdsParameterError } from "./query";
import type { HsdsResult } from "./result";

const CORS = {
  "Access-Control-Allow-Origin": "*",
  // ETag is not a CORS-safelisted response header; scripts need it to revalidate.
  "Access-Control-Expose-Headers": "ETag, Content-Language",
};

const CACHE_CONTROL = "public, max-age=60";

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", ...CORS, ...headers },
  });
}

export function notFound(): Response {
  return json(
    404,
    { error: "not_found", message: "No published record has this id." },
    { "Cache-Control": CACHE_CONTROL },
  );
}

function badParameter(error: HsdsParameterError): Response {
  return json(400, { error: "invalid_parameter", parameter: error.parameter, message: error.message });
}

/** Weak, because the same JSON may travel compressed or not. */
export function weakEtag(body: string | Buffer): string {
  return `W/"${createHash("sha1").update(body).digest("base64url")}"`;
}

function matchesEtag(header: string, etag: string): boolean {
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/** Whether the client's copy is current: If-None-Match decides when sent, else If-Modified-Since. */
function isNotModified(request: Request, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) return matchesEtag(ifNoneMatch, etag);
  const ifModifiedSince = request.headers.get("if-modified-since");
  if (ifModifiedSince === null || !lastModified) return false;
  const since = Date.parse(ifModifiedSince);
  // HTTP dates have whole seconds.
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/** A 200 (or 304) for a body that is already serialised, with the validators. */
export function cacheable(
  request: Request,
  body: string | Buffer,
  options: { lastModified?: Date | null; contentLanguage?: string } = {},
): Response {
  const etag = weakEtag(body);
  const headers: Record<string, string> = { ...CORS, ETag: etag, "Cache-Control": CACHE_CONTROL };
  if (options.lastModified) headers["Last-Modified"] = options.lastModified.toUTCString();
  if (options.contentLanguage) headers["Content-Language"] = options.contentLanguage;
  if (isNotModified(request, etag, options.lastModified ?? null)) return new Response(null, { status: 304, headers });
  headers["Content-Type"] = "application/json; charset=utf-8";
  return new Response(request.method === "HEAD" ? null : new Uint8Array(Buffer.from(body)), { status: 200, headers });
}

type Answer = { body: string; lastModified: Date | null; locale?: string } | null;

// Answers per version of the public data and day in Aachen, by address: an answer depends on
// nothing else, and a page of 50 full services takes 100–200 ms to read and write out, which
// fifty clients asking for the same page would otherwise each pay.
const answers = new LRUCache<string, { answer: Answer }>({
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (entry, key) => 2 * ((entry.answer?.body.length ?? 0) + key.length) + 256,
});

async function answer(request: Request, read: () => Promise<HsdsResult | null>): Promise<Answer> {
  const url = new URL(request.url);
  const key = `${await publicVersion()} ${publicDay()} ${url.pathname}${url.search}`;
  const kept = answers.get(key);
  if (kept) return kept.answer;
  const result = await read();
  const fresh = result && {
    body: JSON.stringify(result.body),
    lastModified: result.lastModified,
    locale: result.locale,
  };
  answers.set(key, { answer: fresh });
  return fresh;
}

/**
 * Answers a GET or HEAD with what `read` returns: null means no such published record (404), a
 * parameter error means 400; anything else that fails is a server error and is not caught.
 */
export async function respond(request: Request, read: () => Promise<HsdsResult | null>): Promise<Response> {
  let result: Answer;
  try {
    result = await answer(request, read);
  } catch (error) {
    if (error instanceof HsdsParameterError) return badParameter(error);
    throw error;
  }
  if (!result) return notFound();
  return cacheable(request, result.body, { lastModified: result.lastModified, contentLanguage: result.locale });
}

/** The CORS preflight: reading is allowed from anywhere, with the conditional request headers. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "Accept, Accept-Language, Content-Type, If-Modified-Since, If-None-Match",
      "Access-Control-Max-Age": "86400",
      Allow: "GET, HEAD, OPTIONS",
    },
  });
}
