import "server-only";
// Reading the search index so that a search's cost follows the page it fills, not the size of the
// catalogue. Every read walks "SearchPosting" by its (key, weight, recency) index and stops, and
// looks up given offers by its (key, offerId) index:
// - words: the best postings of the rarest query word (at most CANDIDATES), ranked after the other
//   words and the filters are checked for just those offers;
// - filters only: the postings of the rarest filter value in page order, the others probed per row,
//   stopping when the page (or the count limit) is full;
// - near a point: places in a box around it, the box doubled until the page is certainly full.
// The SQL is the same on SQLite and PostgreSQL; ranking and ties are decided here in JavaScript,
// so both databases return the same offers in the same order.
import { Prisma } from "../../generated/sqlite/client";
import { dbKind } from "../db";
import { readRows } from "../db/reads";
import { KM_PER_DEGREE } from "../geo/distance";
import { publicOfferSql, publicSince } from "../offers/visibility";
import { filterKey, isWord } from "./documents";
import { fromIds, idList, keyedPostings, orderedPostings } from "./engine";
import { packedRows } from "./packed-rows";
import type { QueryWord } from "./query";

/** Filter values an offer must hold: one key of every group. */
export type FilterGroups = string[][];
export type Ranked = { id: string; score: number; recency: number };

/** How many postings of the rarest word are read at most. */
export const CANDIDATES = 1000;
// Each expansion of a word ("kurs" → "sprachkurs", …) gets a share, but never fewer than this.
const MIN_PER_ALTERNATIVE = 100;
// A word alone with at most this many postings in all is read `need` deep in every alternative,
// which costs little and keeps its count exact.
const READ_ALL_UP_TO = 2000;
// Above that, each alternative is first read this far at least (topPostings).
const FIRST_SHARE = 20;
// A word matched as typed ranks above its expansions (compounds, other forms, typos).
const EXPANSION = 0.8;
// An offer found only by the concept a word names ranks below every offer whose text holds the
// word (a category name weighs 0.5, as an expansion 0.4).
const CONCEPT = 0.25;

export const notEnded = (alias: string) =>
  Prisma.sql`(${Prisma.raw(`${alias}."until"`)} IS NULL OR ${Prisma.raw(`${alias}."until"`)} >= ${publicSince()})`;

/**
 * The one rule of what is public (lib/offers/visibility.ts) as a probe per row. The index follows
 * every write of the app; the offers a page shows are checked against the rule once more
 * (publicOnly), so that data changed behind the app's back never shows before a rebuild.
 */
export const isPublic = (alias: string) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Offer" o WHERE o."id" = ${Prisma.raw(`${alias}."offerId"`)} AND ${publicOfferSql("o")})`;

/** Which of these offers are public. */
export async function publicOnly(ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await readRows<{ id: string }>(Prisma.sql`
    SELECT o."id" FROM ${fromIds(dbKind, ids, "Offer", "o", Prisma.sql`o."id" = ids."value"`)} WHERE ${publicOfferSql("o")}`);
  return new Set(rows.map((r) => r.id));
}

/**
 * One EXISTS probe per group, from a row with the offer's "recency" (a posting or a place walked in
 * order): it seeks the ordered index, where one filter value's postings lie together.
 */
export function holdsGroups(alias: string, groups: FilterGroups): Prisma.Sql[] {
  return groups.map(
    (keys) => Prisma.sql`EXISTS (SELECT 1 FROM ${orderedPostings(dbKind, "f")} WHERE f."key" IN (${Prisma.join(keys)})
      AND f."weight" = 0 AND f."recency" = ${Prisma.raw(`${alias}."recency"`)} AND f."offerId" = ${Prisma.raw(`${alias}."offerId"`)})`,
  );
}

/**
 * Which of these offers hold every filter group. The offers in order, probed on (key, offerId):
 * the probes of a key walk its postings once, where the ordered index, probed by the candidates'
 * recency in no order, read a page per candidate (a third slower at a thousand candidates), and
 * the list is plain ids.
 */
