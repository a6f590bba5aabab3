import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./locales";

export const routing = defineRouting({
  locales,
  defaultLocale,
  // Every public address names its locale, so a shared link opens in the language it was sent in.
  localePrefix: "always",
});
