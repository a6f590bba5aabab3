// Rendered public pages, kept in this process's memory. A page is valid for the public version it
// was rendered under (lib/search/version.ts, raised by every save that changes what visitors see,
// in the database): several processes each keep their own copies and all notice the same saves.
// The scripts in a stored page carry a placeholder instead of a nonce; every response gets its own.
import { LRUCache } from "lru-cache";
import { spliceableBytes, type SplicedGzip } from "./gzip";

export type CachedPage = {
  html: string;
  status: number;
  contentType: string;
  version: number;
  /** the day in Aachen it was rendered on (lib/offers/visibility.ts) */
  day: string;
  renderedAt: number;
  /** the page compressed once, for the answers server.ts gives before Next.js (null: not possible) */
  gzip: SplicedGzip | null;
};

type Slot = { wegweiserPageCache?: LRUCache<string, CachedPage> };
const slot = globalThis as unknown as Slot;

export function pageStore(maxBytes: number): LRUCache<string, CachedPage> {
  return (slot.wegweiserPageCache ??= new LRUCache<string, CachedPage>({
    maxSize: maxBytes,
    // UTF-16 in memory: two bytes per character, and a little for the key and the record.
    sizeCalculation: (page, key) =>
      2 * (page.html.length + key.length) + (page.gzip ? spliceableBytes(page.gzip) : 0) + 256,
  }));
}
