import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localeParam, type LocaleParams } from "@/lib/i18n/params";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "offline" });
  return { title: t("title"), robots: { index: false } };
}

// What the service worker shows, in the reader's language, for a page it has no copy of while
// there is no connection (lib/offline/service-worker.ts).
export default async function OfflinePage({ params }: LocaleParams) {
  setRequestLocale(await localeParam(params));
  const t = await getTranslations("offline");
  return (
    <div className="prose">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <ul>
        <li>
          <Link href="/">{t("home")}</Link>
        </li>
        <li>
          <Link href="/saved">{t("saved")}</Link>
        </li>
      </ul>
    </div>
  );
}
