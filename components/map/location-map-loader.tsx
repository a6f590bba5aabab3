"use client";
// Leaflet loads only on the offer pages that show this map, and in light mode only when asked.
import "./map-frame.css";
import dynamic from "next/dynamic";
import { LightModeGate, type LightModeLabels } from "./light-mode-gate";
import type { LocationMapProps } from "./location-map";
import { MapPlaceholder, WithPlaceholder } from "./map-placeholder";

export type { LocationMapProps };

const LocationMap = dynamic(() => import("./location-map"), { ssr: false, loading: MapPlaceholder });

export function LocationMapLoader({ lightMode, ...props }: LocationMapProps & { lightMode: LightModeLabels }) {
  const placeholder = <div className="map-frame location-map__frame" />;
  return (
    <LightModeGate placeholder={placeholder} labels={lightMode}>
      <WithPlaceholder placeholder={placeholder}>
        <LocationMap {...props} />
      </WithPlaceholder>
    </LightModeGate>
  );
}
