"use client";
// The saved offers, read from this device. Links are plain page loads so that the service worker
// can answer them from its copy when there is no connection.
import { useState } from "react";
import { savedOfferHref } from "@/lib/offline/saved-offers";
import type { ShownInBadges } from "@/components/content/shown-in";
import type { Locale } from "@/lib/i18n/locales";
import { keepPage, savedOffers, useSavedOffers } from "./device";

type Props = {
  locale: string;
  labels: { empty: string; remove: string; removed: string; loading: string; shownIn: ShownInBadges };
};

export function SavedOfferList({ locale, labels }: Props) {
  const list = useSavedOffers();
  const [message, setMessage] = useState("");

  if (!list) return <p className="muted">{labels.loading}</p>;

  function remove(slug: string, href: string) {
    if (savedOffers().remove(slug)) {
      void keepPage(href, false);
      setMessage(labels.removed);
    }
  }

  return (
    <>
      <p role="status" className={message ? undefined : "visually-hidden"}>
        {message}
      </p>
      {list.length === 0 ? (
        <p className="saved-offers__empty">{labels.empty}</p>
      ) : (
        <ul className="saved-offers">
          {list.map((offer) => {
            const href = savedOfferHref(offer);
            const textLang = offer.titleLang ?? offer.locale;
            return (
              <li key={offer.slug} className="card saved-offers__item">
                <a id={`saved-${offer.slug}`} href={href} lang={textLang === locale ? undefined : textLang} dir="auto" className="saved-offers__title">
                  {offer.title}
                </a>
                {offer.provider ? (
                  <p className="muted" dir="auto">
                    {offer.provider}
                  </p>
                ) : null}
                {textLang !== locale && labels.shownIn[textLang as Locale] ? <p className="badge badge--muted">{labels.shownIn[textLang as Locale]}</p> : null}
                <button
                  type="button"
                  className="button button--secondary"
                  aria-describedby={`saved-${offer.slug}`}
                  onClick={() => remove(offer.slug, href)}
                >
                  {labels.remove}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
