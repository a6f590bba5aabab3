import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/admin/status-badge";
import { requireUser } from "@/lib/auth/session";
import { recordStatuses } from "@/lib/forms/fields";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { organisationTypes } from "@/lib/organisation-types";
import { listOrganisationsForAdmin } from "@/lib/organisations/editing";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.organisations" });
  return { title: t("title") };
}

export default async function OrganisationsPage({ searchParams }: Props) {
  await requireUser("organisation.update", "/admin/organisations");
  const params = await searchParams;
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  const tTypes = await getTranslations({ locale, namespace: "organisationTypes" });
  const rows = await listOrganisationsForAdmin({ q: params.q, type: params.type, status: params.status });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Europe/Berlin" });

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t("organisations.title")}</h1>
        <Link prefetch={false} className="button" href="/admin/organisations/new">
          {t("organisations.new")}
        </Link>
      </div>
      <form className="filter-bar" method="get">
        <div className="field">
          <label htmlFor="q">{t("form.search")}</label>
          <input id="q" name="q" className="input" defaultValue={params.q ?? ""} type="search" />
        </div>
        <div className="field">
          <label htmlFor="type">{t("organisations.type")}</label>
          <select id="type" name="type" className="input" defaultValue={params.type ?? ""}>
            <option value="">{t("form.any")}</option>
            {organisationTypes.map((type) => (
              <option key={type} value={type}>
                {tTypes(type)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="status">{t("form.status")}</label>
          <select id="status" name="status" className="input" defaultValue={params.status ?? ""}>
            <option value="">{t("organisations.notArchived")}</option>
            {recordStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`form.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button className="button button--secondary" type="submit">
          {t("form.filter")}
        </button>
      </form>
      <p role="status">{t("form.count", { count: rows.length })}</p>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("organisations.name")}</th>
              <th scope="col">{t("organisations.type")}</th>
              <th scope="col">{t("organisations.district")}</th>
              <th scope="col">{t("organisations.offers")}</th>
              <th scope="col">{t("form.status")}</th>
              <th scope="col">{t("form.lastVerified")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <Link prefetch={false} href={`/admin/organisations/${row.id}`}>
                    {row.name}
                  </Link>
                </th>
                <td>{tTypes(row.type)}</td>
                <td>{row.locations[0]?.district?.name ?? "–"}</td>
                <td>{row._count.offers}</td>
                <td>
                  <StatusBadge status={row.status} label={t(`form.statuses.${row.status}`)} />
                </td>
                <td>{row.lastVerifiedAt ? date.format(row.lastVerifiedAt) : t("form.never")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
