import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { languageName } from "@/lib/i18n/language-names";
import { formatList } from "@/lib/i18n/list";
import type { Locale } from "@/lib/i18n/locales";
import type { OfferDetail } from "@/lib/offers/types";

export async function OfferFacts({ offer, locale }: { offer: OfferDetail; locale: Locale }) {
  const t = await getTranslations("offer.facts");
  const ages =
    offer.minAge !== null && offer.maxAge !== null
      ? t("ageRange", { min: offer.minAge, max: offer.maxAge })
      : offer.minAge !== null
        ? t("ageFrom", { min: offer.minAge })
        : offer.maxAge !== null
          ? t("ageUpTo", { max: offer.maxAge })
          : null;
  return (
    <section className="card" aria-labelledby="facts-title">
      <h2 id="facts-title">{t("title")}</h2>
      <dl className="facts">
        {offer.audiences.length > 0 || ages ? (
          <div>
            <dt>{t("forWhom")}</dt>
            <dd>{formatList([...offer.audiences.map((a) => a.name), ...(ages ? [ages] : [])], locale)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("languages")}</dt>
          <dd>{formatList(offer.languages.map((code) => languageName(code, locale)), locale) || t("notStated")}</dd>
        </div>
        <div>
          <dt>{t("cost")}</dt>
          <dd>
            {offer.free ? t("free") : t("notFree")}
            {offer.costNote ? <span lang={offer.isFallback ? offer.textLocale : undefined}> – {offer.costNote}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t("registration")}</dt>
          <dd>{offer.registrationRequired ? t("registrationNeeded") : t("registrationNotNeeded")}</dd>
        </div>
        <div>
          <dt>{t("provider")}</dt>
          <dd>
            <Link href={`/organisations/${offer.provider.slug}`}>
              <bdi>{offer.provider.name}</bdi>
            </Link>
          </dd>
        </div>
        {offer.programme ? (
          <div>
            <dt>{t("programme")}</dt>
            <dd>
              <Link href={`/programmes/${offer.programme.slug}`}>{offer.programme.name}</Link>
            </dd>
          </div>
        ) : null}
        {offer.categories.length > 0 ? (
          <div>
            <dt>{t("topics")}</dt>
            <dd>{formatList(offer.categories.map((c) => c.name), locale)}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
