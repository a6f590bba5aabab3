import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListTable, RowLink } from "@/components/admin/list-table";
import { StatusBadge } from "@/components/admin/status-badge";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { listProgrammesForAdmin } from "@/lib/programmes/editing";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.programmes" });
  return { title: t("title") };
}

export default async function ProgrammesPage() {
  await requireUser("programme.update", "/admin/programmes");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  const rows = await listProgrammesForAdmin();

  return (
    <div className="stack">
      <h1>{t("programmes.title")}</h1>
      <p>{t("programmes.lead")}</p>
      {rows.length === 0 ? <p>{t("programmes.none")}</p> : null}
      <ListTable
        columns={[
          t("programmes.name"),
          t("programmes.parent"),
          t("programmes.currentParticipations"),
          t("form.status"),
        ]}
      >
        {rows.map((row) => (
          <tr key={row.id}>
            <RowLink href={`/admin/programmes/${row.id}`}>{row.name}</RowLink>
            <td>
              {row.parent ? (
                <Link prefetch={false} href={`/admin/programmes/${row.parent.id}`}>
                  {row.parent.name}
                </Link>
              ) : (
                "–"
              )}
            </td>
            <td>{row.currentParticipations}</td>
            <td>
              <StatusBadge status={row.status} label={t(`form.statuses.${row.status}`)} />
            </td>
          </tr>
        ))}
      </ListTable>
    </div>
  );
}
