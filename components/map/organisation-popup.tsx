"use client";
// The partners behind a pin or a crowded spot. Their names and kinds came with the page, so the
// popup opens complete, without a request of its own.
import { useEffect, useMemo, useRef } from "react";
import type { Popup as LeafletPopup } from "leaflet";
import { Popup, useMap } from "react-leaflet";
import type { PopupRequest } from "./cluster-layer";
import { withCount } from "./map-icons";

/** What a popup shows of one partner, with type and offer count already in the reader's language. */
export type OrganisationCard = { name: string; type: string; offers: string };

type Props = {
  request: PopupRequest;
  organisations: Record<string, OrganisationCard>;
  /** The partner's page is this followed by its slug. */
  hrefBase: string;
  labels: { several: string; noResults: string };
  dir: "ltr" | "rtl";
  onClose: (request: PopupRequest) => void;
};

export function OrganisationPopup({ request, organisations, hrefBase, labels, dir, onClose }: Props) {
  const map = useMap();
  const popup = useRef<LeafletPopup>(null);
  const eventHandlers = useMemo(
    () => ({
      remove: () => {
        // Focus was in the popup, which is going: give it back to what opened it, or to the map.
        const focus = document.activeElement;
        if (focus === document.body || popup.current?.getElement()?.contains(focus)) {
          const target = request.trigger?.isConnected ? request.trigger : map.getContainer();
          target.focus({ preventScroll: true });
        }
        onClose(request);
      },
    }),
    [map, request, onClose],
  );
  const cards = request.ids.flatMap((slug) => {
    const card = organisations[slug];
    return card ? [{ slug, ...card }] : [];
  });

  return (
    <Popup
      ref={popup}
      position={request.position}
      offset={[0, 7 - request.offsetY]}
      eventHandlers={eventHandlers}
      minWidth={200}
      maxWidth={300}
      autoPanPadding={[16, 16]}
      // Keep the popup clear of the zoom buttons in the top left corner.
      autoPanPaddingTopLeft={[16, 84]}
    >
      <PartnerCards cards={cards} hrefBase={hrefBase} labels={labels} dir={dir} />
    </Popup>
  );
}

type CardsProps = Pick<Props, "hrefBase" | "labels" | "dir"> & { cards: Array<OrganisationCard & { slug: string }> };

// Rendered only once Leaflet has opened the popup, so that its effects find it in the document.
function PartnerCards({ cards, hrefBase, labels, dir }: CardsProps) {
  const map = useMap();
  const root = useRef<HTMLDivElement>(null);
  // The popup sits after every marker in the document; focus moves into it so that a keyboard user
  // need not tab past all of them.
  useEffect(() => {
    const node = root.current;
    (node?.querySelector("a") ?? node)?.focus({ preventScroll: true });
  }, []);

  return (
    <div
      ref={root}
      className="map-popup"
      dir={dir}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === "Escape") map.closePopup();
      }}
    >
      {cards.length > 1 ? <p className="map-popup__count">{withCount(labels.several, cards.length)}</p> : null}
      {cards.length === 0 ? (
        <p>{labels.noResults}</p>
      ) : (
        <ul className="map-popup__list">
          {cards.map((card) => (
            <li key={card.slug}>
              <a href={`${hrefBase}${encodeURIComponent(card.slug)}`} dir="auto" className="map-popup__title">
                {card.name}
              </a>
              <span className="map-popup__meta">
                {card.type} · {card.offers}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
