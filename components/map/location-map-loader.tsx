"use client";
// Leaflet loads only on the offer pages that show this map.
import "./map-frame.css";
import dynamic from "next/dynamic";
import type { LocationMapProps } from "./location-map";
import { MapPlaceholder, WithPlaceholder } from "./map-placeholder";

export type { LocationMapProps };

const LocationMap = dynamic(() => import("./location-map"), { ssr: false, loading: MapPlaceholder });

export function LocationMapLoader(props: LocationMapProps) {
  return (
    <WithPlaceholder placeholder={<div className="map-frame location-map__frame" />}>
      <LocationMap {...props} />
    </WithPlaceholder>
  );
}
