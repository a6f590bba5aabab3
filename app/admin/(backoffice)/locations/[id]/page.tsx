import Link from "next/link";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { editing } from "@/components/admin/form/record-form-props";
import { LocationForm } from "@/components/admin/locations/location-form";
import { RecordHeader } from "@/components/admin/record-header";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { geocoderConfigured } from "@/lib/geo/geocoder";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { locationForEditing } from "@/lib/locations/editing";
import { geocodeAction, updateLocationAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await locationForEditing((await params).id);
  return { title: found ? `${found.record.street} · ${found.record.organization.name}` : "–" };
}

export default async function LocationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser("backoffice.enter", `/admin/locations/${id}`);
  const found = await locationForEditing(id);
  if (!found) notFound();
  if (!can(user, "location.update", { organizationId: found.record.organizationId })) redirect("/admin/forbidden");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  const { record } = found;
  const back = can(user, "organisation.update") ? `/admin/organisations/${record.organizationId}` : "/admin/offers";
  return (
    <div className="stack">
      <RecordHeader
        back={{ href: back, label: record.organization.name }}
        title={record.name ?? record.street}
        notice={(await searchParams).created ? t("form.created") : null}
      />
      <div className="meta-row">
        <span>
          {t("locations.district")}: {record.district?.name ?? t("locations.outside")}
        </span>
        {can(user, "audit.read") ? (
          <Link prefetch={false} href={`/admin/history/locations/${record.id}`}>
            {t("history.link")}
          </Link>
        ) : null}
      </div>
      <LocationForm
        locale={locale}
        action={updateLocationAction}
        {...editing(found)}
        map={{ tileUrl: env().MAP_TILE_URL, attribution: env().MAP_TILE_ATTRIBUTION }}
        geocode={geocoderConfigured() ? geocodeAction : undefined}
      />
    </div>
  );
}
