// An empty result is a dead end only if it does not say why and how to get out of it. Words are
// said back as they were typed; the spelling is blamed only for words found nowhere, and the
// categories the words name are offered as a way on.
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { activeFilters, toQuery, type OfferFilter } from "@/lib/offers/filter";
import type { OfferFilterOptions } from "@/lib/offers/options";
import type { ConceptLink } from "@/lib/offers/queries";
import { filterLabel } from "./filter-label";

type Props = { filter: OfferFilter; unmatchedWords: string[]; concepts: ConceptLink[]; options: OfferFilterOptions };

export async function NoResults({ filter, unmatchedWords, concepts, options }: Props) {
  const t = await getTranslations("offers.empty");
  const tOffers = await getTranslations("offers");
  const active = activeFilters(filter);
  return (
    <section className="card no-results" aria-labelledby="no-results-title">
      <h2 id="no-results-title">{t("title")}</h2>
      {unmatchedWords.length > 0 ? (
        <p>{t("unknownWords", { words: unmatchedWords.join(", ") })}</p>
      ) : filter.q && active.length === 0 ? (
        <p>{t("noneWithAll", { words: filter.q })}</p>
      ) : null}
      {concepts.length > 0 ? (
        <nav aria-labelledby="no-results-concepts">
          <h3 id="no-results-concepts">{t("concepts")}</h3>
          <ul>
            {concepts.map((c) => (
              <li key={`${c.taxonomy}:${c.code}`}>
                <Link href={{ pathname: "/offers", query: { [c.taxonomy]: c.code } }}>
                  {t("concept", { name: c.name })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <ul>
        {active.map((key) => (
          <li key={key}>
            <Link href={{ pathname: "/offers", query: toQuery(filter, { [key]: undefined, page: undefined }) }}>
              {t("dropFilter", { filter: filterLabel(key, filter, options, tOffers) })}
            </Link>
          </li>
        ))}
        {filter.q ? (
          <li>
            <Link href={{ pathname: "/offers", query: toQuery(filter, { q: undefined, page: undefined }) }}>
              {t("dropQuery", { q: filter.q })}
            </Link>
          </li>
        ) : null}
        <li>
          <Link href="/offers">{t("showAll")}</Link>
        </li>
      </ul>
    </section>
  );
}
