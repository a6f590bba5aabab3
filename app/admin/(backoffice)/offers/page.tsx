import { listPermission } from "@/lib/bulk/lists";
import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BulkListTable } from "@/components/admin/bulk/bulk-list-table";
import { RowCheck } from "@/components/admin/bulk/bulk-bar";
import { FilterBar, FilterSearch, FilterSelect } from "@/components/admin/filter-bar";
import { RowLink } from "@/components/admin/list-table";
import { PageHead } from "@/components/admin/page-head";
import { StatusBadge } from "@/components/admin/status-badge";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { recordStatuses } from "@/lib/forms/fields";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { locationChoices } from "@/lib/locations/editing";
import { listOffersForAdmin, OFFER_LIST_LIMIT } from "@/lib/offers/editing";
import { organisationChoices } from "@/lib/organisations/editing";
import { recordKey } from "@/lib/bulk/lists";
import { startBulkAction } from "../bulk/actions";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.offers" });
  return { title: t("title") };
}

export default async function OffersPage({ searchParams }: Props) {
  const user = await requireUser(listPermission.offers, "/admin/offers");
  const params = await searchParams;
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  const staff = can(user, "organisation.update");
  const filter = { q: params.q, status: params.status, organizationId: params.organizationId };
  const [rows, providers, ownLocations] = await Promise.all([
    listOffersForAdmin(filter, user),
    staff ? organisationChoices() : Promise.resolve([]),
    !staff && user.organizationId ? locationChoices(user.organizationId) : Promise.resolve([]),
  ]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Europe/Berlin" });
  const newHref = params.organizationId
    ? `/admin/offers/new?organizationId=${params.organizationId}`
    : "/admin/offers/new";

  return (
    <div className="stack">
      <PageHead title={t("offers.title")} href={newHref} label={t("offers.new")} />
      <FilterBar submit={t("form.filter")}>
        <FilterSearch label={t("form.search")} value={params.q} />
        {staff ? (
          <FilterSelect
            label={t("offers.provider")}
            name="organizationId"
            all={t("offers.allProviders")}
            options={providers.map((p) => ({ value: p.id, label: p.name }))}
            value={params.organizationId}
          />
        ) : null}
        <FilterSelect
          label={t("form.status")}
          name="status"
          all={t("offers.notArchived")}
          options={recordStatuses.map((s) => ({ value: s, label: t(`form.statuses.${s}`) }))}
          value={params.status}
        />
      </FilterBar>
      <BulkListTable
        bulk={{ list: "offers", action: startBulkAction, filter, limit: OFFER_LIST_LIMIT }}
        count={rows.length}
        columns={[
          t("offers.offer"),
          t("offers.provider"),
          t("form.status"),
          t("form.lastVerified"),
          t("offers.updated"),
        ]}
      >
        {rows.map((row) => (
          <tr key={row.id}>
            <RowCheck
              value={recordKey("offer", row.id)}
              label={t("bulk.selectRow", { name: row.translations[0]?.title ?? row.slug })}
            />
            <RowLink href={`/admin/offers/${row.id}`}>{row.translations[0]?.title ?? row.slug}</RowLink>
            <td>{row.organization.name}</td>
            <td>
              <StatusBadge status={row.status} label={t(`form.statuses.${row.status}`)} />
            </td>
            <td>{row.lastVerifiedAt ? date.format(row.lastVerifiedAt) : t("form.never")}</td>
            <td>{date.format(row.updatedAt)}</td>
          </tr>
        ))}
      </BulkListTable>
      {!staff && user.organizationId ? (
        <section className="card stack" aria-labelledby="own-locations">
          <PageHead
            level={2}
            id="own-locations"
            title={t("offers.yourLocations")}
            href={`/admin/organisations/${user.organizationId}/locations/new`}
            label={t("locations.new")}
          />
          <ul className="plain-list">
            {ownLocations.map((l) => (
              <li key={l.id}>
                <Link prefetch={false} href={`/admin/locations/${l.id}`}>
                  {[l.name, `${l.street}, ${l.postcode}`].filter(Boolean).join(" – ")}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
