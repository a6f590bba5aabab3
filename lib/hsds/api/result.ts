import type { Locale } from "../../i18n/locales";

/** What a read returns to the HTTP layer: the body and the newest change among the records in it. */
export type HsdsResult = { body: unknown; lastModified: Date | null; locale?: Locale };
