// The Aachen demo catalogue (prisma/demo/*) and the three demo accounts. Only for demonstration and
// tests: a production installation starts from reference data and its own records.
import { organisationNameKeys } from "../../lib/duplicates/normalise";
import bcrypt from "bcryptjs";
import type { DbTransaction as Tx } from "../../lib/db/client";
import { locateInAachen } from "../../lib/geo/districts";
import { offersA } from "../demo/offers-a";
import { offersB } from "../demo/offers-b";
import { organisations } from "../demo/organisations";
import { participations } from "../demo/participations";
import { relationships } from "../demo/relationships";
import type { DemoOffer } from "../demo/types";
import { rebuildSearchIndex } from "../../lib/search/indexer";
import { seedProgrammes } from "./reference";
import { withMeta } from "./translated";

export const DEMO_PASSWORD = "wegweiser-demo";
export const demoUsers = [
  { email: "admin@wegweiser.test", name: "Demo-Administration", role: "admin" as const },
  { email: "coordinator@wegweiser.test", name: "Demo-Koordination", role: "coordinator" as const },
  // The KI's second team ("Integration durch Bildung"): a colleague to share views and inquiries with.
  { email: "bildung@wegweiser.test", name: "Demo-Bildungskoordination", role: "coordinator" as const },
  {
    email: "editor@wegweiser.test",
    name: "Demo-Redaktion",
    role: "editor" as const,
    organisation: "bruecke-aachen-damaskus",
  },
  { email: "translator@wegweiser.test", name: "Demo-Übersetzung", role: "translator" as const, languages: ["fa", "ar"] },
];

export const demoOffers: DemoOffer[] = [...offersA, ...offersB];

/** Stable pseudo-random number in [0, 1) per key, so that every seed produces the same data. */
function hashUnit(key: string): number {
  let h = 2166136261;
  for (const ch of key) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return ((h >>> 0) % 100000) / 100000;
}

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - Math.round(days) * 86400000);
/** The calendar day (UTC midnight, as days are stored) `days` before now. */
const dayAgo = (now: Date, days: number) => {
  const at = daysAgo(now, days);
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
};

/*
 * The catalogue's history, so that a report compares its period with a previous one that differs:
 * most records came in when the catalogue started about two years ago, the rest one by one since.
 * An offer comes in with or after its organisation, a programme site and a relationship with or
 * after the organisations they join, and a record is checked when it is entered, so its
 * verification is never older than the record. Every day follows from the record's key: each seed
 * tells the same history relative to the day it runs.
 */
const HISTORY_DAYS = 730;
const STARTED_WITH_CATALOGUE = 0.8;

export function enteredDaysAgo(key: string): number {
  return hashUnit(`${key}:start`) < STARTED_WITH_CATALOGUE
    ? HISTORY_DAYS - 30 * hashUnit(`${key}:day`)
    : HISTORY_DAYS * hashUnit(`${key}:day`);
}

// Looser ties come and go; part-of, membership and funding keep the dates the demo data gives.
const LOOSE_TIES = new Set(["cooperates_with", "refers_to", "supports"]);
const RECENT_SHARE = 0.2;
const ENDED_SHARE = 0.05;

/** Start and end of a relationship in the demo's history, and the day it was entered. */
export function relationshipHistory(
  r: { from: string; to: string; type: string; since?: string; until?: string },
  enteredAgo: number,
  now: Date,
): { since: Date | null; until: Date | null; createdAt: Date } {
  const key = `${r.from}>${r.to}:${r.type}`;
  let since = r.since ? new Date(r.since) : null;
  let until = r.until ? new Date(r.until) : null;
  let createdAgo = enteredAgo;
  if (LOOSE_TIES.has(r.type) && !until) {
    // A tie begun since both partners were in the catalogue, entered the day it began.
    if (hashUnit(`${key}:recent`) < RECENT_SHARE) {
      createdAgo = Math.floor(hashUnit(`${key}:since`) * enteredAgo);
      since = dayAgo(now, createdAgo);
    }
    // A tie that ended within the catalogue's history (and after it began).
    if (hashUnit(`${key}:ended`) < ENDED_SHARE) {
      const begunAgo = since ? Math.floor((now.getTime() - since.getTime()) / 86400000) : HISTORY_DAYS;
      until = dayAgo(now, Math.floor(hashUnit(`${key}:until`) * Math.min(begunAgo, HISTORY_DAYS)));
    }
  }
  return { since, until, createdAt: daysAgo(now, createdAgo) };
}

