import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { shownValue } from "@/lib/audit-diff";
import { auditFilterOptions, auditQuery, listAuditEntries, parseAuditFilter, recordHref } from "@/lib/audit-log";
import { adminLocale } from "@/lib/i18n/admin-locale";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.audit" });
  return { title: t("title") };
}

export default async function AuditPage({ searchParams }: Props) {
  const filter = parseAuditFilter(await searchParams);
  const user = await requireUser("audit.read", `/admin/audit${auditQuery(filter, filter.page)}`);
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.audit" });
  const tForm = await getTranslations({ locale, namespace: "admin.form" });
  const [{ entries, total, page, pageCount }, options] = await Promise.all([
    listAuditEntries(filter),
    auditFilterOptions({ userId: filter.userId }),
  ]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/Berlin" });
  const typeLabel = (type: string) => (t.has(`types.${type}`) ? t(`types.${type}`) : type);
  const actionLabel = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}`) : action);
  // Account records open only for those who manage accounts; everyone else sees the id alone.
  const hrefOf = (type: string, id: string) =>
    type === "User" && !can(user, "user.manage") ? null : recordHref(type, id);
  // A filter reached by a link (a record's history) keeps its choice even before it has entries.
  const entityTypes =
    filter.entityType && !options.entityTypes.includes(filter.entityType)
      ? [...options.entityTypes, filter.entityType]
      : options.entityTypes;

  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      <form className="filter-bar" method="get" action="/admin/audit" aria-label={t("filters")}>
        <div className="field">
          <label htmlFor="a-user">{t("user")}</label>
          <select id="a-user" name="userId" className="input" defaultValue={filter.userId ?? ""}>
            <option value="">{tForm("any")}</option>
            {options.users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="a-type">{t("entityType")}</label>
          <select id="a-type" name="entityType" className="input" defaultValue={filter.entityType ?? ""}>
            <option value="">{tForm("any")}</option>
            {entityTypes.map((type) => (
              <option key={type} value={type}>
                {typeLabel(type)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="a-id">{t("entityId")}</label>
          <input
            id="a-id"
            name="entityId"
            className="input"
            defaultValue={filter.entityId ?? ""}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className="field">
          <label htmlFor="a-from">{t("from")}</label>
          <input id="a-from" name="from" type="date" className="input" defaultValue={filter.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="a-to">{t("to")}</label>
          <input id="a-to" name="to" type="date" className="input" defaultValue={filter.to ?? ""} />
        </div>
        <button className="button button--secondary" type="submit">
          {tForm("filter")}
        </button>
        {auditQuery(filter) ? (
          <Link prefetch={false} href="/admin/audit">
            {t("reset")}
          </Link>
        ) : null}
      </form>
      <p role="status">{tForm("count", { count: total })}</p>
      {entries.length ? (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("user")}</th>
                <th scope="col">{t("action")}</th>
                <th scope="col">{t("entityType")}</th>
                <th scope="col">{t("summary")}</th>
                <th scope="col">{t("changes")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => {
                const href = hrefOf(entry.entityType, entry.entityId);
                return (
                  <tr key={entry.id}>
                    <td>
                      <time dateTime={entry.createdAt.toISOString()}>{date.format(entry.createdAt)}</time>
                    </td>
                    <td>{entry.user?.name ?? t("nobody")}</td>
                    <td>{actionLabel(entry.action)}</td>
                    <td>
                      {href ? (
                        <Link prefetch={false} href={href}>
                          {typeLabel(entry.entityType)}
                        </Link>
                      ) : (
                        typeLabel(entry.entityType)
                      )}{" "}
                      <Link
                        prefetch={false}
                        className="muted"
                        href={`/admin/audit${auditQuery({ entityType: entry.entityType, entityId: entry.entityId })}`}
                        aria-label={t("recordHistory", { type: typeLabel(entry.entityType) })}
                      >
                        {t("historyLink")}
                      </Link>
                    </td>
                    <td>{entry.summary ?? "–"}</td>
                    <td>
                      {entry.changes.length ? (
                        <details>
                          <summary>{t("changedFields", { count: entry.changes.length })}</summary>
                          <dl>
                            {entry.changes.map((change) => (
                              <div key={change.field}>
                                <dt>{change.field}</dt>
                                <dd className="pre-wrap">
                                  {shownValue(change.before)} → {shownValue(change.after)}
                                </dd>
                              </div>
                            ))}
                          </dl>
                        </details>
                      ) : (
                        "–"
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("none")}</p>
      )}
      {pageCount > 1 ? (
        <nav className="pagination" aria-label={t("pages")}>
          {page > 1 ? (
            <Link
              prefetch={false}
              className="button button--secondary"
              href={`/admin/audit${auditQuery(filter, page - 1)}`}
              rel="prev"
            >
              {t("previous")}
            </Link>
          ) : null}
          <span>{t("position", { page, pageCount })}</span>
          {page < pageCount ? (
            <Link
              prefetch={false}
              className="button button--secondary"
              href={`/admin/audit${auditQuery(filter, page + 1)}`}
              rel="next"
            >
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
