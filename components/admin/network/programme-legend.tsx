// What the rings around the dots on the network map mean: a swatch per programme with the number of
// organisations on the map taking part in it. Part of the page, so it reads without the map too.
import "./network-map.css";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import type { ProgrammeColour } from "./programme-colours";

type Props = { programmes: ProgrammeColour[]; counts: Record<string, number>; id?: string };

export async function ProgrammeLegend({ programmes, counts, id = "programme-legend" }: Props) {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.network.map" });
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t("programmeLegend")}</h2>
      <ul className="relation-legend">
        {programmes.map((p) => (
          <li key={p.slug}>
            <span className="programme-legend__swatch" style={{ background: p.colour }} aria-hidden="true" />
            <span>
              {p.name} ({counts[p.slug] ?? 0})
            </span>
          </li>
        ))}
      </ul>
      <p className="muted">{t("programmeLegendNote")}</p>
    </section>
  );
}
