import "server-only";
// Which records a bulk job works on. Ticked records come as a short list of keys (one page at
// most); "all that match the filter" comes as the list's filter, and the records are read here, on
// the server, in chunks ordered by id, the same query the list itself runs. A cursor (the last key
// worked off) lets a job taken over by another process go on where the first one stopped.
import type { Prisma } from "../../generated/sqlite/client";
import { can, type Actor } from "../auth/policy";
import { db } from "../db/index";
import { chunked, loadInChunks } from "../db/chunks";
import { inquiryWhere, parseInquiryFilter } from "../inquiries/backoffice";
import { adminOfferWhere } from "../offers/editing";
import { adminOrganisationWhere } from "../organisations/editing";
import { dueOfferWhere, dueOrganisationWhere } from "../review/due";
import { kindsOf, parseRecordKey, recordKey, type BulkKind, type BulkList } from "./lists";

export const BULK_CHUNK = 100;

export type BulkRecord = { kind: BulkKind; id: string; name: string };
export type Selection = { keys: string[] } | { filter: Record<string, string> };

type Where =
  | { kind: "offer"; where: Prisma.OfferWhereInput }
  | { kind: "organisation"; where: Prisma.OrganizationWhereInput }
  | { kind: "inquiry"; where: Prisma.InquiryWhereInput };

function segments(list: BulkList, filter: Record<string, string>, actor: NonNullable<Actor>, cutoff: Date): Where[] {
  switch (list) {
    case "offers":
      return [{ kind: "offer", where: adminOfferWhere(filter, actor) }];
    case "organisations":
      return [{ kind: "organisation", where: adminOrganisationWhere(filter) }];
    case "review":
      return [
        ...(can(actor, "organisation.verify")
          ? [{ kind: "organisation" as const, where: dueOrganisationWhere(cutoff) }]
          : []),
        { kind: "offer", where: dueOfferWhere(actor, cutoff) },
      ];
    case "inquiries":
      return [{ kind: "inquiry", where: inquiryWhere(parseInquiryFilter(filter), actor.id) }];
  }
}

const offerName = { slug: true, translations: { where: { locale: "de" }, select: { title: true } } } as const;
type OfferNamed = { id: string; slug: string; translations: { title: string }[] };
const named = (kind: BulkKind) => (r: { id: string; name: string }) => ({ kind, id: r.id, name: r.name });
const offerNamed = (r: OfferNamed) => ({ kind: "offer" as const, id: r.id, name: r.translations[0]?.title ?? r.slug });

/** One chunk of a segment's records after `after` (an id), in id order. */
async function page(segment: Where, after: string | null, take: number): Promise<BulkRecord[]> {
  const from = after ? { id: { gt: after } } : {};
  const order = { id: "asc" as const };
  switch (segment.kind) {
    case "offer":
      return (
        await db.offer.findMany({
          where: { AND: [segment.where, from] },
          orderBy: order,
          take,
          select: { id: true, ...offerName },
        })
      ).map(offerNamed);
    case "organisation":
      return (
        await db.organization.findMany({
          where: { AND: [segment.where, from] },
          orderBy: order,
          take,
          select: { id: true, name: true },
        })
      ).map(named("organisation"));
    case "inquiry":
      return (
        await db.inquiry.findMany({
          where: { AND: [segment.where, from] },
          orderBy: order,
          take,
          select: { id: true, institutionName: true },
        })
      ).map((r) => ({ kind: "inquiry" as const, id: r.id, name: r.institutionName }));
  }
}

function count(segment: Where): Promise<number> {
  switch (segment.kind) {
    case "offer":
      return db.offer.count({ where: segment.where });
    case "organisation":
      return db.organization.count({ where: segment.where });
    case "inquiry":
      return db.inquiry.count({ where: segment.where });
  }
}

/** Ticked records by key, with their names; keys of other kinds than the list holds, or gone, drop out. */
async function namesOf(list: BulkList, keys: string[]): Promise<BulkRecord[]> {
  const parsed = keys.map(parseRecordKey).filter((k) => k !== null && kindsOf[list].includes(k.kind));
  const ids = (kind: BulkKind) => parsed.filter((k) => k!.kind === kind).map((k) => k!.id);
  const found = [
    ...(
      await loadInChunks(ids("offer"), (chunk) =>
        db.offer.findMany({ where: { id: { in: chunk } }, select: { id: true, ...offerName } }),
      )
    ).map(offerNamed),
    ...(
      await loadInChunks(ids("organisation"), (chunk) =>
        db.organization.findMany({ where: { id: { in: chunk } }, select: { id: true, name: true } }),
      )
    ).map(named("organisation")),
    ...(
      await loadInChunks(ids("inquiry"), (chunk) =>
        db.inquiry.findMany({ where: { id: { in: chunk } }, select: { id: true, institutionName: true } }),
      )
    ).map((r) => ({ kind: "inquiry" as const, id: r.id, name: r.institutionName })),
  ];
  const byKey = new Map(found.map((r) => [recordKey(r.kind, r.id), r]));
  return parsed.map((k) => byKey.get(recordKey(k!.kind, k!.id)) ?? { ...k!, name: k!.id });
}

export type SelectionScope = { list: BulkList; selection: Selection; actor: NonNullable<Actor>; cutoff: Date };

/** How many records the selection holds now (for the progress bar; records may change meanwhile). */
export async function countSelection({ list, selection, actor, cutoff }: SelectionScope): Promise<number> {
  if ("keys" in selection) return selection.keys.length;
  let total = 0;
  for (const segment of segments(list, selection.filter, actor, cutoff)) total += await count(segment);
  return total;
}

/** The selected records in chunks, starting after `cursor` (a record key) when given. */
export async function* selectedChunks(scope: SelectionScope, cursor: string | null): AsyncGenerator<BulkRecord[]> {
  const { list, selection, actor, cutoff } = scope;
  if ("keys" in selection) {
    const start = cursor ? selection.keys.indexOf(cursor) + 1 : 0;
    for (const keys of chunked(selection.keys.slice(start), BULK_CHUNK)) yield await namesOf(list, keys);
    return;
  }
  const at = cursor ? parseRecordKey(cursor) : null;
  const all = segments(list, selection.filter, actor, cutoff);
  const first = at
    ? Math.max(
        0,
        all.findIndex((s) => s.kind === at.kind),
      )
    : 0;
  for (const [index, segment] of all.entries()) {
    if (index < first) continue;
    let after = index === first && at ? at.id : null;
    for (;;) {
      const records = await page(segment, after, BULK_CHUNK);
      if (records.length === 0) break;
      yield records;
      after = records[records.length - 1]!.id;
      if (records.length < BULK_CHUNK) break;
    }
  }
}
