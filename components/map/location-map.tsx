"use client";
// Where an offer takes place: one to five pins on a small map. The addresses are on the page as
// text, so the pins are not tab stops; each names its place to screen readers and in a tooltip.
import "leaflet/dist/leaflet.css";
import "./map.css";
import { useMemo } from "react";
import { LatLngBounds, type FitBoundsOptions, type LatLngTuple } from "leaflet";
import { MapContainer, Marker, Tooltip } from "react-leaflet";
import { AACHEN, BaseLayer, mapOptions, TileNotice, useTileFailure } from "./map-base";
import { pinIcon } from "./map-icons";

export type LocationMapProps = {
  points: Array<{ lat: number; lng: number; label: string }>;
  tileUrl: string;
  /** HTML credit for the tiles. */
  attribution: string;
  labels: { region: string; tilesFailed: string };
};

const CLOSE_UP = 16;
const FRAME: FitBoundsOptions = { padding: [32, 32], maxZoom: CLOSE_UP };

export default function LocationMap({ points, tileUrl, attribution, labels }: LocationMapProps) {
  const [tilesFailed, onTileError] = useTileFailure();
  const pins = useMemo(() => points.map((point) => ({ ...point, icon: pinIcon(point.label) })), [points]);
  const [first] = points;
  const view =
    points.length > 1
      ? { bounds: new LatLngBounds(points.map((p): LatLngTuple => [p.lat, p.lng])), boundsOptions: FRAME }
      : { center: first ? ([first.lat, first.lng] satisfies LatLngTuple) : AACHEN, zoom: first ? CLOSE_UP : 12 };

  return (
    <div className="location-map">
      <TileNotice failed={tilesFailed} text={labels.tilesFailed} />
      {/* Leaflet lays out its panes and controls left to right; the text around it follows the page. */}
      <div className="map-frame location-map__frame" dir="ltr" role="region" aria-label={labels.region}>
        <MapContainer className="map-frame__map" scrollWheelZoom={false} {...view} {...mapOptions()}>
          <BaseLayer url={tileUrl} attribution={attribution} onTileError={onTileError} />
          {pins.map((pin, i) => (
            <Marker key={i} position={[pin.lat, pin.lng]} icon={pin.icon} keyboard={false}>
              <Tooltip direction="top">
                <span dir="auto">{pin.label}</span>
              </Tooltip>
            </Marker>
          ))}
        </MapContainer>
      </div>
    </div>
  );
}
