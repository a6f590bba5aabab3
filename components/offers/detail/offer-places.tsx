import { getTranslations } from "next-intl/server";
import { DirectionsLink } from "@/components/map/directions-link";
import { LocationMapLoader } from "@/components/map/location-map-loader";
import { PostalAddress } from "@/components/ui/postal-address";
import { env } from "@/lib/env";
import type { OfferDetail } from "@/lib/offers/types";

const osm = (lat: number, lng: number) => `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=18/${lat}/${lng}`;

export async function OfferPlaces({ offer }: { offer: OfferDetail }) {
  if (offer.locations.length === 0) return null;
  const t = await getTranslations("offer.places");
  const extras = await getTranslations("mapExtras");
  return (
    <section aria-labelledby="where-title">
      <h2 id="where-title">{t("title")}</h2>
      <ul className="places">
        {offer.locations.map((place, i) => (
          <li key={i} className="card">
            <PostalAddress {...place} district={place.district?.name} />
            {place.accessibilityNote ? (
              <p>
                <strong>{t("accessibility")}:</strong> <span lang={place.accessibilityNoteLang ?? undefined}>{place.accessibilityNote}</span>
              </p>
            ) : null}
            <p className="no-print links-inline">
              <DirectionsLink template={env().DIRECTIONS_URL} to={[place.latitude, place.longitude]} label={extras("directions")} />
              <a href={osm(place.latitude, place.longitude)} rel="noopener">
                {t("openStreetMap")}
              </a>
            </p>
          </li>
        ))}
      </ul>
      <div className="no-print">
        <LocationMapLoader
          points={offer.locations.map((p) => ({ lat: p.latitude, lng: p.longitude, label: p.name ?? p.street }))}
          tileUrl={env().MAP_TILE_URL}
          attribution={env().MAP_TILE_ATTRIBUTION}
          labels={{ region: t("map"), tilesFailed: t("tilesFailed") }}
          lightMode={{ leftOut: extras("leftOut"), showMap: extras("showMap") }}
        />
      </div>
    </section>
  );
}
