"use client";
// The map of the pin picker: a click places the pin, dragging moves it. Loaded only on location forms.
import "leaflet/dist/leaflet.css";
import "@/components/map/map.css";
import type { LatLngTuple } from "leaflet";
import { useEffect } from "react";
import { MapContainer, Marker, useMap, useMapEvents } from "react-leaflet";
import { AACHEN, BaseLayer, mapOptions, TileNotice, useTileFailure } from "@/components/map/map-base";
import { pinIcon } from "@/components/map/map-icons";

export type PinMapProps = {
  position: LatLngTuple | null;
  onChange: (position: LatLngTuple) => void;
  tileUrl: string;
  attribution: string;
  labels: { region: string; tilesFailed: string; pin: string };
};

function ClickToPlace({ onChange }: { onChange: PinMapProps["onChange"] }) {
  useMapEvents({ click: (event) => onChange([event.latlng.lat, event.latlng.lng]) });
  return null;
}

/** Follows a pin set from outside (typed coordinates, the geocoder) without changing the zoom. */
function FollowPin({ position }: { position: LatLngTuple | null }) {
  const map = useMap();
  useEffect(() => {
    if (position && !map.getBounds().contains(position)) map.panTo(position);
  }, [map, position]);
  return null;
}

export default function PinMap({ position, onChange, tileUrl, attribution, labels }: PinMapProps) {
  const [tilesFailed, onTileError] = useTileFailure();
  return (
    <div className="location-map">
      <TileNotice failed={tilesFailed} text={labels.tilesFailed} />
      <div className="map-frame location-map__frame pin-map" dir="ltr" role="region" aria-label={labels.region} data-testid="pin-map">
        <MapContainer className="map-frame__map" center={position ?? AACHEN} zoom={position ? 16 : 12} scrollWheelZoom={false} {...mapOptions()}>
          <BaseLayer url={tileUrl} attribution={attribution} onTileError={onTileError} />
          <ClickToPlace onChange={onChange} />
          <FollowPin position={position} />
          {position ? (
            <Marker
              position={position}
              icon={pinIcon(labels.pin)}
              draggable
              eventHandlers={{
                dragend: (event) => {
                  const { lat, lng } = (event.target as { getLatLng(): { lat: number; lng: number } }).getLatLng();
                  onChange([lat, lng]);
                },
              }}
            />
          ) : null}
        </MapContainer>
      </div>
    </div>
  );
}
