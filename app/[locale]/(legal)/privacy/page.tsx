import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeParam, type LocaleParams } from "@/lib/i18n/params";

const points = ["noTracking", "tiles", "location", "inquiries", "cookie"] as const;

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "legal" });
  return { title: t("privacyTitle") };
}

export default async function PrivacyPage({ params }: LocaleParams) {
  setRequestLocale(await localeParam(params));
  const t = await getTranslations("legal");
  return (
    <article className="prose">
      <h1>{t("privacyTitle")}</h1>
      <p>{t("privacyIntro")}</p>
      <ul>
        {points.map((point) => (
          <li key={point}>{t(`privacyPoints.${point}`)}</li>
        ))}
      </ul>
    </article>
  );
}
