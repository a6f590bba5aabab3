import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeParam, type LocaleParams } from "@/lib/i18n/params";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "legal" });
  return { title: t("dataTitle") };
}

export default async function DataSourcesPage({ params }: LocaleParams) {
  setRequestLocale(await localeParam(params));
  const t = await getTranslations("legal");
  return (
    <article className="prose">
      <h1>{t("dataTitle")}</h1>
      <p>{t("dataIntro")}</p>
      <ul>
        <li>{t("dataDistricts")}</li>
        <li>{t("dataMap")}</li>
        <li>{t("dataHsds")}</li>
        <li>{t("dataDemo")}</li>
      </ul>
    </article>
  );
}
