"use client";
// "Save this offer": keeps the offer's card in the saved list on this device and its page in the
// cache kept for saved offers, so both open without a connection. Without JavaScript it is absent.
import { useState } from "react";
import type { SavedOffer } from "@/lib/offline/saved-offers";
import { savedOfferHref } from "@/lib/offline/saved-offers";
import { keepPage, savedOffers, useSavedOffers } from "./device";

type Props = {
  offer: Omit<SavedOffer, "savedAt">;
  savedListHref: string;
  labels: { save: string; savedHere: string; remove: string; failed: string; list: string };
};

export function SaveOfferButton({ offer, savedListHref, labels }: Props) {
  const list = useSavedOffers();
  const [failed, setFailed] = useState(false);
  if (!list) return null;
  const saved = list.some((o) => o.slug === offer.slug);
  const href = savedOfferHref(offer);

  function save() {
    const ok = savedOffers().save({ ...offer, savedAt: new Date().toISOString() });
    setFailed(!ok);
    if (ok) void keepPage(href, true);
  }

  function remove() {
    setFailed(false);
    if (savedOffers().remove(offer.slug)) void keepPage(href, false);
  }

  return (
    <div className="save-offer no-print">
      {saved ? (
        <>
          <p role="status" className="save-offer__status">
            <span aria-hidden="true">★ </span>
            {labels.savedHere} <a href={savedListHref}>{labels.list}</a>
          </p>
          <button type="button" className="button button--secondary" onClick={remove}>
            {labels.remove}
          </button>
        </>
      ) : (
        <>
          <button type="button" className="button" onClick={save}>
            <span aria-hidden="true">☆ </span>
            {labels.save}
          </button>
          {failed ? <p role="alert">{labels.failed}</p> : <p role="status" className="visually-hidden" />}
        </>
      )}
    </div>
  );
}
