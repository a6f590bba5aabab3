import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/admin/status-badge";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { organisationChoices } from "@/lib/organisations/editing";
import { listRelationshipsForAdmin, relationshipProgrammeChoices, relationshipTypes } from "@/lib/relationships";

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
      <div className="page-head">
        <h1>{t("relationships.title")}</h1>
        <Link prefetch={false} className="button" href={newHref}>
          {t("relationships.new")}
        </Link>
      </div>
      {params.deleted ? (
        <p role="status" className="saved">
          {t("relationships.deleted")}
        </p>
      ) : null}
      <form className="filter-bar" method="get">
        <div className="field">
          <label htmlFor="organizationId">{t("relationships.organisation")}</label>
          <select
            id="organizationId"
            name="organizationId"
            className="input"
            defaultValue={params.organizationId ?? ""}
          >
            <option value="">{t("form.any")}</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="type">{t("relationships.type")}</label>
          <select id="type" name="type" className="input" defaultValue={params.type ?? ""}>
            <option value="">{t("form.any")}</option>
            {relationshipTypes.map((type) => (
              <option key={type} value={type}>
                {t(`relationships.types.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="programmeId">{t("relationships.programme")}</label>
          <select id="programmeId" name="programmeId" className="input" defaultValue={params.programmeId ?? ""}>
            <option value="">{t("form.any")}</option>
            {programmes.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="period">{t("relationships.period")}</label>
          <select id="period" name="period" className="input" defaultValue={params.period ?? ""}>
            <option value="">{t("form.any")}</option>
            <option value="current">{t("relationships.currentOnly")}</option>
          </select>
        </div>
        <button className="button button--secondary" type="submit">
          {t("form.filter")}
        </button>
      </form>
      <p role="status">{t("form.count", { count: rows.length })}</p>
      {rows.length ? (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("relationships.from")}</th>
                <th scope="col">{t("relationships.type")}</th>
                <th scope="col">{t("relationships.to")}</th>
                <th scope="col">{t("relationships.programme")}</th>
                <th scope="col">{t("relationships.period")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("form.edit")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const type = t(`relationships.types.${row.type}`);
                const ended = row.until !== null && row.until.toISOString().slice(0, 10) < today;
                return (
                  <tr key={row.id}>
                    <th scope="row">
                      <Link prefetch={false} href={`/admin/organisations/${row.from.id}`}>
                        {row.from.name}
                      </Link>
                    </th>
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
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
