import "server-only";
// The weekly times of a page's offers: for the times on result cards and the exact "open now"
// check of the rows the index found. A page's worth of ids, one indexed read.
import { db } from "../db";
import { loadInChunks } from "../db/chunks";
import { isOpenAt } from "../schedule/occurrences";
import { weeklySlotSelect } from "../schedule/select";
import type { WeeklySlot } from "../schedule/types";

export async function weeklySlotsOf(ids: readonly string[]): Promise<Map<string, WeeklySlot[]>> {
  const out = new Map<string, WeeklySlot[]>();
  if (ids.length === 0) return out;
  const rows = await loadInChunks(ids, (chunk) =>
    db.schedule.findMany({
      where: { offerId: { in: chunk } },
      select: { offerId: true, ...weeklySlotSelect },
      orderBy: [{ weekday: "asc" }, { opensAt: "asc" }],
    }),
  );
  for (const { offerId, ...slot } of rows) if (offerId) out.set(offerId, [...(out.get(offerId) ?? []), slot]);
  return out;
}

/** Which of these offers are open at `at` by their weekly times (rhythm and dates included). */
export async function openAt(ids: readonly string[], at: Date): Promise<Set<string>> {
  const slots = await weeklySlotsOf(ids);
  return new Set(ids.filter((id) => isOpenAt(slots.get(id) ?? [], at)));
}