async function holdingGroups(ids: readonly string[], groups: FilterGroups): Promise<Set<string>> {
  const holds = groups.map(
    (keys) => Prisma.sql`EXISTS (SELECT 1 FROM ${keyedPostings(dbKind, "f")} WHERE f."key" IN (${Prisma.join(keys)}) AND f."offerId" = ids."value")`,
  );
  const kept = await packedRows<[string]>(
    { id: "text" },
    Prisma.sql`SELECT ids."value" AS "id" FROM (${idList(dbKind, [...ids].sort())}) ids WHERE ${Prisma.join(holds, " AND ")}`,
  );
  return new Set(kept.map(([id]) => id));
}

type Candidate = { key: string; offerId: string; weight: number; recency: number };

/** The best postings of each index word `word` stands for, not ended: `budget` in all, or each. */
async function bestPostings(
  word: QueryWord,
  budget: number,
  each: boolean,
): Promise<{ rows: Candidate[]; complete: boolean }> {
  const share = each ? budget : Math.max(MIN_PER_ALTERNATIVE, Math.ceil(budget / word.alternatives.length));
  const limits = word.alternatives.map((alt) => (alt === word.word ? budget : share));
  const { rows, perKey } = await readPostings(word.alternatives, limits);
  const complete = word.alternatives.every((alt, i) => (perKey.get(alt) ?? 0) < limits[i]!);
  return { rows, complete };
}

/** The best `limits[i]` postings of `keys[i]`, not ended, and how many each key gave. */
async function readPostings(keys: readonly string[], limits: readonly number[]) {
  if (keys.length === 0) return postingsOf([]);
  return postingsOf(
    await packedRows<PostingRow>({ key: "text", offerId: "text", weight: "real", recency: "real" }, postingsQuery(keys, limits)),
  );
}

type PostingRow = [key: string, offerId: string, weight: number, recency: number];

/** One statement: a bounded walk of the index per key (aliases as PostgreSQL needs them). */
function postingsQuery(keys: readonly string[], limits: readonly number[]): Prisma.Sql {
  const parts = keys.map(
    (key, i) => Prisma.sql`SELECT * FROM (SELECT p."key", p."offerId", p."weight", p."recency" FROM ${orderedPostings(dbKind, "p")}
      WHERE p."key" = ${key} AND ${notEnded("p")} ORDER BY p."weight" DESC, p."recency" DESC, p."offerId" LIMIT ${limits[i]}) ${Prisma.raw(`a${i}`)}`,
  );
  return Prisma.join(parts, " UNION ALL ");
}

function postingsOf(packed: readonly PostingRow[]): { rows: Candidate[]; perKey: Map<string, number> } {
  const rows: Candidate[] = [];
  const perKey = new Map<string, number>();
  for (const [key, offerId, weight, recency] of packed) {
    rows.push({ key, offerId, weight, recency });
    perKey.set(key, (perKey.get(key) ?? 0) + 1);
  }
  return { rows, perKey };
}

/**
 * The postings of a word alone that hold its `need` best offers, when it stands for many words
 * ("beratung": 38 compounds). First the word as typed up to `need` and a share of each other
 * alternative; an alternative whose share ran out is read on only if its last posting could still
 * reach the `need` best offers so far. Reading `need` of each alternative (as for a few postings)
 * read eleven thousand postings for "beratung" at 100,000 offers; its first read now takes about a
 * thousand.
 */
async function topPostings(word: QueryWord, need: number): Promise<{ rows: Candidate[]; complete: boolean }> {
  if (word.offers <= READ_ALL_UP_TO) return bestPostings(word, need, true);
  const share = Math.min(need, Math.max(FIRST_SHARE, Math.ceil(need / word.alternatives.length)));
  const limits = word.alternatives.map((alt) => (alt === word.word ? need : share));
  const first = await readPostings(word.alternatives, limits);
  const more = readOn(word, first, limits, need);
  const again = await readPostings(
    more,
    more.map(() => need),
  );
  const reread = new Set(more);
  const rows = [...first.rows.filter((row) => !reread.has(row.key)), ...again.rows];
  const complete = word.alternatives.every((alt, i) =>
    reread.has(alt) ? (again.perKey.get(alt) ?? 0) < need : (first.perKey.get(alt) ?? 0) < limits[i]!,
  );
  return { rows, complete };
}

