import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/admin/status-badge";
import { roles } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { listUsers, userStates } from "@/lib/users";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.users" });
  return { title: t("title") };
}

export default async function UsersPage({ searchParams }: Props) {
  await requireUser("user.manage", "/admin/users");
  const params = await searchParams;
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  const rows = await listUsers({ q: params.q, role: params.role, state: params.state });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t("users.title")}</h1>
        <Link prefetch={false} className="button" href="/admin/users/new">
          {t("users.new")}
        </Link>
      </div>
      <p>{t("users.lead")}</p>
      <form className="filter-bar" method="get">
        <div className="field">
          <label htmlFor="q">{t("form.search")}</label>
          <input id="q" name="q" className="input" defaultValue={params.q ?? ""} type="search" />
        </div>
        <div className="field">
          <label htmlFor="role">{t("users.role")}</label>
          <select id="role" name="role" className="input" defaultValue={params.role ?? ""}>
            <option value="">{t("form.any")}</option>
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="state">{t("users.state")}</label>
          <select id="state" name="state" className="input" defaultValue={params.state ?? ""}>
            <option value="">{t("form.any")}</option>
            {userStates.map((state) => (
              <option key={state} value={state}>
                {t(`users.states.${state}`)}
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
              <th scope="col">{t("users.name")}</th>
              <th scope="col">{t("users.email")}</th>
              <th scope="col">{t("users.role")}</th>
              <th scope="col">{t("users.organisation")}</th>
              <th scope="col">{t("users.state")}</th>
              <th scope="col">{t("users.lastLogin")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <Link prefetch={false} href={`/admin/users/${row.id}`}>
                    {row.name}
                  </Link>
                </th>
                <td>{row.email}</td>
                <td>{t(`roles.${row.role}`)}</td>
                <td>{row.organization?.name ?? "–"}</td>
                <td>
                  <StatusBadge
                    status={row.active ? "published" : "archived"}
                    label={t(`users.states.${row.active ? "active" : "inactive"}`)}
                  />
                </td>
                <td>{row.lastLoginAt ? date.format(row.lastLoginAt) : t("form.never")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
