"use client";
// In light mode (components/offline/device.ts) a map is left out until the reader asks for it: its
// code, tiles and outlines then load only on that tap. Until the browser has said which mode holds,
// only the placeholder shows, so the map's code is never fetched just to be thrown away.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useLightMode } from "@/components/offline/device";

export type LightModeLabels = { leftOut: string; showMap: string };

type Props = { placeholder: ReactNode; labels: LightModeLabels; children: ReactNode };

export function LightModeGate({ placeholder, labels, children }: Props) {
  const mode = useLightMode();
  const [asked, setAsked] = useState(false);
  const shown = useRef<HTMLDivElement>(null);
  // The button that had focus is gone: the map's place takes it, so the reader stays where they were.
  useEffect(() => {
    if (asked) shown.current?.focus({ preventScroll: true });
  }, [asked]);

  if (mode === "unknown") return placeholder;
  if (mode === "light" && !asked)
    return (
      <div className="map-left-out">
        <p>{labels.leftOut}</p>
        <button type="button" className="button button--secondary" onClick={() => setAsked(true)}>
          {labels.showMap}
        </button>
      </div>
    );
  return asked ? (
    <div ref={shown} tabIndex={-1} className="map-left-out__shown">
      {children}
    </div>
  ) : (
    children
  );
}
