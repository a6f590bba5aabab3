"use client";
// Leaflet and supercluster load only on pages that show this map, never with the offer list.
import "./map-frame.css";
import dynamic from "next/dynamic";
import type { OffersMapProps } from "./offers-map";
import { MapPlaceholder, WithPlaceholder } from "./map-placeholder";

export type { OffersMapProps };

const OffersMap = dynamic(() => import("./offers-map"), { ssr: false, loading: MapPlaceholder });

export function OffersMapLoader(props: OffersMapProps) {
  const placeholder = (
    <div className="offers-map" dir={props.dir}>
      <p role="status" className="offers-map__summary">
        {props.labels.loading}
      </p>
      <div className="map-frame offers-map__frame" />
    </div>
  );
  return (
    <WithPlaceholder placeholder={placeholder}>
      <OffersMap {...props} />
    </WithPlaceholder>
  );
}
