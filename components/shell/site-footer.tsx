import { getTranslations } from "next-intl/server";
import { LightModeSwitch } from "@/components/offline/light-mode-switch";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("shell.footer");
  const tLight = await getTranslations("lightMode");
  return (
    <footer className="site-footer">
      <p>{t("operator")}</p>
      <nav aria-label={t("legalNav")}>
        <ul>
          <li>
            <Link href="/imprint">{t("imprint")}</Link>
          </li>
          <li>
            <Link href="/privacy">{t("privacy")}</Link>
          </li>
          <li>
            <Link href="/data">{t("data")}</Link>
          </li>
        </ul>
      </nav>
      <LightModeSwitch labels={{ label: tLight("label"), hint: tLight("hint") }} />
      <p className="site-footer__demo">{t("demo")}</p>
    </footer>
  );
}
