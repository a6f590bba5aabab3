"use client";
// Registers the service worker (lib/offline/service-worker.ts) and asks it to keep this language's
// start page, saved list and offline page, and each page the reader opens, also those reached by a
// client-side navigation, which the worker never sees as a page request.
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { shellPages } from "@/lib/offline/cache-rules";
import type { Locale } from "@/lib/i18n/locales";

const SCRIPT = "/serwist/sw.js";

async function keep(urls: string[]): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker || !navigator.onLine || urls.length === 0) return;
  await new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    worker.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: urls } }, [channel.port2]);
  });
}

export function ServiceWorker({ locale }: { locale: Locale }) {
  const pathname = usePathname();
  const firstPage = useRef(true);

  useEffect(() => {
    if (!("serviceWorker" in navigator) || process.env.NODE_ENV !== "production") return;
    navigator.serviceWorker.register(SCRIPT, { scope: "/" }).catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!("serviceWorker" in navigator) || process.env.NODE_ENV !== "production") return;
    const here = `${window.location.pathname}${window.location.search}`;
    const urls: string[] = [];
    // A page loaded under the worker's control went through it and is kept already; asking again
    // would fetch it twice on a slow connection.
    if (!firstPage.current || !navigator.serviceWorker.controller) urls.push(here);
    firstPage.current = false;
    const shellKey = `wegweiser.shellKept.${locale}`;
    const shellKept = sessionStorage.getItem(shellKey) === "1";
    if (!shellKept) urls.push(...shellPages(locale));
    keep(urls)
      .then(() => {
        sessionStorage.setItem(shellKey, "1");
        // The page says when its copies are kept; the offline journeys wait for it.
        document.documentElement.setAttribute("data-offline-ready", here);
      })
      .catch(() => undefined);
  }, [locale, pathname]);

  return null;
}
