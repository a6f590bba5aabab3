"use client";
// Without JavaScript (or without a remembered search) the link opens the search page; with it, the
// visitor's own results with their words, filters and page.
import { useSyncExternalStore } from "react";
import { lastSearch, searchAddress } from "@/lib/offers/last-search";

const subscribe = () => () => {};

export function BackToSearch({ locale, label }: { locale: string; label: string }) {
  const href = useSyncExternalStore(
    subscribe,
    () => searchAddress(lastSearch(), locale, window.location.origin) ?? `/${locale}/offers`,
    () => `/${locale}/offers`,
  );
  return <a href={href}>{label}</a>;
}
