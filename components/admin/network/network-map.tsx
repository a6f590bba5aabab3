"use client";
// The network on the city map: a dot for each organisation at its address, a line for each
// relationship, drawn and dashed by kind. Organisations at the same address share one dot, whose
// popup lists them all; a dot on top of another could not be reached at all.
import "leaflet/dist/leaflet.css";
import "@/components/map/map.css";
import { useEffect, useMemo, useRef, type RefObject } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { DivIcon, LatLngBounds, type Marker as LeafletMarker, type PathOptions } from "leaflet";
import { MapContainer, Marker, Polyline, Popup, Tooltip, useMap } from "react-leaflet";
import { DistrictOutlines } from "@/components/map/district-outlines";
import { AACHEN, BaseLayer, mapOptions, TileNotice, useTileFailure } from "@/components/map/map-base";
import type { NetworkMapEdge, NetworkMapNode } from "@/lib/network/map";
import { ringOf, type ProgrammeColour } from "./programme-colours";
import { RELATION_WEIGHT, relationStyles } from "./relation-styles";

export type NetworkMapProps = {
  nodes: NetworkMapNode[];
  edges: NetworkMapEdge[];
  /** The kinds of organisation in the reader's language. */
  typeLabels: Record<string, string>;
  /** Programmes with their names and ring colours, in display order. */
  programmes: ProgrammeColour[];
  /** GeoJSON FeatureCollection of the district outlines. */
  districtsUrl: string;
  tileUrl: string;
  /** HTML credit for the tiles. */
  attribution: string;
};

type Place = { key: string; lat: number; lng: number; nodes: NetworkMapNode[]; degree: number };

// About a metre: organisations at one address are one place, a house apart are two.
const placeKey = (node: { lat: number; lng: number }) => `${node.lat.toFixed(5)},${node.lng.toFixed(5)}`;

function placesOf(nodes: NetworkMapNode[]): Place[] {
  const places = new Map<string, Place>();
  for (const node of nodes) {
    const key = placeKey(node);
    const place = places.get(key) ?? { key, lat: node.lat, lng: node.lng, nodes: [], degree: 0 };
    place.nodes.push(node);
    place.degree += node.degree;
    places.set(key, place);
  }
  return [...places.values()];
}

/** The programmes any organisation at a place takes part in, in display order. */
const programmesAt = (place: Place, programmes: ProgrammeColour[]) =>
  programmes.filter((p) => place.nodes.some((n) => n.programmes.includes(p.slug)));

// Text goes in as text: names are typed in by editors and must not become markup. A place whose
// organisations take part in programmes gets a ring in those programmes' colours around its dot.
function nodeIcon(place: Place, label: string, ring: readonly string[]): DivIcon {
  const size = 14 + 2 * Math.min(place.degree, 8) + (ring.length ? 8 : 0);
  const root = document.createElement("span");
  if (ring.length) {
    root.className = "network-node__dot";
    const halo = document.createElement("span");
    halo.className = "network-node__ring";
    halo.setAttribute("aria-hidden", "true");
    halo.style.background = ringOf(ring);
    const wrapper = document.createElement("span");
    wrapper.append(halo, root);
    fill(root, place, label);
    return new DivIcon({ className: "network-node network-node--programmes", iconSize: [size, size], html: wrapper });
  }
  fill(root, place, label);
  const shared = place.nodes.length > 1 ? " network-node--shared" : "";
  return new DivIcon({ className: `network-node${shared}`, iconSize: [size, size], html: root });
}

function fill(root: HTMLElement, place: Place, label: string) {
  if (place.nodes.length > 1) {
    const count = document.createElement("span");
    count.setAttribute("aria-hidden", "true");
    count.textContent = String(place.nodes.length);
    root.append(count);
  }
  const name = document.createElement("span");
  name.className = "visually-hidden";
  name.textContent = label;
  root.append(name);
}

