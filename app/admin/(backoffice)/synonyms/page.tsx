import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SavedNotice } from "@/components/admin/saved-notice";
import { SynonymForm } from "@/components/admin/synonyms/synonym-form";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { localeOptions } from "@/lib/i18n/locales";
import { listSynonymsForAdmin } from "@/lib/search/synonyms";
import { addSynonymAction, deleteSynonymAction } from "./actions";

type Props = { searchParams: Promise<{ deleted?: string; error?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.synonyms" });
  return { title: t("title") };
}

export default async function SynonymsPage({ searchParams }: Props) {
  await requireUser("taxonomy.manage", "/admin/synonyms");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  const [groups, params] = await Promise.all([listSynonymsForAdmin(locale), searchParams]);
  const localeName = new Map(localeOptions.map((o) => [o.code, o.name]));
  const messages = {
    saved: t("synonyms.added"),
    invalid: t("form.errors.invalid"),
    required: t("form.errors.required"),
    tooLong: t("form.errors.tooLong"),
    choose: t("form.errors.choose"),
    language: t("form.errors.language"),
    unknownChoice: t("form.errors.unknownChoice"),
    duplicate: t("synonyms.duplicate"),
    forbidden: t("form.errors.forbidden"),
  };
  const taxonomies = ["category", "audience"] as const;

  return (
    <div className="stack">
      <h1>{t("synonyms.title")}</h1>
      <p>{t("synonyms.lead")}</p>
      <SavedNotice text={params.deleted ? t("synonyms.deleted") : null} />
      {params.error ? (
        <p className="error-summary" role="alert">
          {params.error === "not_found" ? t("form.errors.not_found") : t("form.errors.invalid")}
        </p>
      ) : null}
      <section className="card stack" aria-labelledby="synonym-add">
        <h2 id="synonym-add">{t("synonyms.add")}</h2>
        <SynonymForm
          action={addSynonymAction}
          terms={taxonomies.map((taxonomy) => ({
            label: t(`taxonomy.lists.${taxonomy}`),
            options: groups.filter((g) => g.taxonomy === taxonomy).map((g) => ({ value: g.termId, label: g.name })),
          }))}
          locales={localeOptions.map((o) => ({ value: o.code, label: o.name }))}
          labels={{
            term: t("synonyms.term"),
            word: t("synonyms.word"),
            wordHint: t("synonyms.wordHint"),
            locale: t("synonyms.locale"),
            anyLocale: t("synonyms.anyLocale"),
            choose: t("synonyms.choose"),
            submit: t("synonyms.submit"),
          }}
          messages={messages}
        />
      </section>
      {taxonomies.map((taxonomy) => (
        <section key={taxonomy} className="stack" aria-labelledby={`synonyms-${taxonomy}`}>
          <h2 id={`synonyms-${taxonomy}`}>{t(`taxonomy.lists.${taxonomy}`)}</h2>
          {groups
            .filter((g) => g.taxonomy === taxonomy)
            .map((group) => (
              <section key={group.termId} className="card stack" aria-labelledby={`term-${group.termId}`}>
                <h3 id={`term-${group.termId}`}>
                  {group.name} <code>{group.code}</code>
                </h3>
                {group.synonyms.length === 0 ? (
                  <p className="muted">{t("synonyms.none")}</p>
                ) : (
                  <ul className="synonym-list">
                    {group.synonyms.map((s) => (
                      <li key={s.id}>
                        <span dir="auto" lang={s.locale ?? undefined}>
                          {s.word}
                        </span>{" "}
                        <span className="muted">
                          ({s.locale ? (localeName.get(s.locale as never) ?? s.locale) : t("synonyms.anyLocale")})
                        </span>{" "}
                        <form action={deleteSynonymAction} className="inline-form">
                          <input type="hidden" name="id" value={s.id} />
                          <button type="submit" className="button button--small">
                            {t("synonyms.delete", { word: s.word })}
                          </button>
                        </form>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
        </section>
      ))}
    </div>
  );
}
