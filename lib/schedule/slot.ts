// What a weekly time must be, wherever it comes from: the offer form, a CSV line or an HSDS
// schedule. Messages are keys of admin.form.errors; an import reports them as an unreadable time.
import { z } from "zod";
import { isFormDay, optionalDate } from "../forms/fields";

/** Every n weeks: weekly, every second or every fourth week. */
export const slotIntervals = [1, 2, 4] as const;

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time");
const dayKey = (value: Date | string | null | undefined) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? null);
// The same days as a form takes, from an import too: a year 0202 stored by one would make the
// offer's form refuse every later save.
const day = z
  .union([z.date(), z.iso.date()])
  .refine((value) => isFormDay(dayKey(value) ?? ""), "date")
  .nullable()
  .optional();

/** One weekly time as stored: ISO weekday, "HH:MM" from and to, rhythm, first and last day. */
export const weeklySlotSchema = z
  .object({
    weekday: z.number({ error: "weekday" }).int("weekday").min(1, "weekday").max(7, "weekday"),
    opensAt: clock,
    closesAt: clock,
    interval: z.number({ error: "choose" }).refine((n) => (slotIntervals as readonly number[]).includes(n), "choose"),
    validFrom: day,
    validUntil: day,
    note: z.string().max(200, "tooLong").nullable().optional(),
  })
  .refine((slot) => slot.closesAt > slot.opensAt, { path: ["closesAt"], message: "closesBeforeOpens" })
  .refine((slot) => !slot.validFrom || !slot.validUntil || dayKey(slot.validFrom)! <= dayKey(slot.validUntil)!, {
    path: ["validUntil"],
    message: "untilBeforeFrom",
  });

export type WeeklySlotInput = z.infer<typeof weeklySlotSchema>;

/** Whether a weekly time is one the schedule can hold. */
export const isValidSlot = (slot: unknown) => weeklySlotSchema.safeParse(slot).success;

const text = z
  .string()
  .optional()
  .transform((v) => (v ?? "").trim());


/** A weekly time as a form submits it (every field text), checked by {@link weeklySlotSchema}. */
export const formWeeklySlot = z
  .object({
    weekday: text.transform((v) => (v === "" ? NaN : Number(v))),
    opensAt: text,
    closesAt: text,
    interval: text.transform((v) => (v === "" ? NaN : Number(v))),
    // The same day check as every other date field of the back office.
    validFrom: optionalDate(),
    validUntil: optionalDate(),
    note: text.transform((v) => v || null),
  })
  // A refinement, not a pipe: the form's other checks (its ages, its texts) still run and report.
  .superRefine((row, ctx) => {
    // A day field that is no day was reported above; the rest of the row is still checked.
    const day = (value: unknown) => (value instanceof Date ? value : null);
    const checked = weeklySlotSchema.safeParse({ ...row, validFrom: day(row.validFrom), validUntil: day(row.validUntil) });
    if (!checked.success)
      for (const issue of checked.error.issues)
        ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  });

type RawRow = Record<string, unknown> | undefined;
// A field sent twice comes as a list: not blank (and refused as a field that is not text).
const filled = (v: unknown) => (typeof v === "string" ? v.trim() !== "" : v !== undefined && v !== null);
const isBlank = (row: RawRow) => !row || !Object.entries(row).some(([key, v]) => key !== "interval" && filled(v));

/** The weekly times of a form: rows left entirely empty are not meant (holes come from removed rows). */
export const formSchedules = () =>
  z
    .array(z.unknown())
    .optional()
    .transform((rows) => (rows ?? []).filter((row) => !isBlank(row as RawRow)))
    .pipe(z.array(formWeeklySlot));
