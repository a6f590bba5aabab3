"use client";
// The popup of a pin or a crowded spot on a points map: a list of links, whatever they lead to.
import { useCallback, useEffect, useMemo, useRef } from "react";
import type { Popup as LeafletPopup } from "leaflet";
import { Popup, useMap } from "react-leaflet";
import type { PopupRequest } from "./cluster-layer";
import { DirectionsLink } from "./directions-link";
import { withCount } from "./map-icons";
import type { ShownInBadges } from "@/components/content/shown-in";
import type { Locale } from "@/lib/i18n/locales";

export type PopupCard = { key: string; href: string; title: string; lang?: string; meta: string };

export type PopupCards = { status: "loading" } | { status: "error" } | { status: "ready"; cards: PopupCard[] };

export type MapPopupProps = {
  request: PopupRequest;
  labels: {
    /** "{count} …", above a popup that lists several */
    several: string;
    error: string;
    noResults: string;
    /** badge on a card whose text exists only in German */
    shownIn: ShownInBadges;
    directions: string;
  };
  dir: "ltr" | "rtl";
  /** The page's language: a card written in another is marked. */
  locale: string;
  /** DIRECTIONS_URL, the routing site's template (lib/map/directions.ts). */
  directionsUrl: string;
  onClose: (request: PopupRequest) => void;
};

type Props = MapPopupProps & {
  cards: PopupCards;
  /** How many the spot holds; above one, the popup says so first. */
  count: number;
};

export function MapPopup({ request, onClose, ...body }: Props) {
  const map = useMap();
  const popup = useRef<LeafletPopup>(null);
  const onResize = useCallback(() => popup.current?.update(), []);
  // A popup must fit inside the map with room around it, also on a 390 px phone: its content may
  // not be wider than the map less the padding and Leaflet's own margins (20 + 24 px, 1 px borders).
  const maxWidth = Math.max(160, Math.min(300, map.getSize().x - 2 * PADDING - 46));
  const eventHandlers = useMemo(
    () => ({
      remove: () => {
        // Focus was in the popup, which is going (Leaflet fades it out first): give it back to what
        // opened it, or to the map.
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

  return (
    <Popup
      ref={popup}
      position={request.position}
      offset={[0, 7 - request.offsetY]}
      eventHandlers={eventHandlers}
      minWidth={Math.min(200, maxWidth)}
      maxWidth={maxWidth}
      keepInView
      autoPanPadding={[PADDING, PADDING]}
      // Keep the popup clear of the zoom buttons in the top left corner.
      autoPanPaddingTopLeft={[PADDING, 84]}
    >
      <PopupBody {...body} position={request.position} onResize={onResize} />
    </Popup>
  );
}

const PADDING = 16;

type BodyProps = Omit<Props, "request" | "onClose"> & { position: PopupRequest["position"]; onResize: () => void };

// Rendered only once Leaflet has opened the popup, so that its effects find it in the document.
function PopupBody({ cards, count, labels, dir, locale, directionsUrl, position, onResize }: BodyProps) {
  const map = useMap();
  const root = useRef<HTMLDivElement>(null);

  // The popup sits after every marker in the document; focus moves into it so that a keyboard
  // user need not tab past all of them, and on to the first link once it is there (unless the
  // reader has gone elsewhere meanwhile).
  useEffect(() => root.current?.focus({ preventScroll: true }), []);
  useEffect(() => {
    const node = root.current;
    if (node && document.activeElement === node) node.querySelector("a")?.focus({ preventScroll: true });
  }, [cards.status]);

  // Leaflet measures the popup when it opens; cards that arrive later change its size.
  useEffect(() => onResize(), [cards.status, onResize]);

  return (
    <div
      ref={root}
      className="map-popup"
      dir={dir}
      tabIndex={-1}
      aria-busy={cards.status === "loading"}
      onKeyDown={(event) => {
        if (event.key === "Escape") map.closePopup();
      }}
    >
      {count > 1 ? <p className="map-popup__count">{withCount(labels.several, count)}</p> : null}
      {cards.status === "loading" ? (
        <span className="map-popup__loading" />
      ) : cards.status === "error" ? (
        <p>{labels.error}</p>
      ) : cards.cards.length === 0 ? (
        <p>{labels.noResults}</p>
      ) : (
        <ul className="map-popup__list">
          {cards.cards.map((card) => (
            <li key={card.key}>
              <a href={card.href} lang={card.lang} dir="auto" className="map-popup__title">
                {card.title}
              </a>
              <span className="map-popup__meta">{card.meta}</span>
              {card.lang && card.lang !== locale && labels.shownIn[card.lang as Locale] ? (
                <span className="badge badge--muted map-popup__badge">{labels.shownIn[card.lang as Locale]}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p className="map-popup__directions">
        <DirectionsLink template={directionsUrl} to={[position[0], position[1]]} label={labels.directions} />
      </p>
    </div>
  );
}
