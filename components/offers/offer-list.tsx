import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { languageName } from "@/lib/i18n/language-names";
import { formatList } from "@/lib/i18n/list";
import { directionOf, type Locale } from "@/lib/i18n/locales";
import type { OfferSummary } from "@/lib/offers/types";
import { OfferTimes } from "./offer-times";

export async function OfferList({ offers, locale }: { offers: OfferSummary[]; locale: Locale }) {
  const t = await getTranslations("offers");
  const tLanguage = await getTranslations("contentLanguage");
  // A card in another language than the page's is marked, so that it is read and laid out as such.
  const textOf = (offer: OfferSummary) =>
    offer.isFallback ? { lang: offer.textLocale, dir: directionOf(offer.textLocale) } : {};
  const km = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (
    <ol className="offer-list">
      {offers.map((offer) => (
        <li key={offer.slug} className="card offer-card">
          <h2 className="offer-card__title">
            <Link href={`/offers/${offer.slug}`} {...textOf(offer)}>
              {offer.title}
            </Link>
          </h2>
          <p {...textOf(offer)}>{offer.summary}</p>
          {offer.isFallback ? <p className="badge badge--muted">{tLanguage("badge", { language: offer.textLocale })}</p> : null}
          <dl className="offer-card__facts">
            <div>
              <dt>{t("card.provider")}</dt>
              <dd>
                <bdi>{offer.provider.name}</bdi>
              </dd>
            </div>
            {offer.district ? (
              <div>
                <dt>{t("card.where")}</dt>
                <dd>
                  <bdi>{offer.district.name}</bdi>
                  {offer.distanceKm !== null ? ` · ${t("card.distance", { km: km.format(offer.distanceKm) })}` : ""}
                </dd>
              </div>
            ) : null}
            {offer.languages.length > 0 ? (
              <div>
                <dt>{t("card.languages")}</dt>
                <dd>
                  {formatList(
                    offer.languages.map((code) => languageName(code, locale)),
                    locale,
                  )}
                </dd>
              </div>
            ) : null}
            <OfferTimes schedules={offer.schedules ?? []} locale={locale} />
          </dl>
          <p className="offer-card__tags">
            {offer.free ? <span className="badge badge--free">{t("card.free")}</span> : null}
            {offer.categories.map((c) => (
              <span key={c.code} className="badge">
                {c.name}
              </span>
            ))}
            {offer.programme ? <span className="badge badge--programme">{offer.programme.name}</span> : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
