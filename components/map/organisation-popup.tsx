"use client";
// The partners behind a pin or a crowded spot, fetched only when someone opens it: the page does
// not carry a card for every partner of the network.
import { MapPopup, type MapPopupProps, type PopupCard, type PopupCards } from "./map-popup";
import { useJson, type JsonCache } from "./use-json";

// The cards address answers for at most 50 slugs at a time.
const MAX_CARDS = 50;

export type OrganisationCardSource = {
  /** GET `${organisationCardsUrl}&ids=a,b` (slugs, at most 50) → { organisations: [{ slug, href, name, type, offers }] }. */
  organisationCardsUrl: string;
};

/** What a popup shows of one partner, with type and offer count already in the reader's language. */
type Card = { slug: string; href: string; name: string; type: string; offers: string };

const toPopupCard = (card: Card): PopupCard => ({
  key: card.slug,
  href: card.href,
  title: card.name,
  meta: `${card.type} · ${card.offers}`,
});

type Props = MapPopupProps & OrganisationCardSource & { cache: JsonCache };

export function OrganisationPopup({ organisationCardsUrl, cache, ...popup }: Props) {
  const { ids } = popup.request;
  const query = ids.slice(0, MAX_CARDS).map(encodeURIComponent).join(",");
  const url = `${organisationCardsUrl}${organisationCardsUrl.includes("?") ? "&" : "?"}ids=${query}`;
  const result = useJson<{ organisations: Card[] }>(url, cache);
  const cards: PopupCards =
    result.status === "ready" ? { status: "ready", cards: result.data.organisations.map(toPopupCard) } : result;
  return <MapPopup {...popup} cards={cards} count={ids.length} />;
}
