import { describe, expect, it } from "vitest";
import {
  MAX_SAVED,
  parseSavedOffers,
  SAVED_OFFERS_KEY,
  savedOfferHref,
  savedOffersStore,
  type SavedOffer,
} from "./saved-offers";

const offer = (slug: string, extra: Partial<SavedOffer> = {}): SavedOffer => ({
  slug,
  locale: "ar",
  title: `عرض ${slug}`,
  provider: "VHS Aachen",
  savedAt: "2026-12-05T18:00:00.000Z",
  ...extra,
});

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

describe("saved offers on the device", () => {
  it("keeps what was saved across a reload of the page, newest first", () => {
    const storage = memoryStorage();
    const store = savedOffersStore(storage);
    expect(store.save(offer("deutschkurs-a1"))).toBe(true);
    expect(store.save(offer("elterncafe", { locale: "fa", titleLang: "de", title: "Elterncafé" }))).toBe(true);

    const afterReload = savedOffersStore(storage);
    expect(afterReload.list().map((o) => o.slug)).toEqual(["elterncafe", "deutschkurs-a1"]);
    expect(afterReload.list()[0]).toMatchObject({ locale: "fa", titleLang: "de", title: "Elterncafé" });
    expect(afterReload.has("deutschkurs-a1")).toBe(true);
  });

  it("saves an offer once: saving again moves it to the top with its newer title", () => {
    const store = savedOffersStore(memoryStorage());
    store.save(offer("a"));
    store.save(offer("b"));
    store.save(offer("a", { title: "Neuer Titel" }));
    expect(store.list().map((o) => [o.slug, o.title])).toEqual([
      ["a", "Neuer Titel"],
      ["b", "عرض b"],
    ]);
  });

  it("removes an offer and tells the components showing the list", () => {
    const store = savedOffersStore(memoryStorage());
    store.save(offer("a"));
    store.save(offer("b"));
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.remove("a");
    expect(store.list().map((o) => o.slug)).toEqual(["b"]);
    expect(store.has("a")).toBe(false);
    expect(calls).toBe(1);
    stop();
    store.remove("b");
    expect(calls).toBe(1);
  });

  it("gives React the same snapshot until the stored list changes", () => {
    const store = savedOffersStore(memoryStorage());
    store.save(offer("a"));
    const first = store.list();
    expect(store.list()).toBe(first);
    store.save(offer("b"));
    expect(store.list()).not.toBe(first);
  });

  it("drops damaged or foreign entries instead of breaking the saved list", () => {
    expect(parseSavedOffers("not json")).toEqual([]);
    expect(parseSavedOffers('{"slug":"a"}')).toEqual([]);
    const raw = JSON.stringify([offer("ok"), { slug: "x" }, offer("bad-locale", { locale: "xx" as never }), offer("ok")]);
    expect(parseSavedOffers(raw).map((o) => o.slug)).toEqual(["ok"]);
  });

  it("says so when the device refuses to store, and keeps the earlier list", () => {
    const storage = memoryStorage({ [SAVED_OFFERS_KEY]: JSON.stringify([offer("a")]) });
    const store = savedOffersStore({
      getItem: storage.getItem,
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
    });
    expect(store.save(offer("b"))).toBe(false);
    expect(store.list().map((o) => o.slug)).toEqual(["a"]);
  });

  it("bounds how many offers a device keeps", () => {
    const store = savedOffersStore(memoryStorage());
    for (let i = 0; i <= MAX_SAVED; i++) store.save(offer(`o${i}`));
    expect(store.list()).toHaveLength(MAX_SAVED);
    expect(store.list()[0]?.slug).toBe(`o${MAX_SAVED}`);
  });

  it("opens a saved offer in the language it was saved in", () => {
    expect(savedOfferHref({ locale: "uk", slug: "deutschkurs-a1" })).toBe("/uk/offers/deutschkurs-a1");
  });
});
