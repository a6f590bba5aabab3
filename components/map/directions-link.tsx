"use client";
// Directions to a place. The reader's position is asked for only when they tap, and used only when
// they allow it; otherwise (or without JavaScript) the routing site opens with the place alone.
import { directionsUrl, type LatLng } from "@/lib/map/directions";

type Props = { template: string; to: LatLng; label: string; className?: string };

export function DirectionsLink({ template, to, label, className }: Props) {
  const withoutStart = directionsUrl(template, to, null);
  return (
    <a
      href={withoutStart}
      rel="noopener"
      className={className}
      onClick={(event) => {
        if (!navigator.geolocation) return;
        event.preventDefault();
        const go = (from: LatLng | null) => window.location.assign(directionsUrl(template, to, from));
        navigator.geolocation.getCurrentPosition(
          (position) => go([position.coords.latitude, position.coords.longitude]),
          () => go(null),
          { timeout: 10_000, maximumAge: 5 * 60_000 },
        );
      }}
    >
      {label}
    </a>
  );
}
