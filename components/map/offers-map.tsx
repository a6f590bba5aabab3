"use client";
// The search results on a map: clustered, so that 20,000 places stay readable and fluid on a phone.
import "leaflet/dist/leaflet.css";
import "./map.css";
import { useCallback, useState } from "react";
import { MapContainer } from "react-leaflet";
import { ClusterLayer, type PopupRequest } from "./cluster-layer";
import { DistrictOutlines } from "./district-outlines";
import { AACHEN, BaseLayer, mapOptions, TileNotice, useTileFailure } from "./map-base";
import { withCount } from "./map-icons";
import { OfferPopup } from "./offer-popup";
import type { JsonCache } from "./use-json";
import { usePoints } from "./use-points";

export type OffersMapProps = {
  /** GET → { ids: string[]; points: Array<[lat, lng]> }; points[i] belongs to ids[i]. */
  pointsUrl: string;
  /** GET `${cardsUrl}&ids=a,b` (at most 50) → { offers: [{ id, href, title, textLocale, provider, district }] }. */
  cardsUrl: string;
  /** GeoJSON FeatureCollection of the district outlines. */
  districtsUrl: string;
  tileUrl: string;
  /** HTML credit for the tiles. */
  attribution: string;
  labels: {
    region: string;
    loading: string;
    error: string;
    tilesFailed: string;
    /** "{count} Angebote" */
    cluster: string;
    openOffer: string;
    noResults: string;
    /** "{count} Orte auf der Karte" */
    resultCount: string;
  };
  dir: "ltr" | "rtl";
};

export default function OffersMap({
  pointsUrl,
  cardsUrl,
  districtsUrl,
  tileUrl,
  attribution,
  labels,
  dir,
}: OffersMapProps) {
  const { status, points } = usePoints(pointsUrl);
  const [tilesFailed, onTileError] = useTileFailure();
  const [request, setRequest] = useState<PopupRequest | null>(null);
  // Cards already fetched open at once the second time, which matters on a slow connection.
  const [cardCache] = useState<JsonCache>(() => new Map());
  const closePopup = useCallback(
    (closed: PopupRequest) => setRequest((current) => (current === closed ? null : current)),
    [],
  );

  const summary =
    status === "loading"
      ? labels.loading
      : status === "error"
        ? labels.error
        : !points?.count
          ? labels.noResults
          : withCount(labels.resultCount, points.count);

  return (
    <div className="offers-map" dir={dir}>
      <p role="status" className="offers-map__summary">
        {summary}
      </p>
      <TileNotice failed={tilesFailed} text={labels.tilesFailed} />
      {/* Leaflet lays out its panes and controls left to right; the text around it follows the page. */}
      <div className="map-frame offers-map__frame" dir="ltr" role="region" aria-label={labels.region}>
        <MapContainer center={AACHEN} zoom={12} className="map-frame__map" {...mapOptions()}>
          <BaseLayer url={tileUrl} attribution={attribution} onTileError={onTileError} />
          <DistrictOutlines url={districtsUrl} />
          <ClusterLayer points={points} labels={labels} onOpen={setRequest} />
          {request ? (
            <OfferPopup
              key={`${request.position.join()}:${request.ids.join()}`}
              request={request}
              cardsUrl={cardsUrl}
              cache={cardCache}
              labels={labels}
              dir={dir}
              onClose={closePopup}
            />
          ) : null}
        </MapContainer>
      </div>
    </div>
  );
}
