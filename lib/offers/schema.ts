// The rules an offer keeps, whoever writes it: the offer form, a CSV line or an HSDS service. The
// form turns its text fields into values and then checks them here; an import reads its cells into
// the same values and reports what these rules say per line. Messages are keys of admin.form.errors.
import { z } from "zod";
import { phonePattern, recordStatuses } from "../forms/fields";
import { weeklySlotSchema } from "../schedule/slot";

export const offerTextLimits = {
  title: 200,
  summary: 500,
  description: 10_000,
  eligibility: 2000,
  howToJoin: 2000,
  costNote: 500,
  easyRead: 5000,
} as const;
export const offerAgeRange = { min: 0, max: 120 } as const;
export const languageCodePattern = /^[a-z]{2,3}$/;

const longText = (max: number) => z.string().max(max, "tooLong").nullish();
const L = offerTextLimits;
/** The texts of one locale: title and summary, or no texts in that locale at all. */
const texts = z.object({
  title: z.string({ error: "required" }).min(1, "required").max(L.title, "tooLong"),
  summary: z.string({ error: "required" }).min(1, "required").max(L.summary, "tooLong"),
  description: longText(L.description),
  eligibility: longText(L.eligibility),
  howToJoin: longText(L.howToJoin),
  costNote: longText(L.costNote),
  easyRead: longText(L.easyRead),
});
const age = z
  .number({ error: "range" })
  .int("range")
  .min(offerAgeRange.min, "range")
  .max(offerAgeRange.max, "range")
  .nullable();
const day = z.union([z.date(), z.iso.date()]).nullable();
const dayKey = (value: Date | string) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/** An offer's values; each may be left out (an import file that has no column for it). */
export const offerFields = z
  .object({
    status: z.enum(recordStatuses, { error: "choose" }),
    minAge: age,
    maxAge: age,
    email: z.email("email").nullable(),
    phone: z.string().regex(phonePattern, "phone").nullable(),
    website: z.url({ protocol: /^https?$/, error: "url" }).nullable(),
    languages: z.array(z.string().regex(languageCodePattern, "language")),
    translations: z.record(z.string(), texts.nullable()),
    schedules: z.array(weeklySlotSchema),
    validFrom: day,
    validUntil: day,
  })
  .partial();

export type OfferProblem = { path: PropertyKey[]; message: string };
type Loose = { minAge?: unknown; maxAge?: unknown; validFrom?: unknown; validUntil?: unknown };

/** Rules between fields; checked even when another field is wrong, so that every message shows at once. */
function crossProblems(o: Loose): OfferProblem[] {
  const problems: OfferProblem[] = [];
  if (typeof o.minAge === "number" && typeof o.maxAge === "number" && o.minAge > o.maxAge)
    problems.push({ path: ["maxAge"], message: "maxBelowMin" });
  const from = o.validFrom instanceof Date || typeof o.validFrom === "string" ? dayKey(o.validFrom) : null;
  const until = o.validUntil instanceof Date || typeof o.validUntil === "string" ? dayKey(o.validUntil) : null;
  if (from && until && from > until) problems.push({ path: ["validUntil"], message: "untilBeforeFrom" });
  return problems;
}

/** What is wrong with an offer's values, field by field; empty when nothing is. */
export function offerProblems(values: object): OfferProblem[] {
  const checked = offerFields.safeParse(values);
  const fields = checked.success ? [] : checked.error.issues.map((i) => ({ path: i.path, message: i.message }));
  return [...fields, ...crossProblems(values as Loose)];
}

/** The rules as a refinement of a form's schema, so that its messages land on its fields. */
export function refineOffer(values: object, ctx: z.RefinementCtx) {
  for (const problem of offerProblems(values))
    ctx.addIssue({ code: "custom", path: problem.path as Array<string | number>, message: problem.message });
}
