import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MergePreview } from "@/components/admin/organisations/merge-preview";
import { RecordHeader } from "@/components/admin/record-header";
import { requireUser } from "@/lib/auth/session";
import { twinsOfOrganisation } from "@/lib/duplicates/twins";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { listOrganisationsForAdmin, organisationName } from "@/lib/organisations/editing";
import { mergePreview } from "@/lib/organisations/merge";
import { mergeOrganisationAction } from "../../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ into?: string; q?: string; error?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.duplicates.merge" });
  return { title: t("title") };
}

export default async function MergeOrganisationPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireUser("organisation.merge", `/admin/organisations/${id}/merge`);
  const name = await organisationName(id);
  if (!name) notFound();
  const { into, q, error } = await searchParams;
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.duplicates.merge" });
  const plan = into ? await mergePreview(id, into) : null;
  const twins = await twinsOfOrganisation(id);
  // A search names at most a screenful; the list query itself is bounded.
  const found = q?.trim() ? (await listOrganisationsForAdmin({ q })).filter((o) => o.id !== id).slice(0, 20) : [];
  const choice = (other: { id: string; name: string }) => (
    <li key={other.id}>
      <Link prefetch={false} href={`/admin/organisations/${id}/merge?into=${other.id}`}>
        {t("into", { target: other.name })}
      </Link>
    </li>
  );

  return (
    <div className="stack">
      <RecordHeader back={{ href: `/admin/organisations/${id}`, label: name }} title={t("heading", { source: name })}>
        <p>{t("lead")}</p>
      </RecordHeader>
      {error ? (
        <p role="alert" className="error-summary">
          {t.has(`errors.${error}`) ? t(`errors.${error}`) : t("errors.invalid")}
        </p>
      ) : null}
      {into && !plan ? <p role="alert">{t(into === id ? "errors.self" : "errors.not_found")}</p> : null}
      {plan ? <MergePreview plan={plan} locale={locale} action={mergeOrganisationAction} /> : null}
      <section className="card stack" aria-labelledby="merge-twins">
        <h2 id="merge-twins">{t("twins")}</h2>
        {twins.length ? <ul>{twins.map(choice)}</ul> : <p>{t("noTwins")}</p>}
        <form method="get" className="stack">
          <label htmlFor="merge-q">{t("search")}</label>
          <input id="merge-q" name="q" type="search" defaultValue={q ?? ""} />
          <button className="button button--secondary" type="submit">
            {t("find")}
          </button>
        </form>
        {q?.trim() ? found.length ? <ul>{found.map(choice)}</ul> : <p>{t("noneFound")}</p> : null}
      </section>
    </div>
  );
}
