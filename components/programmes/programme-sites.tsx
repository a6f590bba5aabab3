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
  const extras = await getTranslations("mapExtras");
  if (programme.sites.length === 0) return null;
  const dayName = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  // 2024-01-01 was a Monday: weekday n (1 = Monday) is 2024-01-0n.
  const weekday = (n: number) => dayName.format(new Date(Date.UTC(2024, 0, n)));
  const rows = programme.sites.map((site) => ({
    slug: site.organisation.slug,
    name: site.organisation.name,
    cells: [
      { label: t("district"), value: site.district?.name ?? "–" },
      { label: t("weekday"), value: formatList(site.weekdays.map(weekday), locale) || "–" },
      { label: t("languages"), value: formatList(site.languages.map((code) => languageName(code, locale)), locale) || "–" },
      { label: t("groups"), value: site.groups ?? "–" },
    ],
  }));
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t("title", { count: programme.sites.length })}</h2>
      <LocationMapLoader
        points={programme.sites.flatMap((s) => (s.latitude !== null && s.longitude !== null ? [{ lat: s.latitude, lng: s.longitude, label: s.organisation.name }] : []))}
        tileUrl={env().MAP_TILE_URL}
        attribution={env().MAP_TILE_ATTRIBUTION}
        labels={{ region: t("map"), tilesFailed: tPlaces("tilesFailed") }}
        lightMode={{ leftOut: extras("leftOut"), showMap: extras("showMap") }}
      />
      {/* On a phone each site is a card; from 40rem on, the table compares them side by side. Only
          one of the two is displayed (and so exposed to screen readers) at a time. */}
      <ul className="site-cards">
        {rows.map((row, i) => (
          <li key={i} className="card">
            <h3>
              <Link href={`/organisations/${row.slug}`}>
                <bdi>{row.name}</bdi>
              </Link>
            </h3>
            <dl className="facts">
              {row.cells.map((cell) => (
                <div key={cell.label}>
                  <dt>{cell.label}</dt>
                  <dd>{cell.value}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      <div className="table-scroll site-table">
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
            {rows.map((row, i) => (
              <tr key={i}>
                <th scope="row">
                  <Link href={`/organisations/${row.slug}`}>
                    <bdi>{row.name}</bdi>
                  </Link>
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.label}>{cell.value}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
