import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { editing } from "@/components/admin/form/record-form-props";
import { OrganisationForm } from "@/components/admin/organisations/organisation-form";
import { PageHead } from "@/components/admin/page-head";
import { RecordHeader } from "@/components/admin/record-header";
import { StatusBadge } from "@/components/admin/status-badge";
import { Verification } from "@/components/admin/verify-button";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { organisationChoices, organisationForEditing, organisationName } from "@/lib/organisations/editing";
import { updateOrganisationAction, verifyOrganisationAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; merged?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await organisationForEditing((await params).id);
  return { title: found?.record.name ?? "–" };
}

export default async function OrganisationPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireUser("organisation.update", `/admin/organisations/${id}`);
  const found = await organisationForEditing(id);
  if (!found) notFound();
  const [parents, locale] = await Promise.all([organisationChoices({}, [found.record.parentId]), adminLocale()]);
  const t = await getTranslations({ locale, namespace: "admin" });
  const { record, locations, counts } = found;
  const { created, merged } = await searchParams;
  const [mergedName, mergedInto] = await Promise.all([
    merged ? organisationName(merged) : null,
    record.mergedIntoId ? organisationName(record.mergedIntoId) : null,
  ]);

  return (
    <div className="stack">
      <RecordHeader
        back={{ href: "/admin/organisations", label: t("form.back") }}
        title={record.name}
        status={{ status: record.status, label: t(`form.statuses.${record.status}`) }}
        notice={created ? t("form.created") : mergedName ? t("duplicates.merge.done", { source: mergedName }) : null}
      />
      {record.mergedIntoId && mergedInto ? (
        <p>
          <Link prefetch={false} href={`/admin/organisations/${record.mergedIntoId}`}>
            {t("duplicates.merge.mergedInto", { target: mergedInto })}
          </Link>
        </p>
      ) : null}
      <div className="meta-row">
        <Verification
          id={record.id}
          action={verifyOrganisationAction}
          lastVerifiedAt={record.lastVerifiedAt}
          locale={locale}
        />
        {record.status === "published" ? (
          <a href={`/${locale}/organisations/${record.slug}`}>{t("organisations.publicPage")}</a>
        ) : null}
        <Link prefetch={false} href={`/admin/offers?organizationId=${record.id}`}>
          {t("organisations.offersCount", { count: counts.offers })}
        </Link>
        <Link prefetch={false} href={`/admin/relationships?organizationId=${record.id}`}>
          {t("organisations.relationshipsCount", { count: counts.relationsFrom + counts.relationsTo })}
        </Link>
        {record.mergedIntoId ? null : (
          <Link prefetch={false} href={`/admin/organisations/${record.id}/merge`}>
            {t("duplicates.merge.link")}
          </Link>
        )}
        <Link prefetch={false} href={`/admin/history/organisations/${record.id}`}>
          {t("history.link")}
        </Link>
      </div>
      <OrganisationForm locale={locale} action={updateOrganisationAction} {...editing(found)} parents={parents} />
      <section className="card stack" aria-labelledby="locations">
        <PageHead
          level={2}
          id="locations"
          title={t("locations.title")}
          href={`/admin/organisations/${record.id}/locations/new`}
          label={t("locations.new")}
        />
        {locations.length === 0 ? <p>{t("locations.none")}</p> : null}
        <ul className="plain-list">
          {locations.map((l) => (
            <li key={l.id}>
              <Link prefetch={false} href={`/admin/locations/${l.id}`}>
                {[l.name, `${l.street}, ${l.postcode}`].filter(Boolean).join(" – ")}
              </Link>{" "}
              <span className="muted">{l.district?.name ?? t("locations.outside")}</span>{" "}
              {l.status !== "published" ? (
                <StatusBadge status={l.status} label={t(`form.statuses.${l.status}`)} />
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
