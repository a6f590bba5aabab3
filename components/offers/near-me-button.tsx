"use client";
// "Near me" needs the browser's location, so it exists only with JavaScript; the district filter
// is the way to the same result without it. The position goes into the address, not to a server log
// beyond the search request itself, rounded to about 100 m.
import { useState, useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function NearMeButton({ label, deniedLabel }: { label: string; deniedLabel: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const supported = useSyncExternalStore(subscribe, () => "geolocation" in navigator, () => false);
  if (!supported) return null;

  function locate() {
    setBusy(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const url = new URL(window.location.href);
        url.searchParams.set("near", `${position.coords.latitude.toFixed(3)},${position.coords.longitude.toFixed(3)}`);
        url.searchParams.set("sort", "distance");
        url.searchParams.delete("page");
        window.location.assign(url.toString());
      },
      () => {
        setBusy(false);
        setMessage(deniedLabel);
      },
      { maximumAge: 300_000, timeout: 10_000 },
    );
  }

  return (
    <>
      <button type="button" className="button button--secondary" onClick={locate} disabled={busy} aria-busy={busy}>
        {label}
      </button>
      {message ? <p role="alert">{message}</p> : null}
    </>
  );
}
