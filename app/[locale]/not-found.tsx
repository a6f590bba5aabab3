import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="prose">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <Link className="button" href="/">
        {t("home")}
      </Link>
    </div>
  );
}
