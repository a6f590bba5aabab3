import type { Prisma } from "../../generated/sqlite/client";
import type { WeeklySlot } from "./types";

/** The columns of a {@link WeeklySlot}, for reading schedules that are shown, exported or compared. */
export const weeklySlotSelect = {
  weekday: true,
  opensAt: true,
  closesAt: true,
  interval: true,
  validFrom: true,
  validUntil: true,
} satisfies Prisma.ScheduleSelect & Record<keyof WeeklySlot, true>;

/** Stored schedule rows with the fields a form's weekly times take (lib/schedule/slot.ts), in the order the form lists them. */
export const scheduleRows = {
  orderBy: [{ weekday: "asc" }, { opensAt: "asc" }],
  select: { weekday: true, opensAt: true, closesAt: true, interval: true, validFrom: true, validUntil: true, note: true },
} satisfies Prisma.ScheduleFindManyArgs;
