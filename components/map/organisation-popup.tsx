"use client";
// The partners behind a pin or a crowded spot. Their names and kinds came with the page, so the
// popup opens complete, without a request of its own.
import { MapPopup, type MapPopupProps, type PopupCard } from "./map-popup";

/** What a popup shows of one partner, with type and offer count already in the reader's language. */
export type OrganisationCard = { name: string; type: string; offers: string };

export type OrganisationCardSource = {
  /** By slug, every partner the points may name. */
  organisations: Record<string, OrganisationCard>;
  /** A partner's page is this followed by its slug. */
  hrefBase: string;
};

type Props = MapPopupProps & OrganisationCardSource;

export function OrganisationPopup({ organisations, hrefBase, ...popup }: Props) {
  const cards = popup.request.ids.flatMap((slug): PopupCard[] => {
    const card = organisations[slug];
    if (!card) return [];
    const href = `${hrefBase}${encodeURIComponent(slug)}`;
    return [{ key: slug, href, title: card.name, meta: `${card.type} · ${card.offers}` }];
  });
  return <MapPopup {...popup} cards={{ status: "ready", cards }} count={cards.length} />;
}
