import Link from "next/link";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OfferForm } from "@/components/admin/offers/offer-form";
import { StatusBadge } from "@/components/admin/status-badge";
import { VerifyButton } from "@/components/admin/verify-button";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { offerForEditing } from "@/lib/offers/editing";
import { offerFormOptions } from "@/lib/offers/editing-options";
import { organisationChoices } from "@/lib/organisations/editing";
import { updateOfferAction, verifyOfferAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await offerForEditing((await params).id);
  return { title: found?.record.translations.find((t) => t.locale === "de")?.title ?? "–" };
}

export default async function OfferPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser("offer.read", `/admin/offers/${id}`);
  const found = await offerForEditing(id);
  if (!found) notFound();
  const { record, values } = found;
  if (!can(user, "offer.update", { organizationId: record.organizationId })) redirect("/admin/forbidden");
  const staff = can(user, "organisation.update");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  const [options, providers] = await Promise.all([offerFormOptions(locale, record.organizationId), staff ? organisationChoices() : null]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Europe/Berlin" });
  const title = record.translations.find((tr) => tr.locale === "de")?.title ?? record.slug;

  return (
    <div className="stack">
      <p>
        <Link prefetch={false} href="/admin/offers">
          {t("form.back")}
        </Link>
      </p>
      <div className="page-head">
        <h1>{title}</h1>
        <StatusBadge status={record.status} label={t(`form.statuses.${record.status}`)} />
      </div>
      {(await searchParams).created ? <p role="status" className="saved">{t("form.created")}</p> : null}
      <div className="meta-row">
        <span>
          {t("form.lastVerified")}: {record.lastVerifiedAt ? date.format(record.lastVerifiedAt) : t("form.never")}
        </span>
        <VerifyButton id={record.id} action={verifyOfferAction} label={t("form.verify")} />
        {record.status === "published" ? <a href={`/${locale}/offers/${record.slug}`}>{t("offers.publicPage")}</a> : null}
        {staff ? (
          <Link prefetch={false} href={`/admin/audit?entityType=Offer&entityId=${record.id}`}>
            {t("offers.history")}
          </Link>
        ) : null}
        <Link prefetch={false} href={`/admin/organisations/${record.organizationId}/locations/new`}>
          {t("offers.addLocation")}
        </Link>
      </div>
      <OfferForm
        locale={locale}
        action={updateOfferAction}
        initial={values}
        record={{ id: record.id, version: record.version }}
        options={options}
        providers={providers}
        hidden={staff ? undefined : { organizationId: record.organizationId }}
      />
    </div>
  );
}
