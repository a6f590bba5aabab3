import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FilterBar, FilterInput, FilterSelect } from "@/components/admin/filter-bar";
import { ListTable } from "@/components/admin/list-table";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { ChangeList } from "@/components/admin/history/change-list";
import { actionLabel, describeChanges, recordKindLabel } from "@/lib/audit/describe";
import { historyHref } from "@/lib/audit/record-kinds";
import { auditWords } from "@/lib/audit/words";
import { auditFilterOptions, auditQuery, listAuditEntries, parseAuditFilter, recordHref } from "@/lib/audit/log";
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
  const words = await auditWords(
    locale,
    entries.flatMap((entry) => entry.changes),
  );
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/Berlin" });
  const typeLabel = (type: string) => recordKindLabel(type, words);
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
      <FilterBar
        submit={tForm("filter")}
        action="/admin/audit"
        label={t("filters")}
        after={
          auditQuery(filter) ? (
            <Link prefetch={false} href="/admin/audit">
              {t("reset")}
            </Link>
          ) : null
        }
      >
        <FilterSelect
          id="a-user"
          label={t("user")}
          name="userId"
          all={tForm("any")}
          options={options.users.map((u) => ({ value: u.id, label: u.name }))}
          value={filter.userId}
        />
        <FilterSelect
          id="a-type"
          label={t("entityType")}
          name="entityType"
          all={tForm("any")}
          options={entityTypes.map((type) => ({ value: type, label: typeLabel(type) }))}
          value={filter.entityType}
        />
        <FilterInput
          id="a-id"
          label={t("entityId")}
          name="entityId"
          value={filter.entityId}
          autoComplete="off"
          spellCheck={false}
        />
        <FilterInput id="a-from" label={t("from")} name="from" type="date" value={filter.from} />
        <FilterInput id="a-to" label={t("to")} name="to" type="date" value={filter.to} />
      </FilterBar>
      <p role="status">{tForm("count", { count: total })}</p>
      {entries.length ? (
        <ListTable columns={[t("when"), t("user"), t("action"), t("entityType"), t("summary"), t("changes")]}>
          {entries.map((entry) => {
            const href = hrefOf(entry.entityType, entry.entityId);
            return (
              <tr key={entry.id}>
                <td>
                  <time dateTime={entry.createdAt.toISOString()}>{date.format(entry.createdAt)}</time>
                </td>
                <td>{entry.user?.name ?? t("nobody")}</td>
                <td>{actionLabel(entry.action, words)}</td>
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
                    href={
                      historyHref(entry.entityType, entry.entityId) ??
                      `/admin/audit${auditQuery({ entityType: entry.entityType, entityId: entry.entityId })}`
                    }
                  >
                    {t("historyLink")}
                    <span className="visually-hidden"> ({typeLabel(entry.entityType)})</span>
                  </Link>
                </td>
                <td>{entry.summary ?? "–"}</td>
                <td>
                  {entry.changes.length ? (
                    <details>
                      <summary>{t("changedFields", { count: entry.changes.length })}</summary>
                      <ChangeList changes={describeChanges(entry.entityType, entry.changes, words)} />
                    </details>
                  ) : (
                    "–"
                  )}
                </td>
              </tr>
            );
          })}
        </ListTable>
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
