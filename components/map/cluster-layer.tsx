"use client";
// The clusters and points of the current view as plain Leaflet markers. Markers that stay in view
// are kept rather than redrawn, so keyboard focus survives panning and 20,000 points stay fluid.
import { useEffect, useEffectEvent } from "react";
import { LayerGroup, Marker, type LatLng, type LatLngTuple } from "leaflet";
import { useMap } from "react-leaflet";
import { clusterIcon, clusterOffset, PIN_HEIGHT, pinIcon, withCount } from "./map-icons";
import { MAX_CLUSTER_ZOOM, type OfferPoints } from "./use-points";

/** What a popup needs: where, which ids, how far above the spot, and whom to give focus back. */
export type PopupRequest = { position: LatLngTuple; ids: string[]; offsetY: number; trigger: HTMLElement | null };

type Props = {
  points: OfferPoints | null;
  labels: { cluster: string; openPin: string };
  onOpen: (request: PopupRequest) => void;
};

type Feature = ReturnType<OfferPoints["index"]["getClusters"]>[number];

function positionOf(feature: Feature): LatLngTuple {
  const [lng = 0, lat = 0] = feature.geometry.coordinates;
  return [lat, lng];
}

export function ClusterLayer({ points, labels, onOpen }: Props) {
  const map = useMap();
  // Read at the moment of use, so that new labels or a new callback do not redraw every marker.
  const open = useEffectEvent((request: PopupRequest) => onOpen(request));
  const nameOf = useEffectEvent((count: number | null) =>
    count === null ? labels.openPin : withCount(labels.cluster, count),
  );

  useEffect(() => {
    if (!points) return;
    const { index, ids } = points;
    const layer = new LayerGroup().addTo(map);
    let shown = new Map<string, Marker>();
    // A keyboard user who opens a cluster lands on the marker nearest to where it was.
    let focusNear: LatLng | null = null;

    function activate(feature: Feature, marker: Marker, viaKeyboard: boolean) {
      const props = feature.properties;
      const trigger = marker.getElement() ?? null;
      if (!("cluster_id" in props)) {
        const id = ids[props.i];
        if (id) open({ position: positionOf(feature), ids: [id], offsetY: PIN_HEIGHT, trigger });
        return;
      }
      const zoom = index.getClusterExpansionZoom(props.cluster_id);
      if (zoom <= MAX_CLUSTER_ZOOM) {
        focusNear = viaKeyboard ? marker.getLatLng() : null;
        map.setView(marker.getLatLng(), zoom);
        return;
      }
      const leaves = index.getLeaves(props.cluster_id, Infinity);
      const offers = [...new Set(leaves.flatMap((leaf) => ids[leaf.properties.i] ?? []))];
      open({
        position: positionOf(feature),
        ids: offers,
        offsetY: clusterOffset(props.point_count),
        trigger,
      });
    }

    function createMarker(feature: Feature): Marker {
      const props = feature.properties;
      const label = nameOf("cluster_id" in props ? props.point_count : null);
      const icon = "cluster_id" in props ? clusterIcon(props.point_count, label) : pinIcon(label);
      const marker = new Marker(positionOf(feature), { icon, title: label, keyboard: true });
      marker.on("click", () => activate(feature, marker, false));
      // Leaflet makes the marker a focusable role="button" but lets only bound popups answer keys.
      marker.on("keydown", ({ originalEvent }) => {
        if (originalEvent.key !== "Enter" && originalEvent.key !== " ") return;
        originalEvent.preventDefault();
        activate(feature, marker, true);
      });
      return marker;
    }

    function focusNearest(target: LatLng) {
      let nearest: Marker | undefined;
      for (const marker of shown.values()) {
        if (!nearest || target.distanceTo(marker.getLatLng()) < target.distanceTo(nearest.getLatLng()))
          nearest = marker;
      }
      (nearest?.getElement() ?? map.getContainer()).focus({ preventScroll: true });
    }

    function render() {
      const view = map.getBounds().pad(0.2);
      const zoom = Math.min(Math.floor(map.getZoom()), MAX_CLUSTER_ZOOM);
      const features = index.getClusters([view.getWest(), view.getSouth(), view.getEast(), view.getNorth()], zoom);
      // New markers join the tab order in reading order: north to south, then west to east.
      const placed = features.map((feature) => ({ feature, at: positionOf(feature) }));
      placed.sort((a, b) => b.at[0] - a.at[0] || a.at[1] - b.at[1]);
      const next = new Map<string, Marker>();
      for (const { feature } of placed) {
        const props = feature.properties;
        const key = "cluster_id" in props ? `c${props.cluster_id}` : `p${props.i}`;
        next.set(key, shown.get(key) ?? createMarker(feature).addTo(layer));
        shown.delete(key);
      }
      for (const gone of shown.values()) layer.removeLayer(gone);
      shown = next;
      if (focusNear) focusNearest(focusNear);
      focusNear = null;
    }

    // moveend also follows every zoom, so one listener covers both.
    map.on("moveend", render);
    // Each new result set is framed once (without animation, so that the first markers drawn are
    // those of the framed view); after that the reader decides where to look.
    if (points.bounds) map.fitBounds(points.bounds, { padding: [24, 24], maxZoom: 16, animate: false });
    render();
    return () => {
      map.off("moveend", render);
      layer.remove();
    };
  }, [map, points]);

  return null;
}