export async function seedDemo(tx: Tx, now = new Date()): Promise<void> {
  const districtIds = new Map(
    (await tx.district.findMany({ select: { id: true, code: true } })).map((d) => [d.code, d.id]),
  );
  const orgIds = new Map<string, string>();
  const locationIds = new Map<string, string>();
  const firstLocation = new Map<string, string>();

  const entered = new Map<string, number>();
  for (const org of organisations) {
    const enteredAgo = enteredDaysAgo(org.key);
    entered.set(org.key, enteredAgo);
    const row = await tx.organization.create({
      data: {
        slug: org.key,
        name: org.name,
        ...organisationNameKeys(org.name),
        type: org.type,
        email: org.email,
        phone: org.phone,
        website: org.website,
        status: "published",
        createdAt: daysAgo(now, enteredAgo),
        // A spread of verification dates, some past the default review age of a year.
        lastVerifiedAt: daysAgo(now, Math.min(20 + hashUnit(org.key) * 680, enteredAgo)),
        translations: {
          create: withMeta("organisation", Object.fromEntries(Object.entries(org.description).map(([l, description]) => [l, { description }])), now),
        },
      },
    });
    orgIds.set(org.key, row.id);
    for (const location of org.locations) {
      const place = locateInAachen(location.lat, location.lng);
      if (!place || place.district !== location.district) {
        throw new Error(
          `demo location ${location.key} (${location.lat}, ${location.lng}) lies in ${place?.district ?? "no district of Aachen"}, not ${location.district}`,
        );
      }
      const created = await tx.location.create({
        data: {
          organizationId: row.id,
          name: location.name,
          street: location.street,
          postcode: location.postcode,
          latitude: location.lat,
          longitude: location.lng,
          districtId: districtIds.get(place.district),
          statisticalDistrictId: place.code,
          createdAt: daysAgo(now, enteredAgo),
          translations: location.accessibility
            ? {
                create: Object.entries(location.accessibility).map(([locale, accessibilityNote]) => ({
                  locale,
                  accessibilityNote,
                })),
              }
            : undefined,
        },
      });
      locationIds.set(location.key, created.id);
      if (!firstLocation.has(org.key)) firstLocation.set(org.key, created.id);
    }
  }
  for (const org of organisations.filter((o) => o.parent)) {
    await tx.organization.update({
      where: { id: orgIds.get(org.key)! },
      data: { parentId: need(orgIds, org.parent!, org.key) },
    });
  }

  await seedProgrammes(tx);
  const programmeIds = new Map(
    (await tx.programme.findMany({ select: { id: true, slug: true } })).map((p) => [p.slug, p.id]),
  );
  const termIds = new Map(
    (await tx.taxonomyTerm.findMany({ select: { id: true, code: true, taxonomy: true } })).map((t) => [
      `${t.taxonomy}:${t.code}`,
      t.id,
    ]),
  );

  for (const offer of demoOffers) {
    const locations = offer.locations?.map((key) => need(locationIds, key, offer.key)) ?? [
      need(firstLocation, offer.organisation, offer.key),
    ];
    const validFrom = new Date(Date.UTC(now.getUTCFullYear() - 1, 0, 1));
    const enteredAgo = Math.min(need(entered, offer.organisation, offer.key), enteredDaysAgo(offer.key));
    await tx.offer.create({
      data: {
        slug: offer.key,
        organizationId: need(orgIds, offer.organisation, offer.key),
        programmeId: offer.programme ? need(programmeIds, offer.programme, offer.key) : null,
        status: "published",
        free: offer.free,
        minAge: offer.minAge,
        maxAge: offer.maxAge,
        registrationRequired: offer.registrationRequired,
        email: offer.email,
        phone: offer.phone,
        website: offer.website,
        createdAt: daysAgo(now, enteredAgo),
        lastVerifiedAt: daysAgo(now, Math.min(5 + hashUnit(offer.key) * 620, enteredAgo)),
        translations: {
          create: withMeta("offer", offer.text, now).map((row) => ({
            ...row,
            easyRead: row.locale === "de" ? offer.easyRead : undefined,
          })),
        },
        terms: {
          create: [
            ...offer.categories.map((code) => ({ termId: need(termIds, `category:${code}`, offer.key) })),
            ...offer.audiences.map((code) => ({ termId: need(termIds, `audience:${code}`, offer.key) })),
          ],
        },
        languages: { create: [...new Set(offer.languages)].map((code) => ({ code })) },
        locations: { create: locations.map((locationId) => ({ locationId })) },
        schedules: {
          create: offer.schedules.map((s) => ({
            weekday: s.weekday,
            opensAt: s.opens,
            closesAt: s.closes,
            interval: s.interval ?? 1,
            validFrom,
          })),
        },
      },
    });
  }

  for (const p of participations) {
    await tx.participation.create({
      data: {
        programmeId: need(programmeIds, p.programme, `participation ${p.organisation}`),
        organizationId: need(orgIds, p.organisation, `participation ${p.programme}`),
        locationId: p.location ? need(locationIds, p.location, `participation ${p.organisation}`) : null,
        role: p.role,
        groups: p.groups,
        since: p.since ? new Date(p.since) : null,
        until: p.until ? new Date(p.until) : null,
        createdAt: daysAgo(now, need(entered, p.organisation, `participation ${p.programme}`)),
        languages: p.languages ? { create: [...new Set(p.languages)].map((code) => ({ code })) } : undefined,
      },
    });
  }

  for (const r of relationships) {
    const enteredAgo = Math.min(
      need(entered, r.from, `relationship ${r.from}→${r.to}`),
      need(entered, r.to, `relationship ${r.from}→${r.to}`),
    );
    const history = relationshipHistory(r, enteredAgo, now);
    await tx.relationship.create({
      data: {
        fromId: need(orgIds, r.from, `relationship ${r.from}→${r.to}`),
        toId: need(orgIds, r.to, `relationship ${r.from}→${r.to}`),
        type: r.type,
        programmeId: r.programme ? need(programmeIds, r.programme, `relationship ${r.from}→${r.to}`) : null,
        since: history.since,
        until: history.until,
        createdAt: history.createdAt,
        note: r.note,
      },
    });
  }

  await rebuildSearchIndex(tx);

  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
  for (const user of demoUsers) {
    await tx.user.create({
      data: {
        email: user.email,
        name: user.name,
        role: user.role,
        passwordHash,
        organizationId: "organisation" in user ? need(orgIds, user.organisation, user.email) : null,
        translatorLanguages: "languages" in user && user.languages ? { create: user.languages.map((locale) => ({ locale })) } : undefined,
      },
    });
  }
}

function need<K, V>(map: Map<K, V>, key: K, context: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo data: ${context} refers to unknown "${String(key)}"`);
  return value;
}
