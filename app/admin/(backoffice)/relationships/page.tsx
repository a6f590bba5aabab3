import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FilterBar, FilterSelect } from "@/components/admin/filter-bar";
import { ListTable, RowLink } from "@/components/admin/list-table";
import { PageHead } from "@/components/admin/page-head";
import { SavedNotice } from "@/components/admin/saved-notice";
import { StatusBadge } from "@/components/admin/status-badge";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { organisationChoices } from "@/lib/organisations/editing";
import { listRelationshipsForAdmin, relationshipProgrammeChoices, relationshipTypes } from "@/lib/relationships/editing";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.relationships" });
  return { title: t("title") };
}

export default async function RelationshipsPage({ searchParams }: Props) {
  await requireUser("relationship.manage", "/admin/relationships");
  const params = await searchParams;
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  const [rows, organisations, programmes] = await Promise.all([
    listRelationshipsForAdmin({
      organizationId: params.organizationId,
      type: params.type,
      programmeId: params.programmeId,
      current: params.period === "current",
    }),
    organisationChoices(),
    relationshipProgrammeChoices(),
  ]);
  // Since and until are calendar days, stored as midnight UTC.
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const today = new Date().toISOString().slice(0, 10);
  const period = (since: Date | null, until: Date | null) =>
    since && until
      ? t("relationships.periodBoth", { since: day.format(since), until: day.format(until) })
      : since
        ? t("relationships.periodSince", { date: day.format(since) })
        : until
          ? t("relationships.periodUntil", { date: day.format(until) })
          : "–";
  const newHref = params.organizationId
    ? `/admin/relationships/new?fromId=${encodeURIComponent(params.organizationId)}`
    : "/admin/relationships/new";

  return (
    <div className="stack">
      <PageHead title={t("relationships.title")} href={newHref} label={t("relationships.new")} />
      <SavedNotice text={params.deleted ? t("relationships.deleted") : null} />
      <FilterBar submit={t("form.filter")}>
        <FilterSelect
          label={t("relationships.organisation")}
          name="organizationId"
          all={t("form.any")}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          value={params.organizationId}
        />
        <FilterSelect
          label={t("relationships.type")}
          name="type"
          all={t("form.any")}
          options={relationshipTypes.map((type) => ({ value: type, label: t(`relationships.types.${type}`) }))}
          value={params.type}
        />
        <FilterSelect
          label={t("relationships.programme")}
          name="programmeId"
          all={t("form.any")}
          options={programmes.map((p) => ({ value: p.id, label: p.name }))}
          value={params.programmeId}
        />
        <FilterSelect
          label={t("relationships.period")}
          name="period"
          all={t("form.any")}
          options={[{ value: "current", label: t("relationships.currentOnly") }]}
          value={params.period}
        />
      </FilterBar>
      <p role="status">{t("form.count", { count: rows.length })}</p>
      {rows.length ? (
        <ListTable
          columns={[
            t("relationships.from"),
            t("relationships.type"),
            t("relationships.to"),
            t("relationships.programme"),
            t("relationships.period"),
            <span key="edit" className="visually-hidden">
              {t("form.edit")}
            </span>,
          ]}
        >
          {rows.map((row) => {
            const type = t(`relationships.types.${row.type}`);
            const ended = row.until !== null && row.until.toISOString().slice(0, 10) < today;
            return (
              <tr key={row.id}>
                <RowLink href={`/admin/organisations/${row.from.id}`}>{row.from.name}</RowLink>
                <td>{type}</td>
                <td>
                  <Link prefetch={false} href={`/admin/organisations/${row.to.id}`}>
                    {row.to.name}
                  </Link>
                </td>
                <td>{row.programme?.name ?? "–"}</td>
                <td>
                  {period(row.since, row.until)}{" "}
                  {ended ? <StatusBadge status="archived" label={t("relationships.ended")} /> : null}
                </td>
                <td>
                  <Link prefetch={false} href={`/admin/relationships/${row.id}`}>
                    {t("form.edit")}
                    <span className="visually-hidden">
                      {" "}
                      {row.from.name} – {type} – {row.to.name}
                    </span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </ListTable>
      ) : null}
    </div>
  );
}
