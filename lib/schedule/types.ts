/** One recurring weekly opening, as stored in the Schedule table. */
export type WeeklySlot = {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Local wall-clock time "HH:MM" in {@link TIME_ZONE}. */
  opensAt: string;
  closesAt: string;
  /** Every n weeks, counted from the week of validFrom. */
  interval: number;
  /** First and last day on which the slot applies, both inclusive, read as calendar days in {@link TIME_ZONE}. */
  validFrom: Date | null;
  validUntil: Date | null;
};

/** Every schedule is kept in Aachen's local time, so a 09:00 slot stays at 09:00 across daylight-saving changes. */
export const TIME_ZONE = "Europe/Berlin";
