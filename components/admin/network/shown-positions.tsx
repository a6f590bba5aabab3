"use client";
// The positions of the graph as it is on screen, for the GEXF link below the filters: the graph
// hands a way to read them up to the page, the link asks for them when clicked. Without JavaScript
// (or before the graph is drawn) the link is a plain download with the saved or starting positions.
import { createContext, useContext, useEffect, useRef, type MouseEvent, type ReactNode, type RefObject } from "react";
import type { Positions } from "@/lib/network/arrangement";
import { downloadBlob } from "./network-picture";

type Source = () => Positions | null;
const ShownPositions = createContext<RefObject<Source | null> | null>(null);

/** The part of the page (a plain block) in which the graph and the GEXF link find each other. */
export function ShownPositionsArea({ className, children }: { className?: string; children: ReactNode }) {
  const sourceRef = useRef<Source | null>(null);
  return (
    <ShownPositions.Provider value={sourceRef}>
      <div className={className}>{children}</div>
    </ShownPositions.Provider>
  );
}

/** Lets the page read the graph's positions for as long as the graph is there. */
export function useShareShownPositions(read: Source) {
  const sourceRef = useContext(ShownPositions);
  useEffect(() => {
    if (!sourceRef) return;
    sourceRef.current = read;
    return () => {
      if (sourceRef.current === read) sourceRef.current = null;
    };
  }, [sourceRef, read]);
}

const fileNameOf = (response: Response, fallback: string) =>
  /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? fallback;

/** A download link that sends the positions on screen along, by POST to the same address. */
export function ShownGexfLink({ href, children }: { href: string; children: ReactNode }) {
  const sourceRef = useContext(ShownPositions);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // A new tab or window (modifier keys, middle button) gets the plain link.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const positions = sourceRef?.current?.();
    if (!positions) return;
    event.preventDefault();
    void (async () => {
      try {
        const response = await fetch(href, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ positions }),
        });
        if (!response.ok) throw new Error(String(response.status));
        downloadBlob(await response.blob(), fileNameOf(response, "netzwerk.gexf"));
      } catch {
        // Still a file, with the positions the server knows, rather than nothing.
        window.location.assign(href);
      }
    })();
  };
  return (
    <a href={href} download onClick={onClick}>
      {children}
    </a>
  );
}
