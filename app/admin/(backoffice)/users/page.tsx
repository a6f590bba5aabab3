import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FilterBar, FilterSearch, FilterSelect } from "@/components/admin/filter-bar";
import { ListTable, RowLink } from "@/components/admin/list-table";
import { PageHead } from "@/components/admin/page-head";
import { StatusBadge } from "@/components/admin/status-badge";
import { roles } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { listUsers, userStates } from "@/lib/users/editing";

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
      <PageHead title={t("users.title")} href="/admin/users/new" label={t("users.new")} />
      <p>{t("users.lead")}</p>
      <FilterBar submit={t("form.filter")}>
        <FilterSearch label={t("form.search")} value={params.q} />
        <FilterSelect
          label={t("users.role")}
          name="role"
          all={t("form.any")}
          options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          value={params.role}
        />
        <FilterSelect
          label={t("users.state")}
          name="state"
          all={t("form.any")}
          options={userStates.map((state) => ({ value: state, label: t(`users.states.${state}`) }))}
          value={params.state}
        />
      </FilterBar>
      <p role="status">{t("form.count", { count: rows.length })}</p>
      <ListTable
        columns={[
          t("users.name"),
          t("users.email"),
          t("users.role"),
          t("users.organisation"),
          t("users.state"),
          t("users.lastLogin"),
        ]}
      >
        {rows.map((row) => (
          <tr key={row.id}>
            <RowLink href={`/admin/users/${row.id}`}>{row.name}</RowLink>
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
      </ListTable>
    </div>
  );
}
