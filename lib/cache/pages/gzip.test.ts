import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { acceptsGzip, gzipWithNonce, spliceable, spliceableBytes } from "./gzip";
import { freshNonce, noncePlaceholder, withNonce } from "./nonce";

const gunzip = (chunks: Buffer[]) => zlib.gunzipSync(Buffer.concat(chunks)).toString("utf8");

describe("a stored page compressed once", () => {
  const placeholder = noncePlaceholder();
  // Repetition across the nonces: a part compressed with the others would refer back into them.
  const line = (i: number) => `<script nonce="${placeholder}">self.__next_f.push([1,"مرحبا ${i} Übung"])</script>\n`;
  const html = `<!DOCTYPE html><html>${Array.from({ length: 40 }, (_, i) => line(i)).join("")}</html>`;

  it("unpacks to the page with the answer's own nonce everywhere", async () => {
    const page = (await spliceable(html, placeholder))!;
    for (const nonce of [freshNonce(), freshNonce()]) {
      const text = gunzip(gzipWithNonce(page, nonce));
      expect(text).toBe(withNonce(html, nonce));
      expect(text).not.toContain(placeholder);
    }
  });

  it("handles a placeholder at either end, side by side, or none at all", async () => {
    const nonce = freshNonce();
    for (const text of [`${placeholder}a${placeholder}${placeholder}`, "ohne", "", placeholder]) {
      expect(gunzip(gzipWithNonce((await spliceable(text, placeholder))!, nonce))).toBe(withNonce(text, nonce));
    }
  });

  it("keeps no more memory than the cache counts for it", async () => {
    const page = (await spliceable(html, placeholder))!;
    const memory = new Set([...page.plain, ...page.deflated].map((part) => part.buffer));
    expect(memory.size).toBe(1);
    expect([...memory][0]!.byteLength).toBe(spliceableBytes(page));
  });

  it("leaves a page with a NUL byte to be compressed per answer", async () => {
    expect(await spliceable(`a\0${placeholder}`, placeholder)).toBeNull();
  });

  it("is about as small as the page compressed whole", async () => {
    // As on a real page: a nonce every few kilobytes.
    const words = ["Sprachkurs", "Beratung", "Elterncafé", "دورة", "Kita", "Aachen-Mitte", "kostenlos"];
    const text = (i: number) =>
      Array.from({ length: 300 }, (_, j) => `${words[(i + j) % words.length]}-${(i * 7919 + j * 104729) % 10007}`).join(
        " ",
      );
    const page = Array.from({ length: 25 }, (_, i) => `<script nonce="${placeholder}">${text(i)}</script>`).join("\n");
    const spliced = Buffer.concat(gzipWithNonce((await spliceable(page, placeholder))!, freshNonce())).length;
    expect(spliced).toBeLessThan(1.2 * zlib.gzipSync(page).length);
  });
});

describe("whether a client takes gzip", () => {
  it("reads Accept-Encoding as browsers and tools send it", () => {
    expect(acceptsGzip("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8, *;q=0.1")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip("br, gzip;q=0")).toBe(false);
    expect(acceptsGzip("x-gzip-not")).toBe(false);
    expect(acceptsGzip("gzip;q=0, *")).toBe(false);
    expect(acceptsGzip("gzip;q=-1")).toBe(false);
    expect(acceptsGzip("gzip;q=abc")).toBe(false);
  });
});