/** The alternatives whose share ran out while their last posting could still reach the `need` best. */
function readOn(
  word: QueryWord,
  first: { rows: readonly Candidate[]; perKey: ReadonlyMap<string, number> },
  limits: readonly number[],
  need: number,
): string[] {
  const best = new Map<string, number>();
  const lowest = new Map<string, number>();
  for (const row of first.rows) {
    best.set(row.offerId, Math.max(best.get(row.offerId) ?? 0, wordWeight(word, row.key, row.weight)));
    lowest.set(row.key, Math.min(lowest.get(row.key) ?? Infinity, row.weight));
  }
  const scores = [...best.values()].sort((a, b) => b - a);
  // An unread posting that ties the last of the best may still win by recency: it is read too.
  const threshold = scores.length >= need ? scores[need - 1]! : -Infinity;
  return word.alternatives.filter(
    (alt, i) =>
      (first.perKey.get(alt) ?? 0) >= limits[i]! && limits[i]! < need && wordWeight(word, alt, lowest.get(alt)!) >= threshold,
  );
}

/** What holding `key` (with this posting weight; undefined: not held) is worth for `word`. */
const wordWeight = (word: QueryWord, key: string, weight: number | undefined) =>
  weight === undefined
    ? 0
    : !isWord(key)
      ? CONCEPT
      : weight * (word.factors.get(key) ?? (key === word.word ? 1 : EXPANSION));

/**
 * What the postings found so far are worth to each offer, per other word: the best of its
 * alternatives the offer holds (0: none yet). Kept as the rows come in, so that neither the probes
 * nor the ranking walk every alternative of every word for every candidate.
 */
class Found {
  private readonly best = new Map<string, number[]>();
  private readonly wordsOf = new Map<string, number[]>();

  constructor(private readonly words: readonly QueryWord[]) {
    words.forEach((word, i) => {
      for (const key of word.alternatives) this.wordsOf.set(key, [...(this.wordsOf.get(key) ?? []), i]);
    });
  }

  add(rows: ReadonlyArray<[offerId: string, key: string, weight: number]>) {
    for (const [offerId, key, weight] of rows) {
      let best = this.best.get(offerId);
      if (!best) this.best.set(offerId, (best = this.words.map(() => 0)));
      for (const i of this.wordsOf.get(key) ?? []) best[i] = Math.max(best[i]!, wordWeight(this.words[i]!, key, weight));
    }
  }

  /** What offer `id` holds of word `i`, at best. */
  of(id: string, i: number): number {
    return this.best.get(id)?.[i] ?? 0;
  }
}

/**
 * Offers holding every word (one of its alternatives) and every filter group, best first. A word
 * alone needs only the `need` best postings of each of its alternatives (the best `need` offers
 * are among them); with more words or filters the candidates are the best postings of the rarest
 * word, at most `budget`. `complete` is false when postings were left unread, so more offers may
 * match than are returned; `atLeast` is then how many certainly match (the commonest alternative).
 */
export async function rankWords(
  words: QueryWord[],
  groups: FilterGroups,
  {
    totalOffers,
    need = Infinity,
    budget = CANDIDATES,
    running,
  }: {
    totalOffers: number;
    need?: number;
    budget?: number;
    /** offers still running that hold a key, as far as they are counted (else the vocabulary's count) */
    running?: (key: string) => Promise<number>;
  },
): Promise<{ ranked: Ranked[]; complete: boolean; atLeast: number }> {
  const [driver, ...others] = [...words].sort((a, b) => a.offers - b.offers);
  if (!driver) return { ranked: [], complete: true, atLeast: 0 };
  const idf = (w: QueryWord) => Math.log(1 + totalOffers / Math.max(1, w.offers));
  const alone = others.length === 0 && groups.length === 0;
  // Ranked by relevance, a word alone needs only enough postings to hold its `need` best offers.
  const { rows, complete } = !alone
    ? await bestPostings(driver, budget, false)
    : Number.isFinite(need)
      ? await topPostings(driver, Math.min(need, budget))
      : await bestPostings(driver, budget, true);

  const candidates = candidatesOf(driver, rows, idf(driver));
  if (groups.length > 0 && candidates.size > 0) {
    const keep = await holdingGroups([...candidates.keys()], groups);
    for (const id of candidates.keys()) if (!keep.has(id)) candidates.delete(id);
  }
  const found = new Found(others);
  if (others.length > 0 && candidates.size > 0) await probeOthers(others, [...candidates.keys()], found);
  const ranked = holdingAll(candidates, found, others.map(idf));
  if (!alone || complete) return { ranked, complete, atLeast: ranked.length };
  // A word alone read in part holds at least as many offers as its most counted key.
  const [key, count] = mostCounted(driver);
  return { ranked, complete, atLeast: Math.max(ranked.length, running ? await running(key) : count) };
}

