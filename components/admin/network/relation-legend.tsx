// What the lines on the network map mean: a sample of each kind of line, its name and how many of
// them the map shows. It is part of the page, not of the map, so it reads without the map as well.
import "./network-map.css";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { networkRelationTypes } from "@/lib/network/filter";
import type { RelationshipType } from "@/lib/relationships/editing";
import { RELATION_WEIGHT, relationStyles } from "./relation-styles";

type Props = { counts: Partial<Record<RelationshipType, number>>; id?: string };

export async function RelationLegend({ counts, id = "relation-legend" }: Props) {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.network" });
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t("map.legend")}</h2>
      <ul className="relation-legend">
        {networkRelationTypes.map((type) => {
          const style = relationStyles[type];
          return (
            <li key={type}>
              <svg width="48" height="12" viewBox="0 0 48 12" aria-hidden="true" focusable="false">
                <line
                  x1="3"
                  y1="6"
                  x2="45"
                  y2="6"
                  stroke={style.colour}
                  strokeWidth={RELATION_WEIGHT}
                  strokeDasharray={style.dash}
                  strokeLinecap="round"
                />
              </svg>
              <span>
                {t(`relationTypes.${type}`)} ({counts[type] ?? 0})
              </span>
            </li>
          );
        })}
      </ul>
      <p className="muted">{t("map.legendNote")}</p>
    </section>
  );
}
