"use client";
// The offers behind a pin or a crowded spot, fetched only when someone opens it.
import { MapPopup, type MapPopupProps, type PopupCard, type PopupCards } from "./map-popup";
import { useJson, type JsonCache } from "./use-json";

// The cards address answers for at most 50 ids at a time.
const MAX_CARDS = 50;

export type OfferCardSource = {
  /** GET `${cardsUrl}&ids=a,b` (at most 50) → { offers: [{ id, href, title, textLocale, provider, district }] }. */
  cardsUrl: string;
};

type Card = { id: string; href: string; title: string; textLocale: string; provider: string; district: string | null };

const toPopupCard = (card: Card): PopupCard => ({
  key: card.id,
  href: card.href,
  title: card.title,
  lang: card.textLocale,
  meta: [card.provider, card.district].filter(Boolean).join(" · "),
});

type Props = MapPopupProps & OfferCardSource & { cache: JsonCache };

export function OfferPopup({ cardsUrl, cache, ...popup }: Props) {
  const { ids } = popup.request;
  const query = ids.slice(0, MAX_CARDS).map(encodeURIComponent).join(",");
  const result = useJson<{ offers: Card[] }>(`${cardsUrl}${cardsUrl.includes("?") ? "&" : "?"}ids=${query}`, cache);
  const cards: PopupCards =
    result.status === "ready" ? { status: "ready", cards: result.data.offers.map(toPopupCard) } : result;
  return <MapPopup {...popup} cards={cards} count={ids.length} />;
}
