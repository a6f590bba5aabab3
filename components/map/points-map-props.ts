// What the offer search and the partner directory set alike on their maps. Both word the map's
// labels under the same keys, each in its own namespace.
import { getTranslations } from "next-intl/server";
import { shownInBadges } from "@/components/content/shown-in";
import { env } from "@/lib/env";
import { directionOf, type Locale } from "@/lib/i18n/locales";
import type { LightModeLabels } from "./light-mode-gate";
import type { PointsMapProps } from "./points-map";

type Shared = Omit<PointsMapProps, "pointsUrl" | "cards" | "labels"> & {
  labels: Omit<PointsMapProps["labels"], "openPin" | "several">;
  lightMode: LightModeLabels;
};

/** What every map says in light mode, before the reader asks for it. */
export async function lightModeLabels(locale: Locale): Promise<LightModeLabels> {
  const t = await getTranslations({ locale, namespace: "mapExtras" });
  return { leftOut: t("leftOut"), showMap: t("showMap") };
}

export async function sharedPointsMapProps(locale: Locale, namespace: "offers" | "organisations"): Promise<Shared> {
  const t = await getTranslations({ locale, namespace: `${namespace}.map` });
  const extras = await getTranslations({ locale, namespace: "mapExtras" });
  return {
    locale,
    directionsUrl: env().DIRECTIONS_URL,
    lightMode: await lightModeLabels(locale),
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
      shownIn: await shownInBadges(locale),
      directions: extras("directions"),
    },
  };
}
