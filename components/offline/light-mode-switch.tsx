"use client";
// The light mode setting, kept on this device (components/offline/device.ts). Absent without
// JavaScript, where maps do not load anyway.
import { chooseLightMode, useLightMode } from "./device";

export function LightModeSwitch({ labels }: { labels: { label: string; hint: string } }) {
  const mode = useLightMode();
  if (mode === "unknown") return null;
  return (
    <p className="light-mode-switch">
      <label>
        <input
          type="checkbox"
          checked={mode === "light"}
          aria-describedby="light-mode-hint"
          onChange={(event) => chooseLightMode(event.target.checked)}
        />{" "}
        {labels.label}
      </label>
      <span id="light-mode-hint" className="muted">
        {labels.hint}
      </span>
    </p>
  );
}
