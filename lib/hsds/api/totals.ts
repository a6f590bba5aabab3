import "server-only";
// The totals of the HSDS lists (total_items, total_pages), kept per version of the public data:
// counting the public offers of a region's catalogue costs most of a second, and the same few
// filters are asked again and again. A save raises the version, and the next request counts anew;
// requests that come while one counts wait for that count.
import { LRUCache } from "lru-cache";
import { publicDay } from "../../offers/visibility";
import { publicVersion } from "../../search/version";

const totals = new LRUCache<string, Promise<number>>({ max: 2000 });

export async function cachedTotal(kind: string, where: unknown, count: () => Promise<number>): Promise<number> {
  const key = JSON.stringify([await publicVersion(), publicDay(), kind, where]);
  let total = totals.get(key);
  if (!total) {
    total = count();
    totals.set(key, total);
    total.catch(() => totals.delete(key));
  }
  return total;
}
