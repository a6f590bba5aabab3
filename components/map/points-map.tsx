"use client";
// Search results or the partner directory on a map: one pin per place, clustered so that 20,000
// places stay readable and fluid on a phone. A pin or a crowded spot opens a popup listing them.
import "leaflet/dist/leaflet.css";
import "./map.css";
import { useCallback, useState } from "react";
import { MapContainer } from "react-leaflet";
import { ClusterLayer, type PopupRequest } from "./cluster-layer";
import { DistrictOutlines } from "./district-outlines";
import { AACHEN, BaseLayer, mapOptions, TileNotice, useTileFailure } from "./map-base";
import { withCount } from "./map-icons";
import type { ShownInBadges } from "@/components/content/shown-in";
import { OfferPopup, type OfferCardSource } from "./offer-popup";
import { OrganisationPopup, type OrganisationCardSource } from "./organisation-popup";
import type { JsonCache } from "./use-json";
import { usePoints } from "./use-points";

export type PointsMapProps = {
  /** GET → { ids: string[]; points: Array<[lat, lng]> }; points[i] belongs to ids[i]. */
  pointsUrl: string;
  /** What a popup lists for the ids behind a spot: fetched when it opens, or sent with the page. */
  cards: OfferCardSource | OrganisationCardSource;
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
    /** "{count} Angebote", on a cluster marker */
    cluster: string;
    /** on a single pin */
    openPin: string;
    /** "{count} …", above a popup that lists several */
    several: string;
    noResults: string;
    /** "{count} Orte auf der Karte" */
    resultCount: string;
    /** per language a text may be shown in instead of the page's: "Auf Englisch" */
    shownIn: ShownInBadges;
    directions: string;
  };
  dir: "ltr" | "rtl";
  /** The page's language, for marking popup cards written only in German. */
  locale: string;
  /** DIRECTIONS_URL (lib/map/directions.ts). */
  directionsUrl: string;
};

export default function PointsMap({
  pointsUrl,
  cards,
  districtsUrl,
  tileUrl,
  attribution,
  labels,
  dir,
  locale,
  directionsUrl,
}: PointsMapProps) {
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

  const popupKey = request ? `${request.position.join()}:${request.ids.join()}` : "";

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
          {!request ? null : "cardsUrl" in cards ? (
            <OfferPopup
              key={popupKey}
              request={request}
              cardsUrl={cards.cardsUrl}
              cache={cardCache}
              labels={labels}
              dir={dir}
              locale={locale}
              directionsUrl={directionsUrl}
              onClose={closePopup}
            />
          ) : (
            <OrganisationPopup
              key={popupKey}
              request={request}
              organisationCardsUrl={cards.organisationCardsUrl}
              cache={cardCache}
              labels={labels}
              dir={dir}
              locale={locale}
              directionsUrl={directionsUrl}
              onClose={closePopup}
            />
          )}
        </MapContainer>
      </div>
    </div>
  );
}
