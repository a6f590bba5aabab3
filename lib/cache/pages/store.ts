// Rendered public pages, kept in this process's memory. A page is valid for the public version it
// was rendered under (lib/search/version.ts, raised by every save that changes what visitors see,
// in the database): several processes each keep their own copies and all notice the same saves.
// The scripts in a stored page carry a placeholder instead of a nonce; every response gets its own.
import { LRUCache } from "lru-cache";

export type CachedPage = {
  html: string;
  status: number;
  contentType: string;
  version: number;
  /** the day in Aachen it was rendered on (lib/offers/visibility.ts) */
  day: string;
  renderedAt: number;
};

type Slot = { wegweiserPageCache?: LRUCache<string, CachedPage> };
const slot = globalThis as unknown as Slot;

export function pageStore(maxBytes: number): LRUCache<string, CachedPage> {
  return (slot.wegweiserPageCache ??= new LRUCache<string, CachedPage>({
    maxSize: maxBytes,
    // UTF-16 in memory: two bytes per character, and a little for the key and the record.
    sizeCalculation: (page, key) => 2 * (page.html.length + key.length) + 256,
  }));
}
