"use client";
// Where a location is: latitude and longitude as fields, a map to click or drag the pin, and, when a
// geocoder is configured, a button that looks the address up. The fields stay the source of truth,
// so the form works (and can be corrected) even when the map or the geocoder does not.
import dynamic from "next/dynamic";
import { useRef, useState, useTransition } from "react";
import type { LatLngTuple } from "leaflet";
import { useTranslations } from "next-intl";
import { MapPlaceholder } from "@/components/map/map-placeholder";
import "@/components/map/map-frame.css";
import { fieldId, useFormValues } from "./form-context";
import type { PinMapProps } from "./pin-map";

const PinMap = dynamic<PinMapProps>(() => import("./pin-map"), { ssr: false, loading: MapPlaceholder });

export type GeocodeResult = { lat: number; lng: number; label: string } | null;

type Props = {
  tileUrl: string;
  attribution: string;
  geocode?: (address: string) => Promise<GeocodeResult>;
};

const round = (n: number) => String(Math.round(n * 1e6) / 1e6);
const first = (v: string | string[] | undefined) => String([v ?? ""].flat()[0] ?? "");

export function PinPicker({ tileUrl, attribution, geocode }: Props) {
  const t = useTranslations("admin.locations.pin");
  const tErrors = useTranslations("admin.form.errors");
  const { values, errors, labels, generation } = useFormValues();
  labels.set("latitude", t("latitude"));
  labels.set("longitude", t("longitude"));
  const container = useRef<HTMLFieldSetElement>(null);
  const [state, setState] = useState(() => ({ generation, lat: first(values.latitude), lng: first(values.longitude) }));
  const current = state.generation === generation ? state : { generation, lat: first(values.latitude), lng: first(values.longitude) };
  const set = (lat: string, lng: string) => setState({ generation, lat, lng });
  // A pin placed on the map or by the geocoder changes the form as much as typing does.
  const moved = (lat: string, lng: string) => {
    set(lat, lng);
    container.current?.dispatchEvent(new Event("input", { bubbles: true }));
  };
  const [lookup, setLookup] = useState<string>("");
  const [pending, startTransition] = useTransition();

  const lat = Number.parseFloat(current.lat);
  const lng = Number.parseFloat(current.lng);
  const position: LatLngTuple | null = Number.isFinite(lat) && Number.isFinite(lng) ? [lat, lng] : null;

  const findAddress = () => {
    const form = container.current?.closest("form");
    const field = (name: string) => String(form?.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value ?? "").trim();
    const address = [field("street"), `${field("postcode")} ${field("city")}`.trim()].filter(Boolean).join(", ");
    if (!address || !geocode) return;
    startTransition(async () => {
      const found = await geocode(address);
      if (!found) return setLookup(t("notFound"));
      moved(round(found.lat), round(found.lng));
      setLookup(t("found", { label: found.label }));
    });
  };

  const coordinate = (name: "latitude" | "longitude", value: string, onChange: (v: string) => void) => {
    const error = errors[name]?.[0];
    return (
      <div className="field">
        <label htmlFor={fieldId(name)}>
          {t(name)}
          <span aria-hidden="true"> *</span>
        </label>
        <input
          id={fieldId(name)}
          name={name}
          className="input"
          inputMode="decimal"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fieldId(name)}-error` : undefined}
        />
        {error ? (
          <p className="field__error" id={`${fieldId(name)}-error`}>
            {tErrors.has(error) ? tErrors(error) : tErrors("invalid")}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <fieldset className="pin-picker" ref={container}>
      <legend>{t("legend")}</legend>
      <p className="field__hint">{t("hint")}</p>
      {geocode ? (
        <p>
          <button type="button" className="button button--secondary" onClick={findAddress} disabled={pending} aria-busy={pending}>
            {t("lookup")}
          </button>{" "}
          <span role="status">{lookup}</span>
        </p>
      ) : null}
      <PinMap
        position={position}
        onChange={([la, ln]) => moved(round(la), round(ln))}
        tileUrl={tileUrl}
        attribution={attribution}
        labels={{ region: t("map"), tilesFailed: t("tilesFailed"), pin: t("pinLabel") }}
      />
      <div className="coordinates">
        {coordinate("latitude", current.lat, (v) => set(v, current.lng))}
        {coordinate("longitude", current.lng, (v) => set(current.lat, v))}
      </div>
    </fieldset>
  );
}
