import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localeParam, type LocaleParams } from "@/lib/i18n/params";
import { listProgrammes } from "@/lib/programmes/directory";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "programmes" });
  return { title: t("title") };
}

export default async function ProgrammesPage({ params }: LocaleParams) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations("programmes");
  const programmes = await listProgrammes(locale);
  const top = programmes.filter((p) => p.parentSlug === null);

  return (
    <div className="offers-page">
      <h1>{t("title")}</h1>
      <p className="prose">{t("lead")}</p>
      <ul className="programme-list">
        {top.map((p) => {
          const children = programmes.filter((c) => c.parentSlug === p.slug);
          return (
            <li key={p.slug} className="card">
              <h2>
                <Link href={`/programmes/${p.slug}`}>{p.name}</Link>
              </h2>
              <p lang={p.isFallback ? p.textLocale : undefined}>{p.summary}</p>
              {children.length > 0 ? (
                <>
                  <p className="muted">{t("umbrellaOf")}</p>
                  <ul className="programme-list programme-list--children">
                    {children.map((c) => (
                      <li key={c.slug}>
                        <h3>
                          <Link href={`/programmes/${c.slug}`}>{c.name}</Link>
                        </h3>
                        <p lang={c.isFallback ? c.textLocale : undefined}>{c.summary}</p>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
