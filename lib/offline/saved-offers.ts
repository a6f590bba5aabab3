// The offers a reader saved, kept on their device only (localStorage): no account, nothing sent to
// the server. Each entry holds what the saved list shows, so the list needs no connection; the
// offer's page itself is kept by the service worker (see components/offline/save-offer-button.tsx).
import { z } from "zod";
import { isLocale, type Locale } from "../i18n/locales";

// This module is zod's way into the browser. The Content-Security-Policy forbids eval; zod would
// probe for it once (new Function) to compile its checks, which the browser reports as a violation
// on every page. Its checks run as well without.
z.config({ jitless: true });

export const SAVED_OFFERS_KEY = "wegweiser.savedOffers.v1";
// Far more than anyone keeps by hand; it bounds what a phone stores.
export const MAX_SAVED = 200;

const entry = z.object({
  slug: z.string().min(1).max(200),
  locale: z.string().refine(isLocale),
  title: z.string().min(1).max(500),
  /** The language the title is written in, when it is not the page's (German-only offers). */
  titleLang: z.string().max(10).optional(),
  provider: z.string().max(300),
  savedAt: z.string(),
});

export type SavedOffer = Omit<z.infer<typeof entry>, "locale"> & { locale: Locale };

/** The stored list; damaged or foreign entries are dropped rather than breaking the page. */
export function parseSavedOffers(raw: string | null): SavedOffer[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const list: SavedOffer[] = [];
  for (const item of value) {
    const parsed = entry.safeParse(item);
    if (!parsed.success || seen.has(parsed.data.slug)) continue;
    seen.add(parsed.data.slug);
    list.push(parsed.data as SavedOffer);
  }
  return list.slice(0, MAX_SAVED);
}

/** The list with this offer first (saving again moves it up and takes its newer title). */
export function withSaved(list: SavedOffer[], offer: SavedOffer): SavedOffer[] {
  return [offer, ...list.filter((o) => o.slug !== offer.slug)].slice(0, MAX_SAVED);
}

export function withoutSaved(list: SavedOffer[], slug: string): SavedOffer[] {
  return list.filter((o) => o.slug !== slug);
}

/** Where a saved offer opens: in the language it was saved in, the copy the device keeps. */
export function savedOfferHref(offer: Pick<SavedOffer, "locale" | "slug">): string {
  return `/${offer.locale}/offers/${encodeURIComponent(offer.slug)}`;
}

type StorageLike = Pick<Storage, "getItem" | "setItem">;

/**
 * The saved list on one device. Components read it through `useSyncExternalStore`; the snapshot
 * stays the same object until the stored text changes, as React requires.
 */
export function savedOffersStore(storage: StorageLike) {
  let raw: string | null = null;
  let snapshot: SavedOffer[] = [];
  const listeners = new Set<() => void>();

  function read(): SavedOffer[] {
    let current: string | null = null;
    try {
      current = storage.getItem(SAVED_OFFERS_KEY);
    } catch {
      // Storage switched off (private mode in some browsers): nothing is saved.
    }
    if (current !== raw) {
      raw = current;
      snapshot = parseSavedOffers(current);
    }
    return snapshot;
  }

  /** Stores the list; false when the device refused (storage full or switched off). */
  function write(list: SavedOffer[]): boolean {
    try {
      storage.setItem(SAVED_OFFERS_KEY, JSON.stringify(list));
    } catch {
      return false;
    }
    for (const listener of listeners) listener();
    return true;
  }

  return {
    list: read,
    save: (offer: SavedOffer) => write(withSaved(read(), offer)),
    remove: (slug: string) => write(withoutSaved(read(), slug)),
    has: (slug: string) => read().some((o) => o.slug === slug),
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Another tab changed the list. */
    changedElsewhere(key: string | null) {
      if (key === null || key === SAVED_OFFERS_KEY) for (const listener of listeners) listener();
    },
  };
}

export type SavedOffersStore = ReturnType<typeof savedOffersStore>;