// The loops of the ranking are functions of their own: small ones are compiled quickly and once,
// where the whole of rankWords was compiled again and again while the first searches ran.

type Candidates = Map<string, { score: number; recency: number }>;

/** Each offer among the driver's postings with its best score (times `idf`) and its recency. */
function candidatesOf(driver: QueryWord, rows: readonly Candidate[], idf: number): Candidates {
  const candidates: Candidates = new Map();
  for (const row of rows) {
    const score = wordWeight(driver, row.key, row.weight) * idf;
    const seen = candidates.get(row.offerId);
    if (!seen || seen.score < score) candidates.set(row.offerId, { score, recency: row.recency });
  }
  return candidates;
}

/** The candidates that hold every other word, scored by what they hold of each (times `idfs`), best first. */
function holdingAll(candidates: Candidates, found: Found, idfs: readonly number[]): Ranked[] {
  const ranked: Ranked[] = [];
  for (const [id, candidate] of candidates) {
    let score = candidate.score;
    for (let i = 0; i < idfs.length; i++) {
      const best = found.of(id, i);
      if (best === 0) {
        score = -1;
        break;
      }
      score += best * idfs[i]!;
    }
    if (score >= 0) ranked.push({ id, score, recency: candidate.recency });
  }
  return ranked.sort(byScore);
}

/**
 * The postings the other words' alternatives have among the candidates, into `found`. An
 * alternative can be worth no more than its best posting (the first of its postings in the ordered
 * index) times its factor: first the alternatives worth the most for each word are looked up for
 * every candidate, then the others only for candidates they could still be worth more to. The
 * Arabic "دورة اللغة" probed 15 alternatives for 1,000 candidates; the candidates hold the word as
 * typed in their titles, and no other alternative could beat that.
 */
async function probeOthers(others: QueryWord[], ids: string[], found: Found) {
  const keys = [...new Set(others.flatMap((w) => w.alternatives))];
  const tops = new Map(
    await packedRows<[string, number]>(
      { key: "text", weight: "real" },
      Prisma.join(
        keys.map(
          (key, i) => Prisma.sql`SELECT * FROM (SELECT p."key", p."weight" FROM ${orderedPostings(dbKind, "p")}
            WHERE p."key" = ${key} ORDER BY p."weight" DESC LIMIT 1) ${Prisma.raw(`t${i}`)}`,
        ),
        " UNION ALL ",
      ),
    ),
  );
  const bound = (word: QueryWord, key: string) => (tops.has(key) ? wordWeight(word, key, tops.get(key)) : 0);
  const most = (word: QueryWord, among: readonly string[]) =>
    Math.max(0, ...among.filter((key) => word.alternatives.includes(key)).map((key) => bound(word, key)));
  const first = new Set(
    others.flatMap((word) => {
      const top = most(word, word.alternatives);
      return word.alternatives.filter((key) => top > 0 && bound(word, key) === top);
    }),
  );
  const counts = new Map(others.flatMap((word) => [...word.counts]));
  await probe([...first], ids, found, counts);
  const rest = keys.filter((key) => !first.has(key) && tops.has(key));
  if (rest.length === 0) return;
  const reach = new Map(others.map((word) => [word, most(word, rest)]));
  const open = ids.filter((id) => others.some((word, i) => found.of(id, i) < reach.get(word)!));
  await probe(rest, open, found, counts);
}

/**
 * Looks up `keys` for the offers `ids`: a key with fewer postings than there are offers to look up
 * ("fachsprachkurs": one) is read whole, the others are probed per offer.
 */
