import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OrganisationForm } from "@/components/admin/organisations/organisation-form";
import { StatusBadge } from "@/components/admin/status-badge";
import { VerifyButton } from "@/components/admin/verify-button";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { organisationChoices, organisationForEditing } from "@/lib/organisations/editing";
import { updateOrganisationAction, verifyOrganisationAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await organisationForEditing((await params).id);
  return { title: found?.record.name ?? "–" };
}

export default async function OrganisationPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireUser("organisation.update", `/admin/organisations/${id}`);
  const [found, parents, locale] = await Promise.all([organisationForEditing(id), organisationChoices(), adminLocale()]);
  if (!found) notFound();
  const t = await getTranslations({ locale, namespace: "admin" });
  const { record, values, locations, counts } = found;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Europe/Berlin" });

  return (
    <div className="stack">
      <p>
        <Link prefetch={false} href="/admin/organisations">
          {t("form.back")}
        </Link>
      </p>
      <div className="page-head">
        <h1>{record.name}</h1>
        <StatusBadge status={record.status} label={t(`form.statuses.${record.status}`)} />
      </div>
      {(await searchParams).created ? <p role="status" className="saved">{t("form.created")}</p> : null}
      <div className="meta-row">
        <span>
          {t("form.lastVerified")}: {record.lastVerifiedAt ? date.format(record.lastVerifiedAt) : t("form.never")}
        </span>
        <VerifyButton id={record.id} action={verifyOrganisationAction} label={t("form.verify")} />
        {record.status === "published" ? (
          <a href={`/${locale}/organisations/${record.slug}`}>{t("organisations.publicPage")}</a>
        ) : null}
        <Link prefetch={false} href={`/admin/offers?organizationId=${record.id}`}>
          {t("organisations.offersCount", { count: counts.offers })}
        </Link>
        <Link prefetch={false} href={`/admin/relationships?organizationId=${record.id}`}>
          {t("organisations.relationshipsCount", { count: counts.relationsFrom + counts.relationsTo })}
        </Link>
      </div>
      <OrganisationForm locale={locale} action={updateOrganisationAction} initial={values} record={{ id: record.id, version: record.version }} parents={parents} />
      <section className="card stack" aria-labelledby="locations">
        <div className="page-head">
          <h2 id="locations">{t("locations.title")}</h2>
          <Link prefetch={false} className="button button--secondary" href={`/admin/organisations/${record.id}/locations/new`}>
            {t("locations.new")}
          </Link>
        </div>
        {locations.length === 0 ? <p>{t("locations.none")}</p> : null}
        <ul className="plain-list">
          {locations.map((l) => (
            <li key={l.id}>
              <Link prefetch={false} href={`/admin/locations/${l.id}`}>
                {[l.name, `${l.street}, ${l.postcode}`].filter(Boolean).join(" – ")}
              </Link>{" "}
              <span className="muted">{l.district?.name ?? t("locations.outside")}</span>{" "}
              {l.status !== "published" ? <StatusBadge status={l.status} label={t(`form.statuses.${l.status}`)} /> : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
