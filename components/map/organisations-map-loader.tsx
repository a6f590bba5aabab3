"use client";
// Leaflet and supercluster load only when the partner directory shows its map, never with the list.
import "./map-frame.css";
import dynamic from "next/dynamic";
import type { OrganisationsMapProps } from "./organisations-map";
import { MapPlaceholder, WithPlaceholder } from "./map-placeholder";

export type { OrganisationsMapProps };

const OrganisationsMap = dynamic(() => import("./organisations-map"), { ssr: false, loading: MapPlaceholder });

export function OrganisationsMapLoader(props: OrganisationsMapProps) {
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
      <OrganisationsMap {...props} />
    </WithPlaceholder>
  );
}
