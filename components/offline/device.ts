"use client";
// What this device keeps for the reader (saved offers, the light mode choice), read by components
// through useSyncExternalStore so every part of the page shows the same state.
import { useSyncExternalStore } from "react";
import { CACHES } from "@/lib/offline/cache-rules";
import { isLightMode, LIGHT_MODE_KEY, parseChoice } from "@/lib/offline/light-mode";
import { savedOffersStore, type SavedOffersStore } from "@/lib/offline/saved-offers";

let store: SavedOffersStore | null = null;

export function savedOffers(): SavedOffersStore {
  if (!store) {
    const created = savedOffersStore(window.localStorage);
    window.addEventListener("storage", (event) => created.changedElsewhere(event.key));
    store = created;
  }
  return store;
}

const noList = () => null;

/** The saved offers, or null while the page is not yet running in the browser. */
export function useSavedOffers() {
  return useSyncExternalStore(
    (listener) => savedOffers().subscribe(listener),
    () => savedOffers().list(),
    noList,
  );
}

/** Keeps (or drops) the offer's page in the cache kept apart for saved offers, so it opens offline. */
export async function keepPage(href: string, keep: boolean): Promise<void> {
  if (!("caches" in window)) return;
  try {
    const cache = await caches.open(CACHES.saved);
    if (keep) await cache.add(href);
    else await cache.delete(href);
  } catch {
    // Offline while saving, or storage full: the list still holds the offer's card.
  }
}

type Connection = EventTarget & { saveData?: boolean };
const connection = () => (navigator as Navigator & { connection?: Connection }).connection;
const LIGHT_MODE_EVENT = "wegweiser:lightmode";

function subscribeLightMode(listener: () => void) {
  window.addEventListener("storage", listener);
  window.addEventListener(LIGHT_MODE_EVENT, listener);
  connection()?.addEventListener?.("change", listener);
  return () => {
    window.removeEventListener("storage", listener);
    window.removeEventListener(LIGHT_MODE_EVENT, listener);
    connection()?.removeEventListener?.("change", listener);
  };
}

function readChoice() {
  try {
    return parseChoice(window.localStorage.getItem(LIGHT_MODE_KEY));
  } catch {
    return null;
  }
}

/** "light" or "full" in the browser; "unknown" while rendering on the server and hydrating. */
export function useLightMode(): "light" | "full" | "unknown" {
  return useSyncExternalStore(
    subscribeLightMode,
    () => (isLightMode(readChoice(), connection()?.saveData === true) ? "light" : "full"),
    () => "unknown",
  );
}

export function chooseLightMode(on: boolean) {
  try {
    window.localStorage.setItem(LIGHT_MODE_KEY, on ? "on" : "off");
  } catch {
    // Storage switched off: the choice holds for this page only.
  }
  window.dispatchEvent(new Event(LIGHT_MODE_EVENT));
}
