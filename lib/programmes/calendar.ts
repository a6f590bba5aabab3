import "server-only";
// A programme's calendar feed: the weekly times of its published offers and of its groups at the
// host sites, sub-programmes included, so that a family centre can subscribe to all Griffbereit
// groups in one go. Calendar apps refresh a subscribed feed by themselves.
import { db } from "../db";
import { localesFor, pickTranslation } from "../i18n/translation";
import type { Locale } from "../i18n/locales";
import { toICalendar, type CalendarEvent } from "../schedule";
import { weeklySlotSelect } from "../schedule/select";
import { publicLocation, publicOffer, publicOrganisation, publicProgramme } from "../offers/visibility";

const address = (l: { name: string | null; street: string; postcode: string; city: string }) =>
  `${l.name ? `${l.name}, ` : ""}${l.street}, ${l.postcode} ${l.city}`;

export async function programmeCalendar(slug: string, locale: Locale, origin: string, now = new Date()) {
  const names = { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } } as const;
  const programme = await db.programme.findFirst({
    where: { slug, ...publicProgramme },
    select: {
      id: true,
      slug: true,
      translations: names,
      children: { where: publicProgramme, select: { id: true } },
    },
  });
  if (!programme) return null;
  const ids = [programme.id, ...programme.children.map((c) => c.id)];
  const [offers, groups] = await Promise.all([
    db.offer.findMany({
      where: { programmeId: { in: ids }, ...publicOffer(now), schedules: { some: {} } },
      orderBy: { slug: "asc" },
      select: {
        id: true,
        slug: true,
        translations: {
          where: { locale: { in: localesFor(locale) } },
          select: { locale: true, title: true, summary: true },
        },
        organization: { select: { name: true } },
        locations: {
          where: { location: publicLocation },
          take: 1,
          select: { location: { select: { name: true, street: true, postcode: true, city: true } } },
        },
        schedules: { select: weeklySlotSelect },
      },
    }),
    // Groups are dated by the participation: a site that has stopped no longer appears.
    db.participation.findMany({
      where: {
        programmeId: { in: ids },
        schedules: { some: {} },
        organization: publicOrganisation,
        OR: [{ until: null }, { until: { gte: now } }],
      },
      orderBy: { id: "asc" },
      select: {
        id: true,
        organization: { select: { name: true, slug: true } },
        location: { select: { name: true, street: true, postcode: true, city: true } },
        programme: { select: { translations: names } },
        schedules: { select: weeklySlotSelect },
      },
    }),
  ]);
  const programmeName = pickTranslation(programme.translations, locale)?.name ?? programme.slug;
  const events: CalendarEvent[] = [
    ...offers.map((offer) => {
      const text = pickTranslation(offer.translations, locale);
      const where = offer.locations[0]?.location;
      return {
        uid: `${offer.id}@wegweiser`,
        title: text?.title ?? offer.slug,
        description: [text?.summary, offer.organization.name].filter(Boolean).join("\n"),
        location: where ? address(where) : undefined,
        url: `${origin}/${locale}/offers/${offer.slug}`,
        slots: offer.schedules,
      };
    }),
    ...groups.map((group) => ({
      uid: `${group.id}@wegweiser`,
      title: `${pickTranslation(group.programme.translations, locale)?.name ?? programmeName} – ${group.organization.name}`,
      location: group.location ? address(group.location) : undefined,
      url: `${origin}/${locale}/organisations/${group.organization.slug}`,
      slots: group.schedules,
    })),
  ];
  return { body: toICalendar({ name: programmeName, events, now }), filename: `${programme.slug}.ics` };
}
