"use client";
// Leaflet loads only when the coverage page shows its map.
import "@/components/map/map-frame.css";
import "./coverage.css";
import dynamic from "next/dynamic";
import { MapPlaceholder, WithPlaceholder } from "@/components/map/map-placeholder";
import type { CoverageArea, CoverageMapProps } from "./coverage-map";

export type { CoverageArea, CoverageMapProps };

const CoverageMap = dynamic(() => import("./coverage-map"), { ssr: false, loading: MapPlaceholder });

export function CoverageMapLoader(props: CoverageMapProps) {
  const placeholder = (
    <div className="coverage-map">
      <p role="status" className="muted">
        {props.labels.loading}
      </p>
      <div className="map-frame coverage-map__frame" />
    </div>
  );
  return (
    <WithPlaceholder placeholder={placeholder}>
      <CoverageMap {...props} />
    </WithPlaceholder>
  );
}
