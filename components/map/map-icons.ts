// Markers are drawn with CSS alone: the Content-Security-Policy admits images from this site only,
// and text in the marker (not an image alt) gives it its accessible name.
import { DivIcon } from "leaflet";

/** Fills "{count}" in a translated label, with the page's digits. */
export function withCount(template: string, count: number): string {
  const lang = typeof document === "undefined" ? undefined : document.documentElement.lang || undefined;
  return template.replace("{count}", count.toLocaleString(lang));
}

function content(label: string, shown?: string): HTMLElement {
  const root = document.createElement("span");
  if (shown) {
    const visible = document.createElement("span");
    visible.setAttribute("aria-hidden", "true");
    visible.textContent = shown;
    root.append(visible);
  }
  const name = document.createElement("span");
  name.className = "visually-hidden";
  name.textContent = label;
  root.append(name);
  return root;
}

function clusterSize(count: number): { name: string; px: number } {
  return count < 10 ? { name: "s", px: 36 } : count < 100 ? { name: "m", px: 44 } : { name: "l", px: 52 };
}

export function clusterIcon(count: number, label: string): DivIcon {
  const { name, px } = clusterSize(count);
  return new DivIcon({
    className: `map-cluster map-cluster--${name}`,
    iconSize: [px, px],
    html: content(label, String(count)),
  });
}

/** Half the cluster's height, so that a popup opened on it does not cover it. */
export function clusterOffset(count: number): number {
  return clusterSize(count).px / 2;
}

// The pin's tip is the icon's bottom centre: that is where the location is.
export const PIN_HEIGHT = 28;

export function pinIcon(label: string): DivIcon {
  return new DivIcon({
    className: "map-pin",
    iconSize: [28, PIN_HEIGHT],
    iconAnchor: [14, PIN_HEIGHT],
    tooltipAnchor: [0, -PIN_HEIGHT],
    html: content(label),
  });
}
