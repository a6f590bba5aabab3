// What an institution's inquiry must contain. Messages are keys the form translates
// (inquiry.errors.*), so the same schema serves every locale.
import { z } from "zod";
import { districtCodes, type DistrictCode } from "../geo/districts";
import { singleLine } from "../mail/single-line";
import { organisationTypes } from "../organisations/types";

/** The kinds of institution the inquiry form offers. */
export const inquiringTypes = [
  "kita",
  "family_centre",
  "primary_school",
  "secondary_school",
  "youth_service",
  "migrant_organisation",
  "welfare_association",
  "volunteer_initiative",
  "education_provider",
  "sports_club",
] as const satisfies ReadonlyArray<(typeof organisationTypes)[number]>;

const text = (min: number, max: number) =>
  z.string({ error: "required" }).trim().min(1, "required").min(min, "tooShort").max(max, "tooLong");

// Names travel into mail subjects and logs, where a line break would forge a header or a log line.
const line = (min: number, max: number) => text(min, max).transform(singleLine);

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

export const inquirySchema = z.object({
  institutionName: line(2, 200),
  institutionType: z.enum(inquiringTypes, { error: "choose" }),
  district: z.enum(districtCodes as [DistrictCode, ...DistrictCode[]], { error: "choose" }),
  contactName: line(2, 120),
  email: z.string({ error: "required" }).trim().min(1, "required").pipe(z.email("email")),
  phone: z
    .string()
    .trim()
    .max(40, "tooLong")
    .refine((value) => value === "" || /^[+()\d][\d\s()/-]{5,}$/.test(value), "phone")
    .optional()
    .transform((value) => value || undefined),
  programmes: z
    .array(z.string().regex(/^[a-z0-9-]{1,40}$/))
    .min(1, "chooseProgramme")
    .max(6),
  message: text(10, 3000),
  consent: checkbox.refine((value) => value, "consent"),
  locale: z.string().max(5).default("de"),
});

export type InquiryInput = z.input<typeof inquirySchema>;

/** Reads the form, keeping repeated checkbox values (programmes) as a list. */
export function inquiryFromForm(form: FormData): Record<string, unknown> {
  const single = (name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string) : undefined);
  return {
    institutionName: single("institutionName"),
    institutionType: single("institutionType") || undefined,
    district: single("district") || undefined,
    contactName: single("contactName"),
    email: single("email"),
    phone: single("phone"),
    programmes: form.getAll("programmes").filter((v): v is string => typeof v === "string"),
    message: single("message"),
    consent: single("consent"),
    locale: single("locale"),
  };
}
