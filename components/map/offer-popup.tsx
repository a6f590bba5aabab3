"use client";
// The offers behind a pin or a crowded spot, fetched only when someone opens it.
import { useCallback, useEffect, useMemo, useRef } from "react";
import type { Popup as LeafletPopup } from "leaflet";
import { Popup, useMap } from "react-leaflet";
import type { PopupRequest } from "./cluster-layer";
import { withCount } from "./map-icons";
import { useJson, type JsonCache } from "./use-json";

// The cards address answers for at most 50 ids at a time.
const MAX_CARDS = 50;

type Card = { id: string; href: string; title: string; textLocale: string; provider: string; district: string | null };
type Labels = { cluster: string; error: string; noResults: string };

type Props = {
  request: PopupRequest;
  cardsUrl: string;
  cache: JsonCache;
  labels: Labels;
  dir: "ltr" | "rtl";
  onClose: (request: PopupRequest) => void;
};

export function OfferPopup({ request, cardsUrl, cache, labels, dir, onClose }: Props) {
  const map = useMap();
  const popup = useRef<LeafletPopup>(null);
  const onResize = useCallback(() => popup.current?.update(), []);
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
      minWidth={200}
      maxWidth={300}
      autoPanPadding={[16, 16]}
      // Keep the popup clear of the zoom buttons in the top left corner.
      autoPanPaddingTopLeft={[16, 84]}
    >
      <OfferCards ids={request.ids} cardsUrl={cardsUrl} cache={cache} labels={labels} dir={dir} onResize={onResize} />
    </Popup>
  );
}

type CardsProps = Omit<Props, "request" | "onClose"> & { ids: string[]; onResize: () => void };

function OfferCards({ ids, cardsUrl, cache, labels, dir, onResize }: CardsProps) {
  const map = useMap();
  const query = ids.slice(0, MAX_CARDS).map(encodeURIComponent).join(",");
  const result = useJson<{ offers: Card[] }>(`${cardsUrl}${cardsUrl.includes("?") ? "&" : "?"}ids=${query}`, cache);
  const root = useRef<HTMLDivElement>(null);

  // The popup sits after every marker in the document; focus moves into it so that a keyboard
  // user need not tab past all of them, and on to the first offer once it is there (unless the
  // reader has gone elsewhere meanwhile).
  useEffect(() => root.current?.focus({ preventScroll: true }), []);
  useEffect(() => {
    const node = root.current;
    if (node && document.activeElement === node) node.querySelector("a")?.focus({ preventScroll: true });
  }, [result.status]);

  // Leaflet measures the popup when it opens; the cards arrive later and change its size.
  useEffect(() => onResize(), [result.status, onResize]);

  return (
    <div
      ref={root}
      className="map-popup"
      dir={dir}
      tabIndex={-1}
      aria-busy={result.status === "loading"}
      onKeyDown={(event) => {
        if (event.key === "Escape") map.closePopup();
      }}
    >
      {ids.length > 1 ? <p className="map-popup__count">{withCount(labels.cluster, ids.length)}</p> : null}
      {result.status === "loading" ? (
        <span className="map-popup__loading" />
      ) : result.status === "error" ? (
        <p>{labels.error}</p>
      ) : result.data.offers.length === 0 ? (
        <p>{labels.noResults}</p>
      ) : (
        <ul className="map-popup__list">
          {result.data.offers.map((card) => (
            <li key={card.id}>
              <a href={card.href} lang={card.textLocale} dir="auto" className="map-popup__title">
                {card.title}
              </a>
              <span className="map-popup__meta">{[card.provider, card.district].filter(Boolean).join(" · ")}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