async function probe(
  keys: string[],
  ids: string[],
  found: Found,
  counts: Map<string, number>,
) {
  if (keys.length === 0 || ids.length === 0) return;
  const whole = keys.filter((key) => (counts.get(key) ?? Infinity) < ids.length);
  if (whole.length > 0) {
    const wanted = new Set(ids);
    const rows = await packedRows<[string, string, number]>(
      { offerId: "text", key: "text", weight: "real" },
      Prisma.sql`SELECT f."offerId", f."key", f."weight" FROM ${orderedPostings(dbKind, "f")} WHERE f."key" IN (${Prisma.join(whole)})`,
    );
    found.add(rows.filter(([offerId]) => wanted.has(offerId)));
    keys = keys.filter((key) => !whole.includes(key));
    if (keys.length === 0) return;
  }
  // By (key, offerId), one key after the other and the offers in order: the probes of a key stay
  // among its postings and read each of their pages once, where the primary key (offerId, key)
  // would read a page per candidate from all over the table.
  const rows = await packedRows<[string, string, number]>(
    { offerId: "text", key: "text", weight: "real" },
    Prisma.sql`SELECT f."offerId", f."key", f."weight" FROM (${idList(dbKind, keys)}) keys
      CROSS JOIN ${fromIds(dbKind, [...ids].sort(), "SearchPosting", "f", Prisma.sql`f."key" = keys."value" AND f."offerId" = ids."value"`, "SearchPosting_key_offerId_weight_idx")}`,
  );
  found.add(rows);
}

export const byScore = (a: Ranked, b: Ranked) =>
  b.score - a.score || b.recency - a.recency || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The rarest single filter value walks the index; the other groups are probed per row. */
/**
 * The group with the fewest offers walks the index; the others are probed per row. A group of
 * several keys (a programme and its sub-programmes) never holds one offer twice: an offer has one
 * programme.
 */
function driverOf(groups: FilterGroups, counts: Map<string, number>): { keys: string[]; rest: FilterGroups } {
  const size = (group: string[]) => group.reduce((sum, key) => sum + (counts.get(key) ?? 0), 0);
  const driver = [...groups].sort((a, b) => size(a) - size(b))[0] ?? [filterKey.public];
  return { keys: driver, rest: groups.filter((g) => g !== driver) };
}

function filteredPostings(groups: FilterGroups, counts: Map<string, number>): Prisma.Sql {
  const { keys, rest } = driverOf(groups, counts);
  return Prisma.sql`FROM ${orderedPostings(dbKind, "p")} WHERE ${Prisma.join([Prisma.sql`p."key" IN (${Prisma.join(keys)})`, notEnded("p"), ...holdsGroups("p", rest)], " AND ")}`;
}

/** Offers with every filter group, most recently verified first: one page of them. */
export async function pageByFilters(
  groups: FilterGroups,
  counts: Map<string, number>,
  offset: number,
  limit: number,
): Promise<Ranked[]> {
  const rows = await readRows<{ offerId: string; recency: number }>(Prisma.sql`
    SELECT p."offerId", p."recency" ${filteredPostings(groups, counts)}
    ORDER BY p."weight" DESC, p."recency" DESC, p."offerId" LIMIT ${limit} OFFSET ${offset}`);
  return rows.map((r) => ({ id: r.offerId, score: 0, recency: Number(r.recency) }));
}

/**
 * How many offers that have not ended hold `key`, counted no further than `limit`. The vocabulary's
 * counts still hold offers whose last day passed since they were indexed (no write marks that
 * day); this walks no more than `limit` postings when there are that many.
 */
export async function runningHolders(key: string, limit: number): Promise<number> {
  const rows = await readRows<{ total: bigint | number }>(Prisma.sql`
    SELECT COUNT(*) AS "total" FROM (SELECT 1 AS "one" FROM ${orderedPostings(dbKind, "p")}
      WHERE p."key" = ${key} AND ${notEnded("p")} LIMIT ${limit}) counted`);
  return Number(rows[0]?.total ?? 0);
}

/** The key of `word` the vocabulary counts the most offers for. */
export const mostCounted = (word: QueryWord): [key: string, count: number] =>
  [...word.counts].reduce((most, entry) => (entry[1] > most[1] ? entry : most), ["", 0]);

