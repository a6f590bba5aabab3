import { getTranslations } from "next-intl/server";
import { LocationMapLoader } from "@/components/map/location-map-loader";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { languageName } from "@/lib/i18n/language-names";
import { formatList } from "@/lib/i18n/list";
import type { Locale } from "@/lib/i18n/locales";
import type { ProgrammeDetail } from "@/lib/programmes/directory";

/** The places where a programme runs now: a table (the accessible view) beside a map. */
export async function ProgrammeSites({ programme, locale }: { programme: ProgrammeDetail; locale: Locale }) {
  const t = await getTranslations("programmes.sites");
  const tPlaces = await getTranslations("offer.places");
  if (programme.sites.length === 0) return null;
  const dayName = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  // 2024-01-01 was a Monday: weekday n (1 = Monday) is 2024-01-0n.
  const weekday = (n: number) => dayName.format(new Date(Date.UTC(2024, 0, n)));
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t("title", { count: programme.sites.length })}</h2>
      <LocationMapLoader
        points={programme.sites.flatMap((s) => (s.latitude !== null && s.longitude !== null ? [{ lat: s.latitude, lng: s.longitude, label: s.organisation.name }] : []))}
        tileUrl={env().MAP_TILE_URL}
        attribution={env().MAP_TILE_ATTRIBUTION}
        labels={{ region: t("map"), tilesFailed: tPlaces("tilesFailed") }}
      />
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("organisation")}</th>
              <th scope="col">{t("district")}</th>
              <th scope="col">{t("weekday")}</th>
              <th scope="col">{t("languages")}</th>
              <th scope="col">{t("groups")}</th>
            </tr>
          </thead>
          <tbody>
            {programme.sites.map((site, i) => (
              <tr key={i}>
                <th scope="row">
                  <Link href={`/organisations/${site.organisation.slug}`}>
                    <bdi>{site.organisation.name}</bdi>
                  </Link>
                </th>
                <td>{site.district?.name ?? "–"}</td>
                <td>{formatList(site.weekdays.map(weekday), locale) || "–"}</td>
                <td>{formatList(site.languages.map((code) => languageName(code, locale)), locale) || "–"}</td>
                <td>{site.groups ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
