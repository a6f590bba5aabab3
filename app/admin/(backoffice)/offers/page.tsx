import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/admin/status-badge";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { recordStatuses } from "@/lib/forms/fields";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { locationChoices } from "@/lib/locations/editing";
import { listOffersForAdmin } from "@/lib/offers/editing";
import { organisationChoices } from "@/lib/organisations/editing";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.offers" });
  return { title: t("title") };
}

export default async function OffersPage({ searchParams }: Props) {
  const user = await requireUser("offer.read", "/admin/offers");
  const params = await searchParams;
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  const staff = can(user, "organisation.update");
  const [rows, providers, ownLocations] = await Promise.all([
    listOffersForAdmin({ q: params.q, status: params.status, organizationId: params.organizationId }, user),
    staff ? organisationChoices() : Promise.resolve([]),
    !staff && user.organizationId ? locationChoices(user.organizationId) : Promise.resolve([]),
  ]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Europe/Berlin" });
  const newHref = params.organizationId ? `/admin/offers/new?organizationId=${params.organizationId}` : "/admin/offers/new";

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t("offers.title")}</h1>
        <Link prefetch={false} className="button" href={newHref}>
          {t("offers.new")}
        </Link>
      </div>
      <form className="filter-bar" method="get">
        <div className="field">
          <label htmlFor="q">{t("form.search")}</label>
          <input id="q" name="q" className="input" defaultValue={params.q ?? ""} type="search" />
        </div>
        {staff ? (
          <div className="field">
            <label htmlFor="organizationId">{t("offers.provider")}</label>
            <select id="organizationId" name="organizationId" className="input" defaultValue={params.organizationId ?? ""}>
              <option value="">{t("offers.allProviders")}</option>
              {providers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="status">{t("form.status")}</label>
          <select id="status" name="status" className="input" defaultValue={params.status ?? ""}>
            <option value="">{t("offers.notArchived")}</option>
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
              <th scope="col">{t("offers.offer")}</th>
              <th scope="col">{t("offers.provider")}</th>
              <th scope="col">{t("form.status")}</th>
              <th scope="col">{t("form.lastVerified")}</th>
              <th scope="col">{t("offers.updated")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <Link prefetch={false} href={`/admin/offers/${row.id}`}>
                    {row.translations[0]?.title ?? row.slug}
                  </Link>
                </th>
                <td>{row.organization.name}</td>
                <td>
                  <StatusBadge status={row.status} label={t(`form.statuses.${row.status}`)} />
                </td>
                <td>{row.lastVerifiedAt ? date.format(row.lastVerifiedAt) : t("form.never")}</td>
                <td>{date.format(row.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!staff && user.organizationId ? (
        <section className="card stack" aria-labelledby="own-locations">
          <div className="page-head">
            <h2 id="own-locations">{t("offers.yourLocations")}</h2>
            <Link prefetch={false} className="button button--secondary" href={`/admin/organisations/${user.organizationId}/locations/new`}>
              {t("locations.new")}
            </Link>
          </div>
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
