import { listPermission } from "@/lib/bulk/lists";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BulkListTable } from "@/components/admin/bulk/bulk-list-table";
import { RowCheck } from "@/components/admin/bulk/bulk-bar";
import { FilterBar, FilterSearch, FilterSelect } from "@/components/admin/filter-bar";
import { RowLink } from "@/components/admin/list-table";
import { PageHead } from "@/components/admin/page-head";
import { StatusBadge } from "@/components/admin/status-badge";
import { requireUser } from "@/lib/auth/session";
import { recordStatuses } from "@/lib/forms/fields";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { organisationTypes } from "@/lib/organisations/types";
import { listOrganisationsForAdmin, ORGANISATION_LIST_LIMIT } from "@/lib/organisations/editing";
import { recordKey } from "@/lib/bulk/lists";
import { startBulkAction } from "../bulk/actions";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.organisations" });
  return { title: t("title") };
}

export default async function OrganisationsPage({ searchParams }: Props) {
  await requireUser(listPermission.organisations, "/admin/organisations");
  const params = await searchParams;
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  const tTypes = await getTranslations({ locale, namespace: "organisationTypes" });
  const filter = { q: params.q, type: params.type, status: params.status };
  const rows = await listOrganisationsForAdmin(filter);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Europe/Berlin" });

  return (
    <div className="stack">
      <PageHead title={t("organisations.title")} href="/admin/organisations/new" label={t("organisations.new")} />
      <FilterBar submit={t("form.filter")}>
        <FilterSearch label={t("form.search")} value={params.q} />
        <FilterSelect
          label={t("organisations.type")}
          name="type"
          all={t("form.any")}
          options={organisationTypes.map((type) => ({ value: type, label: tTypes(type) }))}
          value={params.type}
        />
        <FilterSelect
          label={t("form.status")}
          name="status"
          all={t("organisations.notArchived")}
          options={recordStatuses.map((s) => ({ value: s, label: t(`form.statuses.${s}`) }))}
          value={params.status}
        />
      </FilterBar>
      <BulkListTable
        bulk={{ list: "organisations", action: startBulkAction, filter, limit: ORGANISATION_LIST_LIMIT }}
        count={rows.length}
        columns={[
          t("organisations.name"),
          t("organisations.type"),
          t("organisations.district"),
          t("organisations.offers"),
          t("form.status"),
          t("form.lastVerified"),
        ]}
      >
        {rows.map((row) => (
          <tr key={row.id}>
            <RowCheck value={recordKey("organisation", row.id)} label={t("bulk.selectRow", { name: row.name })} />
            <RowLink href={`/admin/organisations/${row.id}`}>{row.name}</RowLink>
            <td>{tTypes(row.type)}</td>
            <td>{row.locations[0]?.district?.name ?? "–"}</td>
            <td>{row._count.offers}</td>
            <td>
              <StatusBadge status={row.status} label={t(`form.statuses.${row.status}`)} />
            </td>
            <td>{row.lastVerifiedAt ? date.format(row.lastVerifiedAt) : t("form.never")}</td>
          </tr>
        ))}
      </BulkListTable>
    </div>
  );
}
