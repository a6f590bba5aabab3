import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LocationForm } from "@/components/admin/locations/location-form";
import { RecordHeader } from "@/components/admin/record-header";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { geocoderConfigured } from "@/lib/geo/geocoder";
import { returnAddress } from "@/lib/forms/return-to";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { newLocationValues } from "@/lib/locations/editing";
import { organisationName } from "@/lib/organisations/editing";
import { createLocationAction, geocodeAction } from "../../../../locations/actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ back?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.locations" });
  return { title: t("new") };
}

export default async function NewLocationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const back = returnAddress((await searchParams).back);
  const user = await requireUser("backoffice.enter", `/admin/organisations/${id}/locations/new`);
  if (!can(user, "location.create", { organizationId: id })) redirect("/admin/forbidden");
  const name = await organisationName(id);
  if (!name) notFound();
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <div className="stack">
      <RecordHeader
        back={
          back
            ? { href: back, label: t("locations.backToOffer") }
            : { href: can(user, "organisation.update") ? `/admin/organisations/${id}` : "/admin/offers", label: name }
        }
        title={t("locations.new")}
      />
      <LocationForm
        locale={locale}
        action={createLocationAction}
        initial={newLocationValues}
        hidden={{ organizationId: id, ...(back ? { back } : {}) }}
        map={{ tileUrl: env().MAP_TILE_URL, attribution: env().MAP_TILE_ATTRIBUTION }}
        geocode={geocoderConfigured() ? geocodeAction : undefined}
      />
    </div>
  );
}
