import "server-only";
// Result cards from the compact rows the indexer keeps ("SearchCard"): one narrow row per offer and
// locale, names of categories, districts and programmes from the small reference tables. A page
// of twenty cards is one indexed read, not a join over offers, texts, terms, languages, places
// and programmes per card.
import { dbKind } from "../db";
import { readRows } from "../db/reads";
import { currentSlots } from "../schedule/occurrences";
import type { Locale } from "../i18n/locales";
import { pickTranslation } from "../i18n/translation";
import type { Card } from "../search/documents";
import { fromIds } from "../search/engine";
import { searchIndexVersion } from "../search/query";
import { publicOnly } from "../search/postings";
import { Prisma } from "../../generated/sqlite/client";
import { nameIn, reference } from "../search/reference";
import type { OfferSummary } from "./types";
import { weeklySlotsOf } from "./weekly-slots";

// What a card shows; SQLite gives its booleans as 0 and 1.
type CardRow = Omit<Card, "until" | "free"> & { free: boolean | number };
const cardColumns = Prisma.raw(
  [
    "offerId",
    "locale",
    "slug",
    "title",
    "summary",
    "providerSlug",
    "providerName",
    "free",
    "termIds",
    "languages",
    "districtId",
    "programmeId",
  ]
    .map((column) => `c."${column}"`)
    .join(", "),
);

/**
 * Cards of these public offers in the reader's locale (German where untranslated), in the given
 * order. `checked`: the offers were just found public by publicOnly (a listing's rows), so that
 * the same lookup is not made twice for one page.
 */
export async function readCards(
  offers: ReadonlyArray<{ id: string; distanceKm: number | null }>,
  locale: Locale,
  version?: number,
  { checked = false } = {},
): Promise<OfferSummary[]> {
  if (offers.length === 0) return [];
  const ids = offers.map((o) => o.id);
  const [ref, rows, visible, slots] = await Promise.all([
    reference(version ?? (await searchIndexVersion())),
    // Raw SQL: a page of narrow rows by key, where the query builder would cost more than the read.
    readRows<CardRow>(
      Prisma.sql`SELECT ${cardColumns} FROM ${fromIds(dbKind, ids, "SearchCard", "c", Prisma.sql`c."offerId" = ids."value"`)}`,
    ),
    checked ? new Set(ids) : publicOnly(ids),
    weeklySlotsOf(ids),
  ]);
  const now = new Date();
  const byOffer = new Map<string, typeof rows>();
  for (const row of rows)
    if (visible.has(row.offerId)) byOffer.set(row.offerId, [...(byOffer.get(row.offerId) ?? []), row]);
  return offers.flatMap(({ id, distanceKm }) => {
    const text = pickTranslation(byOffer.get(id) ?? [], locale);
    if (!text) return [];
    const programme = text.programmeId ? ref.programmes.get(text.programmeId) : undefined;
    const district = text.districtId ? ref.districts.get(text.districtId) : undefined;
    const categories = text.termIds
      .split(" ")
      .flatMap((termId) => {
        const term = ref.terms.get(termId);
        return term ? [term] : [];
      })
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((term) => ({ code: term.code, name: nameIn(term.names, locale, term.code) }));
    return [
      {
        id,
        slug: text.slug,
        title: text.title,
        summary: text.summary,
        textLocale: text.locale,
        isFallback: text.isFallback,
        provider: { slug: text.providerSlug, name: text.providerName },
        categories,
        languages: text.languages ? text.languages.split(" ") : [],
        free: Boolean(text.free),
        district: district ? { code: district.code, name: district.name } : null,
        distanceKm,
        programme: programme ? { slug: programme.slug, name: nameIn(programme.names, locale, programme.slug) } : null,
        // Weekly times that ended are no times to come to.
        schedules: currentSlots(slots.get(id) ?? [], now),
      },
    ];
  });
}
