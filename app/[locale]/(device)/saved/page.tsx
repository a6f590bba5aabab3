import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SavedOfferList } from "@/components/offline/saved-offer-list";
import { shownInBadges } from "@/components/content/shown-in";
import { localeParam, type LocaleParams } from "@/lib/i18n/params";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "saved" });
  return { title: t("title") };
}

// The same page for everyone: the list itself is read from the reader's device in the browser.
export default async function SavedOffersPage({ params }: LocaleParams) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations("saved");
  return (
    <div className="saved-page">
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      <noscript>
        <p className="notice">{t("noScript")}</p>
      </noscript>
      <SavedOfferList
        locale={locale}
        labels={{
          empty: t("empty"),
          remove: t("remove"),
          removed: t("removed"),
          loading: t("loading"),
          shownIn: await shownInBadges(locale),
        }}
      />
    </div>
  );
}
