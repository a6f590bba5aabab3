import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeParam, type LocaleParams } from "@/lib/i18n/params";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "legal" });
  return { title: t("imprintTitle") };
}

export default async function ImprintPage({ params }: LocaleParams) {
  setRequestLocale(await localeParam(params));
  const t = await getTranslations("legal");
  return (
    <article className="prose">
      <h1>{t("imprintTitle")}</h1>
      <p>{t("imprintText")}</p>
    </article>
  );
}