export default function NetworkMap({
  nodes,
  edges,
  typeLabels,
  programmes,
  districtsUrl,
  tileUrl,
  attribution,
}: NetworkMapProps) {
  const t = useTranslations("admin.network.map");
  // The verbs read the line in its direction: "City of Aachen – funds – Café Müller".
  const verb = useTranslations("admin.relationships.types");
  const [tilesFailed, onTileError] = useTileFailure();
  const places = useMemo(() => placesOf(nodes), [nodes]);
  const lines = useMemo(() => {
    const at = new Map(nodes.map((node) => [node.id, node]));
    const names = (id: string) => at.get(id)?.name ?? "";
    return edges.flatMap((edge, i) => {
      const from = at.get(edge.from);
      const to = at.get(edge.to);
      if (!from || !to) return [];
      const style = relationStyles[edge.type];
      const options: PathOptions = {
        color: style.colour,
        dashArray: style.dash,
        weight: RELATION_WEIGHT,
        opacity: 0.85,
        lineCap: "round",
      };
      return [
        {
          key: `${edge.from}:${edge.to}:${edge.type}:${i}`,
          positions: [
            [from.lat, from.lng],
            [to.lat, to.lng],
          ] as [number, number][],
          options,
          label: `${names(edge.from)} – ${verb(edge.type)} – ${names(edge.to)}`,
        },
      ];
    });
  }, [nodes, edges, verb]);

  return (
    <div className="network-map">
      <TileNotice failed={tilesFailed} text={t("tilesFailed")} />
      <div className="map-frame network-map__frame" role="region" aria-label={t("region")}>
        <MapContainer center={AACHEN} zoom={12} className="map-frame__map" {...mapOptions()}>
          <BaseLayer url={tileUrl} attribution={attribution} onTileError={onTileError} />
          <DistrictOutlines url={districtsUrl} />
          {lines.map((line) => (
            <Polyline key={line.key} positions={line.positions} pathOptions={line.options}>
              <Tooltip sticky>{line.label}</Tooltip>
            </Polyline>
          ))}
          {places.map((place) => (
            <PlaceMarker key={place.key} place={place} typeLabels={typeLabels} programmes={programmes} />
          ))}
          <FitTo places={places} />
        </MapContainer>
      </div>
    </div>
  );
}

type MarkerProps = { place: Place; typeLabels: Record<string, string>; programmes: ProgrammeColour[] };

function PlaceMarker({ place, typeLabels, programmes }: MarkerProps) {
  const t = useTranslations("admin.network.map");
  const marker = useRef<LeafletMarker>(null);
  const [only] = place.nodes;
  const present = useMemo(() => programmesAt(place, programmes), [place, programmes]);
  const named =
    place.nodes.length === 1 && only
      ? only.name
      : t("samePlace", { count: place.nodes.length, names: place.nodes.map((n) => n.name).join(", ") });
  const label = present.length
    ? t("inProgrammes", { label: named, programmes: present.map((p) => p.name).join(", ") })
    : named;
  const icon = useMemo(
    () =>
      nodeIcon(
        place,
        label,
        present.map((p) => p.colour),
      ),
    [place, label, present],
  );
  return (
    <Marker ref={marker} position={[place.lat, place.lng]} icon={icon} title={label}>
      <Popup minWidth={200} maxWidth={320} autoPanPadding={[16, 16]} autoPanPaddingTopLeft={[16, 84]}>
        <PlaceCard place={place} typeLabels={typeLabels} programmes={programmes} marker={marker} />
      </Popup>
    </Marker>
  );
}

type CardProps = {
  place: Place;
  typeLabels: Record<string, string>;
  programmes: ProgrammeColour[];
  marker: RefObject<LeafletMarker | null>;
};

// Mounted while the popup is open: focus moves in when it opens and back to the dot when it closes,
// unless the reader has put it somewhere else meanwhile.
function PlaceCard({ place, typeLabels, programmes, marker }: CardProps) {
  const nameOf = new Map(programmes.map((p) => [p.slug, p.name]));
  const t = useTranslations("admin.network.map");
  const map = useMap();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = root.current;
    (node?.querySelector("a") ?? node)?.focus({ preventScroll: true });
    const trigger = marker.current;
    return () => {
      const focus = document.activeElement;
      if (focus === document.body || focus === null || node?.contains(focus))
        trigger?.getElement()?.focus({ preventScroll: true });
    };
  }, [marker]);

  return (
    <div
      ref={root}
      className="map-popup"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === "Escape") map.closePopup();
      }}
    >
      {place.nodes.length > 1 ? (
        <p className="map-popup__count">{t("atPlace", { count: place.nodes.length })}</p>
      ) : null}
      <ul className="map-popup__list">
        {place.nodes.map((node) => (
          <li key={node.id}>
            <Link prefetch={false} href={`/admin/organisations/${node.id}`} className="map-popup__title">
              {node.name}
            </Link>
            <span className="map-popup__meta">
              {typeLabels[node.type] ?? node.type} · {t("connections", { count: node.degree })}
            </span>
            {node.programmes.length ? (
              <span className="map-popup__meta">
                {node.programmes
                  .map((slug) => nameOf.get(slug) ?? slug)
                  .sort()
                  .join(", ")}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Frames the organisations shown, again whenever another filter brings others. */
function FitTo({ places }: { places: Place[] }) {
  const map = useMap();
  useEffect(() => {
    if (!places.length) return;
    const bounds = new LatLngBounds(places.map((place) => [place.lat, place.lng]));
    map.fitBounds(bounds, { padding: [32, 32], maxZoom: 16, animate: false });
  }, [map, places]);
  return null;
}
