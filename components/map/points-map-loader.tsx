"use client";
// Leaflet and supercluster load only when a page shows its map, never with the list beside it,
// and in light mode only when the reader asks.
import "./map-frame.css";
import dynamic from "next/dynamic";
import { LightModeGate, type LightModeLabels } from "./light-mode-gate";
import { MapPlaceholder, WithPlaceholder } from "./map-placeholder";
import type { PointsMapProps } from "./points-map";

export type { PointsMapProps };

const PointsMap = dynamic(() => import("./points-map"), { ssr: false, loading: MapPlaceholder });

export function PointsMapLoader({ lightMode, ...props }: PointsMapProps & { lightMode: LightModeLabels }) {
  const placeholder = (
    <div className="offers-map" dir={props.dir}>
      <p role="status" className="offers-map__summary">
        {props.labels.loading}
      </p>
      <div className="map-frame offers-map__frame" />
    </div>
  );
  return (
    <LightModeGate placeholder={placeholder} labels={lightMode}>
      <WithPlaceholder placeholder={placeholder}>
        <PointsMap {...props} />
      </WithPlaceholder>
    </LightModeGate>
  );
}
