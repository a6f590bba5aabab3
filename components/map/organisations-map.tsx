"use client";
// The partner directory on a map: one pin per address, clustered where addresses crowd together.
import "leaflet/dist/leaflet.css";
import "./map.css";
import { useCallback, useMemo, useState } from "react";
import { MapContainer } from "react-leaflet";
import { ClusterLayer, type PopupRequest } from "./cluster-layer";
import { DistrictOutlines } from "./district-outlines";
import { AACHEN, BaseLayer, mapOptions, TileNotice, useTileFailure } from "./map-base";
import { withCount } from "./map-icons";
import { OrganisationPopup, type OrganisationCard } from "./organisation-popup";
import { usePoints } from "./use-points";

export type OrganisationsMapProps = {
  /** GET → { ids: string[]; points: Array<[lat, lng]> }; ids[i] is the slug of the partner at points[i]. */
  pointsUrl: string;
  /** By slug, every partner the points may name. */
  organisations: Record<string, OrganisationCard>;
  /** A partner's page is this followed by its slug. */
  hrefBase: string;
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
    /** "{count} Adressen", on a cluster marker */
    cluster: string;
    /** on a single pin */
    openPartner: string;
    /** "{count} Partner an diesem Ort", above a popup that lists several */
    several: string;
    noResults: string;
    /** "{count} Adressen auf der Karte" */
    resultCount: string;
  };
  dir: "ltr" | "rtl";
};

export default function OrganisationsMap({
  pointsUrl,
  organisations,
  hrefBase,
  districtsUrl,
  tileUrl,
  attribution,
  labels,
  dir,
}: OrganisationsMapProps) {
  const { status, points } = usePoints(pointsUrl);
  const [tilesFailed, onTileError] = useTileFailure();
  const [request, setRequest] = useState<PopupRequest | null>(null);
  const closePopup = useCallback(
    (closed: PopupRequest) => setRequest((current) => (current === closed ? null : current)),
    [],
  );
  const markerLabels = useMemo(
    () => ({ cluster: labels.cluster, openOffer: labels.openPartner }),
    [labels.cluster, labels.openPartner],
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
          <ClusterLayer points={points} labels={markerLabels} onOpen={setRequest} />
          {request ? (
            <OrganisationPopup
              key={`${request.position.join()}:${request.ids.join()}`}
              request={request}
              organisations={organisations}
              hrefBase={hrefBase}
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
