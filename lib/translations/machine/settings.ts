// The environment variables of machine translation and of the reader's fallback chain, parsed by
// lib/env.ts with the rest of the configuration. Without MT_PROVIDER nothing is sent anywhere and
// the back office offers no machine translation: translators work by hand.
import { z } from "zod";
import { defaultLocale, isLocale, type Locale } from "../../i18n/locales";

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"], { error: "must be true or false" })
  .default("false")
  .transform((value) => value === "true" || value === "1" || value === "yes");

export const machineTranslationSettings = {
  MT_PROVIDER: z.enum(["libretranslate", "deepl"], { error: "must be libretranslate or deepl" }).optional(),
  /** LibreTranslate: the server's address; DeepL: only to override the address the key implies */
  MT_URL: z.url().optional(),
  MT_API_KEY: z.string().min(1).optional(),
  /** whether a reviewed text whose German source changed may be machine-translated again */
  MT_RETRANSLATE_REVIEWED: flag,
};

type MachineValues = { MT_PROVIDER?: "libretranslate" | "deepl"; MT_URL?: string; MT_API_KEY?: string };

export function refineMachineTranslation(value: MachineValues, ctx: z.RefinementCtx) {
  if (value.MT_PROVIDER === "libretranslate" && !value.MT_URL)
    ctx.addIssue({ code: "custom", path: ["MT_URL"], message: "is needed with MT_PROVIDER=libretranslate (the server's address)" });
  if (value.MT_PROVIDER === "deepl" && !value.MT_API_KEY)
    ctx.addIssue({ code: "custom", path: ["MT_API_KEY"], message: "is needed with MT_PROVIDER=deepl (the authentication key)" });
}

/**
 * The languages shown, in order, when a text is not in the reader's: a comma-separated list of
 * locales. German always ends the chain, since every text exists in German.
 */
export const fallbackChainSetting = z
  .string()
  .default("en,de")
  .transform((value, ctx) => {
    const codes = value
      .split(",")
      .map((code) => code.trim())
      .filter(Boolean);
    const bad = codes.find((code) => !isLocale(code));
    if (bad) {
      ctx.addIssue({ code: "custom", message: `names "${bad}", which is not one of de, en, ar, fa, uk, ru, tr` });
      return z.NEVER;
    }
    return [...new Set([...(codes as Locale[]), defaultLocale])];
  });
