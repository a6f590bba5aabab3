import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ExchangeImportForm } from "@/components/admin/translations/exchange-import-form";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { languageName } from "@/lib/i18n/language-names";
import { exchangeResource } from "@/lib/translations/exchange/import";
import { targetLocale } from "@/lib/translations/exchange/request";
import { exchangeFormats, exchangeKinds, exchangeScopes } from "@/lib/translations/exchange/units";
import { exchangeAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.exchange" });
  return { title: t("title", { language: languageName((await params).locale, locale) }) };
}

export default async function ExchangePage({ params }: Props) {
  const parsed = targetLocale.safeParse((await params).locale);
  if (!parsed.success) notFound();
  const target = parsed.data;
  const user = await requireUser("translation.exchange", `/admin/translations/${target}/exchange`);
  if (!can(user, "translation.exchange", exchangeResource(target))) redirect("/admin/forbidden");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.exchange" });
  const language = languageName(target, locale);
  return (
    <div className="stack">
      <h1>{t("title", { language })}</h1>
      <p>{t("lead", { language })}</p>

      <section aria-labelledby="exchange-export" className="stack">
        <h2 id="exchange-export">{t("export.title")}</h2>
        <form method="get" action={`/admin/translations/${target}/exchange/export`} className="stack entity-form">
          <fieldset className="field choice-group">
            <legend>{t("export.format")}</legend>
            <div className="choice-group__options">
              {exchangeFormats.map((format, i) => (
                <label key={format} className="choice">
                  <input type="radio" name="format" value={format} defaultChecked={i === 0} />{" "}
                  {t(`export.formats.${format}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="field choice-group">
            <legend>{t("export.scope")}</legend>
            <div className="choice-group__options">
              {exchangeScopes.map((scope, i) => (
                <label key={scope} className="choice">
                  <input type="radio" name="scope" value={scope} defaultChecked={i === 0} />{" "}
                  {t(`export.scopes.${scope}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="field choice-group">
            <legend>{t("export.kinds")}</legend>
            <div className="choice-group__options">
              {exchangeKinds.map((kind) => (
                <label key={kind} className="choice">
                  <input type="checkbox" name="kind" value={kind} defaultChecked /> {t(`kinds.${kind}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <p className="field__hint">{t("export.hint")}</p>
          <div>
            <button type="submit" className="button">
              {t("export.download")}
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="exchange-import" className="stack">
        <h2 id="exchange-import">{t("import.title")}</h2>
        <p>{t("import.lead", { language })}</p>
        <ExchangeImportForm action={exchangeAction.bind(null, target)} />
      </section>
    </div>
  );
}
