import Link from "next/link";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { editing } from "@/components/admin/form/record-form-props";
import { OfferForm } from "@/components/admin/offers/offer-form";
import { RecordHeader } from "@/components/admin/record-header";
import { Verification } from "@/components/admin/verify-button";
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
  const { record } = found;
  if (!can(user, "offer.update", { organizationId: record.organizationId })) redirect("/admin/forbidden");
  const staff = can(user, "organisation.update");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  const [options, providers] = await Promise.all([
    offerFormOptions(locale, record.organizationId),
    staff ? organisationChoices({}, [record.organizationId]) : null,
  ]);
  const title = record.translations.find((tr) => tr.locale === "de")?.title ?? record.slug;

  return (
    <div className="stack">
      <RecordHeader
        back={{ href: "/admin/offers", label: t("form.back") }}
        title={title}
        status={{ status: record.status, label: t(`form.statuses.${record.status}`) }}
        notice={(await searchParams).created ? t("form.created") : null}
      />
      <div className="meta-row">
        <Verification
          id={record.id}
          action={verifyOfferAction}
          lastVerifiedAt={record.lastVerifiedAt}
          locale={locale}
        />
        {record.status === "published" ? (
          <a href={`/${locale}/offers/${record.slug}`}>{t("offers.publicPage")}</a>
        ) : null}
        {staff ? (
          <Link prefetch={false} href={`/admin/history/offers/${record.id}`}>
            {t("offers.history")}
          </Link>
        ) : null}
        {/* Keeps what was typed here and comes back with the new location chosen. */}
        <Link
          prefetch={false}
          href={`/admin/organisations/${record.organizationId}/locations/new?back=${encodeURIComponent(`/admin/offers/${record.id}`)}`}
          data-keep-draft
        >
          {t("offers.addLocation")}
        </Link>
      </div>
      <OfferForm
        locale={locale}
        action={updateOfferAction}
        {...editing(found)}
        options={options}
        providers={providers}
        hidden={staff ? undefined : { organizationId: record.organizationId }}
      />
    </div>
  );
}
