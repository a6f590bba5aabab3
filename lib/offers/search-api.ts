import "server-only";
// GET /api/offers: the offer search as JSON, with the filters of the offers page. The route
// (app/api/offers/route.ts) answers it under Next.js; the production server answers it before
// Next.js routes the request (./search-api-early.ts). Both answer from here.
import { defaultLocale, isLocale } from "../i18n/locales";
import { parseOfferFilter } from "./filter";
import { findOffers } from "./queries";

export const searchApiPath = "/api/offers";

/** Browsers and proxies may keep an answer for a minute. */
export const searchApiCacheControl = "public, max-age=60";

export function searchApiResults(searchParams: URLSearchParams) {
  const params = Object.fromEntries(searchParams);
  const locale = isLocale(params.locale) ? params.locale : defaultLocale;
  return findOffers(parseOfferFilter(params), locale);
}
