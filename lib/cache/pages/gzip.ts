// A stored page compressed once, answered with a fresh nonce each time without compressing again.
// Compressing a 35 KB page costs more than the whole rest of a cached answer; a nonce changes
// 24 bytes of it. So the page is cut at each nonce placeholder, each part is deflated on its own,
// ending on a byte boundary (a sync flush), and each answer joins the parts with the nonce as an
// uncompressed ("stored") deflate block (RFC 1951, 3.2.4) under a gzip header and trailer
// (RFC 1952). Only the checksum is computed per answer, which is cheap next to compressing.
//
// A part may still refer back to the text before it (its preset dictionary), but never into a
// nonce: there the dictionary holds NUL bytes, which no text of a page contains (a page that does
// is not compressed this way).
import { promisify } from "node:util";
import zlib from "node:zlib";

// In the thread pool: a page is compressed while the server answers others.
const deflateRaw = promisify(zlib.deflateRaw);

export type SplicedGzip = {
  /** the page's text between the placeholders, uncompressed (for the checksum) */
  plain: Buffer[];
  /** the same parts, each deflated alone and flushed to a byte boundary */
  deflated: Buffer[];
  /** the placeholder's length in bytes, which every nonce must have */
  nonceBytes: number;
};

// ID1 ID2, deflate, no flags, no time, no extra flags, unknown OS.
const HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]);
// A last, empty stored block ends the deflate stream.
const LAST_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);
const MAX_STORED = 0xffff;
const WINDOW = 32 * 1024;

/** The page prepared for gzipWithNonce, or null when it cannot be (it contains a NUL byte). */
export async function spliceable(html: string, placeholder: string): Promise<SplicedGzip | null> {
  if (html.includes("\0")) return null;
  const nonceBytes = Buffer.byteLength(placeholder);
  const blank = Buffer.alloc(nonceBytes);
  const texts = html.split(placeholder).map((part) => Buffer.from(part, "utf8"));
  const packed: Buffer[] = [];
  let before = Buffer.alloc(0);
  for (const [i, part] of texts.entries()) {
    const options: zlib.ZlibOptions = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
    if (before.length) options.dictionary = before;
    packed.push(await deflateRaw(part, options));
    if (i < texts.length - 1) before = Buffer.concat([before, part, blank]).subarray(-WINDOW);
  }
  // Each buffer above holds on to much more memory than its bytes (zlib's output chunk, Node's
  // shared pool): the page keeps one buffer of exactly its size, which the cache counts.
  const parts = [...texts, ...packed];
  const all = Buffer.allocUnsafeSlow(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((offset, part) => offset + part.copy(all, offset), 0);
  const views = (parts: Buffer[], start: number) => {
    let offset = start;
    return parts.map((part) => all.subarray(offset, (offset += part.length)));
  };
  const textBytes = texts.reduce((sum, part) => sum + part.length, 0);
  return { plain: views(texts, 0), deflated: views(packed, textBytes), nonceBytes };
}

export function spliceableBytes(page: SplicedGzip): number {
  return page.deflated.reduce((sum, part) => sum + part.length, 0) + page.plain.reduce((s, p) => s + p.length, 0);
}

function storedBlock(bytes: Buffer): Buffer {
  const head = Buffer.alloc(5);
  // BFINAL 0, BTYPE 00, then the rest of the byte; LEN and its complement, little-endian.
  head.writeUInt16LE(bytes.length, 1);
  head.writeUInt16LE(~bytes.length & 0xffff, 3);
  return Buffer.concat([head, bytes]);
}

/** The gzip stream of the page with `nonce` in place of every placeholder. */
export function gzipWithNonce(page: SplicedGzip, nonce: string): Buffer[] {
  const nonceBytes = Buffer.from(nonce, "utf8");
  // The parts after a nonce refer back by distance: the nonce must fill the placeholder's place.
  if (nonceBytes.length !== page.nonceBytes || nonceBytes.length > MAX_STORED)
    throw new Error("a nonce must have the placeholder's length");
  const nonceBlock = storedBlock(nonceBytes);
  const chunks: Buffer[] = [HEADER];
  let crc = 0;
  let size = 0;
  page.plain.forEach((part, i) => {
    if (i > 0) {
      chunks.push(nonceBlock);
      crc = zlib.crc32(nonceBytes, crc);
      size += nonceBytes.length;
    }
    chunks.push(page.deflated[i]!);
    // An empty part is skipped: zlib.crc32 can answer 0 for an empty buffer, whatever it was given.
    if (part.length) crc = zlib.crc32(part, crc);
    size += part.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  chunks.push(LAST_BLOCK, trailer);
  return chunks;
}

/** Whether the client takes gzip (an Accept-Encoding that names it, or `*`, without q=0). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  const weights = new Map<string, number>();
  for (const entry of (acceptEncoding ?? "").toLowerCase().split(",")) {
    const [coding = "", ...parameters] = entry.split(";").map((part) => part.trim());
    const q = parameters.find((p) => p.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(coding, Number.isFinite(weight) ? weight : 0);
  }
  return (weights.get("gzip") ?? weights.get("*") ?? 0) > 0;
}
