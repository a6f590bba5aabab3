import "server-only";
// Reading the audit trail: who changed what and when, filtered by person, record and period, newest
// first. Days are calendar days in Aachen, whatever the server's clock is set to.
import { TZDate } from "@date-fns/tz";
import type { Prisma } from "../../generated/sqlite/client";
import { changedFields } from "./diff";
import { db } from "../db/index";
import { TIME_ZONE } from "../schedule/types";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = {
  userId?: string;
  entityType?: string;
  entityId?: string;
  /** first day shown, "YYYY-MM-DD" */
  from?: string;
  /** last day shown, "YYYY-MM-DD" */
  to?: string;
  page?: number;
};

const isDay = (value: string | undefined): value is string =>
  !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
const isToken = (value: string | undefined): value is string => !!value && /^[A-Za-z0-9_.:-]{1,100}$/.test(value);

/** The filter from a query string; anything malformed is left out rather than refused. */
export function parseAuditFilter(params: Record<string, string | string[] | undefined>): AuditFilter {
  const one = (key: string) => [params[key]].flat()[0]?.trim() || undefined;
  const page = Number(one("page"));
  return {
    userId: isToken(one("userId")) ? one("userId") : undefined,
    entityType: isToken(one("entityType")) ? one("entityType") : undefined,
    entityId: isToken(one("entityId")) ? one("entityId") : undefined,
    from: isDay(one("from")) ? one("from") : undefined,
    to: isDay(one("to")) ? one("to") : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

/** The filter as a query string, e.g. for the links to other pages of the same list. */
export function auditQuery(filter: AuditFilter, page?: number): string {
  const query = new URLSearchParams();
  for (const key of ["userId", "entityType", "entityId", "from", "to"] as const) {
    const value = filter[key];
    if (value) query.set(key, value);
  }
  if (page && page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** Midnight in Aachen at the start of the day, plus some days. */
function startOfLocalDay(day: string, plusDays = 0): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, date + plusDays, TIME_ZONE).getTime());
}

function whereOf(filter: AuditFilter): Prisma.AuditEntryWhereInput {
  const createdAt = {
    ...(isDay(filter.from) ? { gte: startOfLocalDay(filter.from) } : {}),
    ...(isDay(filter.to) ? { lt: startOfLocalDay(filter.to, 1) } : {}),
  };
  return {
    ...(filter.userId ? { userId: filter.userId } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(Object.keys(createdAt).length ? { createdAt } : {}),
  };
}

export const auditEntrySelect = {
  id: true,
  createdAt: true,
  action: true,
  entityType: true,
  entityId: true,
  summary: true,
  before: true,
  after: true,
  user: { select: { id: true, name: true } },
} satisfies Prisma.AuditEntrySelect;

/** One page of the entries that match, newest first, with the page actually shown (within range). */
export async function pageOfAuditEntries(where: Prisma.AuditEntryWhereInput, requestedPage = 1) {
  const total = await db.auditEntry.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(requestedPage)), pageCount);
  const rows = await db.auditEntry.findMany({
    where,
    // The id breaks ties between entries written in the same millisecond, so pages never overlap.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: auditEntrySelect,
  });
  return { rows, total, page, pageCount };
}

export async function listAuditEntries(filter: AuditFilter) {
  const { rows, ...pages } = await pageOfAuditEntries(whereOf(filter), filter.page ?? 1);
  const entries = rows.map(({ before, after, ...row }) => ({ ...row, changes: changedFields(before, after) }));
  return { entries, ...pages };
}

/**
 * What the filter form offers: the people who have changed something, and the kinds of record changed.
 * A person chosen by a link (from their account page) is offered even before they changed anything.
 */
export async function auditFilterOptions(chosen: { userId?: string } = {}) {
  const [users, types] = await Promise.all([
    db.user.findMany({
      where: { OR: [{ auditEntries: { some: {} } }, ...(chosen.userId ? [{ id: chosen.userId }] : [])] },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.auditEntry.findMany({ distinct: ["entityType"], orderBy: { entityType: "asc" }, select: { entityType: true } }),
  ]);
  return { users, entityTypes: types.map((t) => t.entityType) };
}

// The back-office page where each kind of record is edited; kinds without one are shown unlinked.
const editPages: Record<string, string> = {
  Organization: "/admin/organisations",
  Location: "/admin/locations",
  Offer: "/admin/offers",
  Programme: "/admin/programmes",
  Participation: "/admin/participations",
  Relationship: "/admin/relationships",
  TaxonomyTerm: "/admin/taxonomy",
  User: "/admin/users",
  Inquiry: "/admin/inquiries",
};

export function recordHref(entityType: string, entityId: string): string | null {
  const base = Object.hasOwn(editPages, entityType) ? editPages[entityType] : undefined;
  return base ? `${base}/${encodeURIComponent(entityId)}` : null;
}
