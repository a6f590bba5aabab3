import { useEffect, useState } from "react";

export type JsonState<T> = { status: "loading" } | { status: "error" } | { status: "ready"; data: T };

export type JsonCache = Map<string, { status: "ready"; data: unknown }>;

const LOADING = { status: "loading" } as const;

// The state remembers which address it belongs to, so a new address reads as loading at once
// instead of showing the previous answer for one render.
export function useJson<T>(url: string, cache?: JsonCache): JsonState<T> {
  const [settled, setSettled] = useState<{ url: string; state: JsonState<T> } | null>(null);
  const cached = cache?.get(url);

  useEffect(() => {
    if (cache?.has(url)) return;
    const controller = new AbortController();
    fetch(url, { signal: controller.signal, headers: { accept: "application/json" } })
      .then((response) => {
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        return response.json() as Promise<T>;
      })
      .then((data) => {
        const state = { status: "ready", data } as const;
        cache?.set(url, state);
        setSettled({ url, state });
      })
      .catch(() => {
        if (!controller.signal.aborted) setSettled({ url, state: { status: "error" } });
      });
    return () => controller.abort();
  }, [url, cache]);

  if (cached) return cached as JsonState<T>;
  return settled?.url === url ? settled.state : LOADING;
}
