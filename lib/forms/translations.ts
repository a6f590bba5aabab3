// Texts per locale in a form: German is required (every reader falls back to it); another locale is
// either left empty or given with the same required fields, never half.
import { z } from "zod";
import { locales, type Locale } from "../i18n/locales";

export function translations<T extends z.ZodRawShape>(
  texts: z.ZodObject<T>,
  required: ReadonlyArray<keyof T & string>,
) {
  type Texts = z.infer<z.ZodObject<T>>;
  const perLocale = Object.fromEntries(locales.map((l) => [l, texts.optional()])) as Record<
    Locale,
    z.ZodOptional<z.ZodObject<T>>
  >;
  return z
    .object(perLocale)
    .optional()
    .transform((value) => (value ?? {}) as Partial<Record<Locale, Texts>>)
    .superRefine((value, ctx) => {
      for (const locale of locales) {
        const entry = value[locale] as Record<string, unknown> | undefined;
        const given = entry && Object.values(entry).some((v) => v !== null && v !== undefined && v !== "");
        if (locale !== "de" && !given) continue;
        for (const field of required) {
          if (!entry?.[field])
            ctx.addIssue({
              code: "custom",
              path: [locale, field],
              message: locale === "de" ? "required" : "requiredWhenTranslated",
            });
        }
      }
    })
    .transform((value) => {
      const out: Partial<Record<Locale, Texts>> = {};
      for (const locale of locales) {
        const entry = value[locale] as Record<string, unknown> | undefined;
        if (entry && Object.values(entry).some((v) => v !== null && v !== undefined && v !== ""))
          out[locale] = entry as Texts;
      }
      return out;
    });
}

/** The translations of a record as the form names them. */
export function translationValues<T extends { locale: string }>(rows: T[]): Record<string, Omit<T, "locale">> {
  return Object.fromEntries(rows.map(({ locale, ...rest }) => [locale, rest]));
}
