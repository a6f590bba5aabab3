"use client";
// Notes the results page as it is shown, so that an offer's "back to search" returns to it.
import { useEffect } from "react";
import { rememberSearch } from "@/lib/offers/last-search";

/** `query`: the page's own search, so that the note follows every change of it. */
export function RememberSearch({ query }: { query: string }) {
  useEffect(() => {
    rememberSearch(`${window.location.pathname}${query ? `?${query}` : ""}`);
  }, [query]);
  return null;
}
