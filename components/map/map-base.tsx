"use client";
// What both maps share: the tile layer, the notice when its tiles fail, and the map options.
import { useCallback, useEffect, useMemo, useState } from "react";
import type { LatLngTuple, MapOptions } from "leaflet";
import { TileLayer, useMap } from "react-leaflet";

export const AACHEN: LatLngTuple = [50.7766, 6.0834];

export function mapOptions(): MapOptions {
  const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  return { maxZoom: 19, zoomAnimation: !still, fadeAnimation: !still, markerZoomAnimation: !still };
}

/** A failed tile stays failed for this map: the notice should not flicker on a flaky connection. */
export function useTileFailure(): [boolean, () => void] {
  const [failed, setFailed] = useState(false);
  const onTileError = useCallback(() => setFailed(true), []);
  return [failed, onTileError];
}

// The live region is always there, so that screen readers announce the notice when it appears.
export function TileNotice({ failed, text }: { failed: boolean; text: string }) {
  return <div role="status">{failed ? <p className="notice map-notice">{text}</p> : null}</div>;
}

type BaseLayerProps = { url: string; attribution: string; onTileError: () => void };

export function BaseLayer({ url, attribution, onTileError }: BaseLayerProps) {
  const map = useMap();
  // The OpenStreetMap credit is owed; Leaflet's own prefix (a link and a flag) is not, and a phone
  // has little width to spare for it.
  useEffect(() => {
    map.attributionControl?.setPrefix(false);
  }, [map]);
  const eventHandlers = useMemo(() => ({ tileerror: onTileError }), [onTileError]);
  return <TileLayer url={url} attribution={attribution} eventHandlers={eventHandlers} />;
}
