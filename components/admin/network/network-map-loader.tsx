"use client";
// Leaflet loads only on the network map page, never with the rest of the back office.
import "@/components/map/map-frame.css";
import "./network-map.css";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { MapPlaceholder, WithPlaceholder } from "@/components/map/map-placeholder";
import type { NetworkMapProps } from "./network-map";

export type { NetworkMapProps };

const NetworkMap = dynamic(() => import("./network-map"), { ssr: false, loading: MapPlaceholder });

export function NetworkMapLoader(props: NetworkMapProps) {
  const t = useTranslations("admin.network.map");
  const placeholder = (
    <div className="network-map">
      <div className="map-frame network-map__frame" role="status">
        <p className="network-map__loading">{t("loading")}</p>
      </div>
    </div>
  );
  return (
    <WithPlaceholder placeholder={placeholder}>
      <NetworkMap {...props} />
    </WithPlaceholder>
  );
}
