import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BackToSearch } from "@/components/offers/back-to-search";
import { OfferContact } from "@/components/offers/detail/offer-contact";
import { OfferFacts } from "@/components/offers/detail/offer-facts";
import { OfferPlaces } from "@/components/offers/detail/offer-places";
import { OfferSchedule } from "@/components/offers/detail/offer-schedule";
import { PageActions } from "@/components/offers/detail/page-actions";
import { SaveOfferButton } from "@/components/offline/save-offer-button";
import { TextOriginNote } from "@/components/content/text-origin-note";
import { directionOf } from "@/lib/i18n/locales";
import { localeParam } from "@/lib/i18n/params";
import { getOffer } from "@/lib/offers/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load(params: Props["params"]) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const offer = await getOffer(slug, locale);
  if (!offer) notFound();
  return { locale, offer };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { offer } = await load(params);
  return { title: offer.title, description: offer.summary };
}

export default async function OfferPage({ params }: Props) {
  const { locale, offer } = await load(params);
  setRequestLocale(locale);
  const t = await getTranslations("offer");
  const tSaved = await getTranslations("saved");
  // Text in another language than the page's is marked, so that it is read and laid out as such.
  const textLang = offer.isFallback ? offer.textLocale : undefined;
  const textDir = offer.isFallback ? directionOf(offer.textLocale) : undefined;
  const text = { lang: textLang, dir: textDir };
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Berlin" });

  return (
    <article className="offer-detail">
      <p className="no-print">
        <BackToSearch locale={locale} label={t("back")} />
      </p>
      <h1 {...text}>
        {offer.title}
      </h1>
      <TextOriginNote origin={offer.origin} />
      <p className="offer-detail__lead" {...text}>
        {offer.summary}
      </p>
      <SaveOfferButton
        offer={{ slug: offer.slug, locale, title: offer.title, titleLang: textLang, provider: offer.provider.name }}
        savedListHref={`/${locale}/saved`}
        labels={{
          save: tSaved("save"),
          savedHere: tSaved("savedHere"),
          remove: tSaved("remove"),
          failed: tSaved("failed"),
          list: tSaved("list"),
        }}
      />

      <OfferFacts offer={offer} locale={locale} />

      {offer.description || offer.eligibility || offer.howToJoin ? (
        <section aria-labelledby="about-title">
          <h2 id="about-title">{t("about")}</h2>
          {offer.description ? <p {...text}>{offer.description}</p> : null}
          {offer.eligibility ? (
            <>
              <h3>{t("eligibility")}</h3>
              <p {...text}>{offer.eligibility}</p>
            </>
          ) : null}
          {offer.howToJoin ? (
            <>
              <h3>{t("howToJoin")}</h3>
              <p {...text}>{offer.howToJoin}</p>
            </>
          ) : null}
        </section>
      ) : null}

      {offer.easyRead ? (
        <details className="card easy-read">
          <summary>{t("easyRead")}</summary>
          <p lang="de">{offer.easyRead}</p>
        </details>
      ) : null}

      <OfferSchedule offer={offer} locale={locale} />
      <OfferPlaces offer={offer} />
      <OfferContact offer={offer} />

      <footer className="offer-detail__footer">
        {offer.lastVerifiedAt ? <p className="muted">{t("lastVerified", { date: dateFormat.format(offer.lastVerifiedAt) })}</p> : null}
        <PageActions title={offer.title} labels={{ print: t("print"), share: t("share"), copied: t("linkCopied") }} />
      </footer>
    </article>
  );
}
