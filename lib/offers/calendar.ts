import "server-only";
import type { Locale } from "../i18n/locales";
import { toICalendar } from "../schedule";
import { getOffer } from "./queries";

/** An offer's weekly times as iCalendar, or null when the offer is not public. */
export async function offerCalendar(slug: string, locale: Locale, origin: string) {
  const offer = await getOffer(slug, locale);
  if (!offer) return null;
  const where = offer.locations[0];
  const body = toICalendar({
    name: offer.title,
    events: [
      {
        uid: `${offer.id}@wegweiser`,
        title: offer.title,
        description: [offer.summary, offer.provider.name].filter(Boolean).join("\n"),
        location: where
          ? `${where.name ? `${where.name}, ` : ""}${where.street}, ${where.postcode} ${where.city}`
          : undefined,
        url: `${origin}/${locale}/offers/${offer.slug}`,
        slots: offer.schedules,
      },
    ],
  });
  return { body, filename: `${offer.slug}.ics` };
}