/** How many offers hold every filter group, counting no further than `limit` + 1. */
export async function countByFilters(
  groups: FilterGroups,
  counts: Map<string, number>,
  limit: number,
): Promise<number> {
  const rows = await readRows<{ total: bigint | number }>(Prisma.sql`
    SELECT COUNT(*) AS "total" FROM (SELECT 1 AS "one" ${filteredPostings(groups, counts)} LIMIT ${limit + 1}) counted`);
  return Number(rows[0]?.total ?? 0);
}

export type Centre = { lat: number; lng: number };

/** Equirectangular distance in km: exact enough within a city, and the same on both databases. */
export function distanceKm(centre: Centre, lat: number, lng: number): number {
  const scale = Math.cos((centre.lat * Math.PI) / 180);
  return Math.hypot(lat - centre.lat, (lng - centre.lng) * scale) * KM_PER_DEGREE;
}

/** Each offer's distance to its nearest public place, for these offers. */
export async function distancesOf(ids: readonly string[], centre: Centre): Promise<Map<string, number>> {
  const rows =
    ids.length === 0
      ? []
      : await packedRows<Place>(
          placeColumns,
          Prisma.sql`SELECT pl."offerId", pl."latitude", pl."longitude" FROM ${fromIds(dbKind, ids, "SearchPlace", "pl", Prisma.sql`pl."offerId" = ids."value"`, "SearchPlace_offerId_latitude_longitude_idx")}`,
        );
  return nearestPerOffer(rows, centre);
}

/** A place as packedRows reads it: offer, latitude, longitude. */
type Place = [string, number, number];
const placeColumns = { offerId: "text", latitude: "real", longitude: "real" } as const;

function nearestPerOffer(rows: readonly Place[], centre: Centre) {
  const out = new Map<string, number>();
  for (const [offerId, latitude, longitude] of rows) {
    const d = distanceKm(centre, latitude, longitude);
    if (d < (out.get(offerId) ?? Infinity)) out.set(offerId, d);
  }
  return out;
}

// The first box reaches this far; it doubles until it holds a full page, and past the last
// radius every place counts (a point far outside the region).
export const FIRST_RADIUS_KM = 0.125;
const LAST_RADIUS_KM = 100;

/**
 * The `need` offers with every filter group nearest to `centre`, nearest first, with distances.
 * Places are first looked up in a box around the centre on the (latitude, longitude) index; an
 * offer counts as found only within the circle the box encloses, where no place outside the box
 * can be nearer. Offers without a place come last, the most recently verified first.
 */
export async function nearestByFilters(
  groups: FilterGroups,
  counts: Map<string, number>,
  centre: Centre,
  need: number,
): Promise<Array<Ranked & { distanceKm: number | null }>> {
  const lngScale = Math.cos((centre.lat * Math.PI) / 180);
  const filters = holdsGroups("pl", groups);
  let found: Array<{ id: string; distanceKm: number; recency: number }> = [];
  for (let radius = FIRST_RADIUS_KM; ; radius *= 2) {
    const last = radius > LAST_RADIUS_KM;
    const dLat = radius / KM_PER_DEGREE;
    const dLng = dLat / lngScale;
    const box = last
      ? []
      : [
          Prisma.sql`pl."latitude" BETWEEN ${centre.lat - dLat} AND ${centre.lat + dLat}`,
          Prisma.sql`pl."longitude" BETWEEN ${centre.lng - dLng} AND ${centre.lng + dLng}`,
        ];
    // The coordinates' index holds each place's offer, its recency (for the filter probes) and its
    // end: the box is read from the index alone.
    const rows = await packedRows<Place>(
      placeColumns,
      Prisma.sql`SELECT pl."offerId", pl."latitude", pl."longitude" FROM "SearchPlace" pl
        WHERE ${Prisma.join([...box, notEnded("pl"), ...filters], " AND ")}`,
    );
    found = [...nearestPerOffer(rows, centre)]
      .filter(([, d]) => last || d <= radius)
      .map(([id, d]) => ({ id, distanceKm: d, recency: 0 }));
    if (last || found.length >= need) break;
  }
  found.sort((a, b) => a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const located = found.slice(0, need).map((f) => ({ ...f, score: 0 }));
  if (located.length >= need) return located;
  const placeless = await pageByFilters([...groups, [filterKey.noPlace]], counts, 0, need - located.length);
  return [...located, ...placeless.map((r) => ({ ...r, distanceKm: null }))];
}
