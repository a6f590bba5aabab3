import { getTranslations, setRequestLocale } from "next-intl/server";
import { CategoryIcon } from "@/components/ui/category-icon";
import { SearchBox } from "@/components/offers/search-box";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { localeParam, type LocaleParams } from "@/lib/i18n/params";
import { listProgrammes } from "@/lib/programmes/directory";
import { listTerms } from "@/lib/taxonomy/directory";

const situations = [
  { key: "arrived", query: { audience: "newcomers" } },
  { key: "german", query: { category: "language" } },
  { key: "work", query: { category: "work" } },
  { key: "children", query: { category: "parents-children" } },
  { key: "counselling", query: { category: "counselling" } },
  { key: "residence", query: { category: "legal" } },
] as const;

export default async function HomePage({ params }: LocaleParams) {
  const locale: Locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const [categories, programmes] = await Promise.all([listTerms("category", locale), listProgrammes(locale)]);
  const topProgrammes = programmes.filter((p) => p.parentSlug === null);

  return (
    <div className="home">
      <section className="home__hero" aria-labelledby="home-title">
        <h1 id="home-title">{t("title")}</h1>
        <p className="home__lead">{t("lead")}</p>
        <SearchBox
          locale={locale}
          label={t("searchLabel")}
          placeholder={t("searchPlaceholder")}
          button={t("searchButton")}
        />
      </section>

      <section aria-labelledby="situations-title">
        <h2 id="situations-title">{t("situationsTitle")}</h2>
        <ul className="chips">
          {situations.map((s) => (
            <li key={s.key}>
              <Link className="chip" href={{ pathname: "/offers", query: s.query }}>
                {t(`situations.${s.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="categories-title">
        <h2 id="categories-title">{t("categoriesTitle")}</h2>
        <ul className="grid grid--compact" role="list">
          {categories.map((c) => (
            <li key={c.code}>
              <Link className="card tile-link tile-link--row" href={{ pathname: "/offers", query: { category: c.code } }}>
                <CategoryIcon name={c.icon} />
                <span>
                  <strong>{c.name}</strong>
                  <span className="muted"> {t("offerCount", { count: c.offerCount })}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="programmes-title">
        <h2 id="programmes-title">{t("programmesTitle")}</h2>
        <p>{t("programmesLead")}</p>
        <ul className="grid" role="list">
          {topProgrammes.map((p) => (
            <li key={p.slug}>
              <Link className="card tile-link" href={`/programmes/${p.slug}`}>
                <strong>{p.name}</strong>
                <span lang={p.isFallback ? p.textLocale : undefined}>{p.summary}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p>
          <Link href="/programmes">{t("allProgrammes")}</Link>
        </p>
      </section>

      <section className="card home__institutions" aria-labelledby="institutions-title">
        <h2 id="institutions-title">{t("institutionsTitle")}</h2>
        <p>{t("institutionsText")}</p>
        <Link className="button" href="/institutions">
          {t("institutionsLink")}
        </Link>
      </section>
    </div>
  );
}
