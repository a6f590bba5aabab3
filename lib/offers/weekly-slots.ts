import "server-only";
// The weekly times of a page's offers: for the times on result cards and the exact "open now"
// check of the rows the index found. A page's worth of ids, one indexed read.
import { dbKind } from "../db";
import { readRows } from "../db/reads";
import { isOpenAt } from "../schedule/occurrences";
import type { WeeklySlot } from "../schedule/types";
import { fromIds } from "../search/engine";
import { Prisma } from "../../generated/sqlite/client";

// SQLite gives dates as the text Prisma stored.
type SlotRow = Omit<WeeklySlot, "validFrom" | "validUntil"> & {
  offerId: string;
  validFrom: Date | string | null;
  validUntil: Date | string | null;
};

/**
 * Raw SQL, the ids as one parameter (any number of them): a page's worth of narrow rows by key,
 * where the query builder would cost more than the read. The fields are those of WeeklySlot
 * (lib/schedule/select.ts), in the order a form lists them.
 */
export async function weeklySlotsOf(ids: readonly string[]): Promise<Map<string, WeeklySlot[]>> {
  const out = new Map<string, WeeklySlot[]>();
  if (ids.length === 0) return out;
  const rows = await readRows<SlotRow>(Prisma.sql`
    SELECT s."offerId", s."weekday", s."opensAt", s."closesAt", s."interval", s."validFrom", s."validUntil"
    FROM ${fromIds(dbKind, ids, "Schedule", "s", Prisma.sql`s."offerId" = ids."value"`)}
    ORDER BY s."weekday", s."opensAt"`);
  const date = (value: Date | string | null) => (value === null ? null : new Date(value));
  for (const { offerId, ...slot } of rows)
    out.set(offerId, [
      ...(out.get(offerId) ?? []),
      {
        ...slot,
        weekday: Number(slot.weekday),
        interval: Number(slot.interval),
        validFrom: date(slot.validFrom),
        validUntil: date(slot.validUntil),
      },
    ]);
  return out;
}

/** Which of these offers are open at `at` by their weekly times (rhythm and dates included). */
export async function openAt(ids: readonly string[], at: Date): Promise<Set<string>> {
  const slots = await weeklySlotsOf(ids);
  return new Set(ids.filter((id) => isOpenAt(slots.get(id) ?? [], at)));
}
