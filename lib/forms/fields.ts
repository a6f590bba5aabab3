// zod building blocks for form fields. Messages are keys of admin.form.errors; the page translates.
import { z } from "zod";

const trimmed = z.string().transform((v) => v.trim());

export const requiredText = (max = 200) =>
  z.string({ error: "required" }).trim().min(1, "required").max(max, "tooLong");

/** Empty means "not given": stored as null. */
export const optionalText = (max = 2000) =>
  trimmed
    .pipe(z.string().max(max, "tooLong"))
    .transform((v) => v || null)
    .optional()
    .transform((v) => v ?? null);

export const optionalEmail = () =>
  trimmed
    .pipe(z.union([z.literal(""), z.email("email")]))
    .optional()
    .transform((v) => v?.toLowerCase() || null);

export const optionalUrl = () =>
  trimmed
    .pipe(z.union([z.literal(""), z.url({ protocol: /^https?$/, error: "url" })]))
    .optional()
    .transform((v) => v || null);

/** A phone number as people write it: digits, spaces, brackets, slashes, dashes, a leading plus. */
export const phonePattern = /^(\+?[0-9 ()/-]{5,30})?$/;

export const optionalPhone = () =>
  trimmed
    .pipe(z.string().regex(phonePattern, "phone"))
    .optional()
    .transform((v) => v || null);

export const optionalInt = (min: number, max: number) =>
  trimmed
    .pipe(
      z.union([
        z.literal(""),
        z
          .string()
          .regex(/^-?\d+$/, "number")
          .transform(Number)
          .pipe(z.number().min(min, "range").max(max, "range")),
      ]),
    )
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v));

// A date field sends "YYYY-MM-DD" or nothing. A day that does not exist (30 February) or a year a
// slip of the keyboard made ("0202") is refused, never turned into another day.
const isoDay = z.iso.date();
const FIRST_DAY = "1900-01-01";
const LAST_DAY = "2099-12-31";

/** A date field's text: empty, or a day that exists between 1900 and 2099. */
export const isFormDay = (v: string) => v === "" || (isoDay.safeParse(v).success && v >= FIRST_DAY && v <= LAST_DAY);

/** The instant stored for a day a form names: its midnight in UTC (null for none). */
const storedDay = (v: string) => (v ? new Date(`${v}T00:00:00Z`) : null);

export const optionalDate = () =>
  trimmed
    .optional()
    .transform((v) => v ?? "")
    .refine(isFormDay, "date")
    .transform(storedDay);

/** An unchecked checkbox sends nothing; a record's own values say "true" or "false". */
export const checkbox = () =>
  z
    .string()
    .optional()
    .transform((v) => v === "on" || v === "true");

/** A checkbox group or multi-select: absent, one value or several. */
export const list = () =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : [v].flat().filter(Boolean)));

export const id = () => z.string().min(1, "required");
export const optionalId = () =>
  z
    .string()
    .optional()
    .transform((v) => v || null);
export const version = () => z.coerce.number().int().positive();

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const optionalSlug = () =>
  trimmed
    .pipe(
      z
        .string()
        .max(80, "tooLong")
        .regex(/^([a-z0-9]+(?:-[a-z0-9]+)*)?$/, "slug"),
    )
    .optional()
    .transform((v) => v || null);

export const recordStatuses = ["draft", "published", "archived"] as const;
export const recordStatus = () => z.enum(recordStatuses, { error: "choose" });
