import Link from "next/link";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OfferForm } from "@/components/admin/offers/offer-form";
import { RecordHeader } from "@/components/admin/record-header";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { newOfferValues } from "@/lib/offers/editing";
import { offerFormOptions } from "@/lib/offers/editing-options";
import { organisationChoices } from "@/lib/organisations/editing";
import { createOfferAction } from "../actions";

type Props = { searchParams: Promise<{ organizationId?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.offers" });
  return { title: t("new") };
}

export default async function NewOfferPage({ searchParams }: Props) {
  const user = await requireUser("offer.read", "/admin/offers/new");
  const staff = can(user, "organisation.update");
  // A partner editor's offers belong to their organisation; staff pick the provider.
  const organizationId = staff ? ((await searchParams).organizationId ?? null) : user.organizationId;
  if (!can(user, "offer.create", { organizationId: organizationId ?? user.organizationId })) redirect("/admin/forbidden");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  const [options, providers] = await Promise.all([offerFormOptions(locale, organizationId), staff ? organisationChoices() : null]);
  return (
    <div className="stack">
      <RecordHeader back={{ href: "/admin/offers", label: t("form.back") }} title={t("offers.new")}>
        <p>{t("offers.newLead")}</p>
      </RecordHeader>
      {organizationId ? (
        <p>
          {/* Keeps what was typed here and comes back with the new location chosen. */}
          <Link
            prefetch={false}
            href={`/admin/organisations/${organizationId}/locations/new?back=${encodeURIComponent(`/admin/offers/new?organizationId=${organizationId}`)}`}
            data-keep-draft
          >
            {t("offers.addLocation")}
          </Link>
        </p>
      ) : null}
      <OfferForm
        locale={locale}
        action={createOfferAction}
        initial={newOfferValues(organizationId)}
        options={options}
        providers={providers}
        hidden={staff ? undefined : { organizationId: user.organizationId ?? "" }}
      />
    </div>
  );
}
