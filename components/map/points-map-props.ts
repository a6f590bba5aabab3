// What the offer search and the partner directory set alike on their maps. Both word the map's
// labels under the same keys, each in its own namespace.
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { directionOf, type Locale } from "@/lib/i18n/locales";
import type { PointsMapProps } from "./points-map";

type Shared = Omit<PointsMapProps, "pointsUrl" | "cards" | "labels"> & {
  labels: Omit<PointsMapProps["labels"], "openPin" | "several">;
};

export async function sharedPointsMapProps(locale: Locale, namespace: "offers" | "organisations"): Promise<Shared> {
  const t = await getTranslations({ locale, namespace: `${namespace}.map` });
  return {
    districtsUrl: "/geo/stadtbezirke.geojson",
    tileUrl: env().MAP_TILE_URL,
    attribution: env().MAP_TILE_ATTRIBUTION,
    dir: directionOf(locale),
    labels: {
      region: t("region"),
      loading: t("loading"),
      error: t("error"),
      tilesFailed: t("tilesFailed"),
      cluster: t.raw("cluster") as string,
      noResults: t("noResults"),
      resultCount: t.raw("resultCount") as string,
    },
  };
}
