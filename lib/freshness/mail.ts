// The mail a partner editor gets: their entries due for review and the signed link, in German and
// then English (an account carries no language, and the back office speaks both).
import { createTranslator } from "next-intl";
import adminDe from "../../messages/admin/de.json";
import adminEn from "../../messages/admin/en.json";
import type { AdminLocale } from "../i18n/admin-locale";
import { singleLine } from "../mail/single-line";

const catalogues: Record<AdminLocale, typeof adminDe> = { de: adminDe, en: adminEn as typeof adminDe };

export type FreshnessMailInput = {
  name: string;
  organisation: string;
  days: number;
  entries: ReadonlyArray<{ name: string; lastVerifiedAt: Date | null }>;
  link: string;
  signInLink: string;
  expiresAt: Date;
};

function part(locale: AdminLocale, input: FreshnessMailInput) {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "freshness.mail" });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Berlin" });
  const organisation = singleLine(input.organisation);
  const lines = input.entries.map(
    (entry) =>
      `- ${singleLine(entry.name)} (${entry.lastVerifiedAt ? t("since", { date: date.format(entry.lastVerifiedAt) }) : t("never")})`,
  );
  return {
    subject: t("subject", { count: input.entries.length, organisation }),
    text: [
      t("greeting", { name: singleLine(input.name) }),
      "",
      t("lead", { organisation, days: input.days }),
      ...lines,
      "",
      t("confirm", { date: date.format(input.expiresAt) }),
      input.link,
      "",
      t("change"),
      input.signInLink,
      "",
      t("thanks"),
    ].join("\n"),
  };
}

export function freshnessMail(input: FreshnessMailInput): { subject: string; text: string } {
  const de = part("de", input);
  const en = part("en", input);
  return { subject: de.subject, text: `${de.text}\n\n---\n\n${en.text}\n` };
}
