"use client";
// The districts coloured by the measure chosen on the page. The coloured areas carry the meaning,
// so the map stays readable when no background tile loads; the table on the page has every value.
import "leaflet/dist/leaflet.css";
import "@/components/map/map.css";
import { useEffect, useMemo, useRef } from "react";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeoJSON as GeoJSONLayer, Layer, Path, PathOptions } from "leaflet";
import { GeoJSON, MapContainer, useMap } from "react-leaflet";
import { AACHEN, BaseLayer, mapOptions, TileNotice, useTileFailure } from "@/components/map/map-base";
import { useJson } from "@/components/map/use-json";

export type CoverageArea = {
  /** the district code, as in the outlines' `code` property */
  code: string;
  colour: string;
  /** name and value, e.g. "Brand: 3" */
  label: string;
};

export type CoverageMapProps = {
  /** GeoJSON FeatureCollection of the district outlines, each with a `code` property. */
  districtsUrl: string;
  tileUrl: string;
  /** HTML credit for the tiles. */
  attribution: string;
  areas: CoverageArea[];
  labels: { region: string; loading: string; tilesFailed: string; outlinesFailed: string };
};

type Props = { code?: string };

const base: PathOptions = { color: "#1d2327", weight: 1.5, opacity: 0.8, fillOpacity: 0.8 };

function Areas({ data, areas }: { data: FeatureCollection<Geometry, Props>; areas: CoverageArea[] }) {
  const map = useMap();
  const layer = useRef<GeoJSONLayer>(null);
  const byCode = useMemo(() => new Map(areas.map((a) => [a.code, a])), [areas]);
  // A new measure brings new colours and labels; binding the tooltips again is simplest done afresh.
  const key = useMemo(() => areas.map((a) => `${a.code}:${a.colour}:${a.label}`).join("|"), [areas]);

  useEffect(() => {
    const bounds = layer.current?.getBounds();
    if (bounds?.isValid()) map.fitBounds(bounds, { padding: [4, 4] });
  }, [map, data]);

  const style = (feature?: Feature<Geometry, Props>): PathOptions => ({
    ...base,
    fillColor: byCode.get(feature?.properties.code ?? "")?.colour ?? "#ffffff",
  });

  const onEachFeature = (feature: Feature<Geometry, Props>, path: Layer) => {
    const area = byCode.get(feature.properties.code ?? "");
    if (!area) return;
    // Text, not HTML: the label is set as the element's text. Every district carries its name and
    // value, so the map reads without hovering.
    const text = document.createElement("span");
    text.textContent = area.label;
    path.bindTooltip(text, { permanent: true, direction: "center", className: "coverage-map__label" });
    path.on("mouseover", () => (path as Path).setStyle({ weight: 3 }));
    path.on("mouseout", () => (path as Path).setStyle({ weight: base.weight }));
  };

  return <GeoJSON key={key} ref={layer} data={data} style={style} onEachFeature={onEachFeature} />;
}

export default function CoverageMap({ districtsUrl, tileUrl, attribution, areas, labels }: CoverageMapProps) {
  const [tilesFailed, onTileError] = useTileFailure();
  const outlines = useJson<FeatureCollection<Geometry, Props>>(districtsUrl);

  return (
    <div className="coverage-map">
      <div role="status">
        {outlines.status === "loading" ? <p className="muted">{labels.loading}</p> : null}
        {outlines.status === "error" ? <p className="notice map-notice">{labels.outlinesFailed}</p> : null}
      </div>
      <TileNotice failed={tilesFailed} text={labels.tilesFailed} />
      {/* Leaflet lays out its panes and controls left to right. */}
      <div className="map-frame coverage-map__frame" dir="ltr" role="region" aria-label={labels.region}>
        {/* Fractional zoom lets the city fill its frame instead of the nearest whole zoom level. */}
        <MapContainer
          center={AACHEN}
          zoom={11}
          scrollWheelZoom={false}
          className="map-frame__map"
          {...mapOptions()}
          zoomSnap={0.1}
        >
          <BaseLayer url={tileUrl} attribution={attribution} onTileError={onTileError} />
          {outlines.status === "ready" ? <Areas data={outlines.data} areas={areas} /> : null}
        </MapContainer>
      </div>
    </div>
  );
}
