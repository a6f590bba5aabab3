import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChangeList } from "@/components/admin/history/change-list";
import { RecordHeader } from "@/components/admin/record-header";
import { actionLabel, describeChanges } from "@/lib/audit/describe";
import { recordHistory } from "@/lib/audit/history";
import { auditQuery } from "@/lib/audit/log";
import { kindBySegment } from "@/lib/audit/record-kinds";
import { auditWords } from "@/lib/audit/words";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";

type Props = {
  params: Promise<{ kind: string; id: string }>;
  searchParams: Promise<{ page?: string; restored?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind: segment, id } = await params;
  const kind = kindBySegment(segment);
  const record = kind ? await kind.load(id) : null;
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.history" });
  return { title: t("title", { title: record?.title ?? "–" }) };
}

export default async function HistoryPage({ params, searchParams }: Props) {
  const { kind: segment, id } = await params;
  const query = await searchParams;
  const user = await requireUser("audit.read", `/admin/history/${segment}/${id}`);
  const kind = kindBySegment(segment);
  const history = kind ? await recordHistory(kind, id, Number(query.page) || 1) : null;
  if (!kind || !history) notFound();
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.history" });
  const tAudit = await getTranslations({ locale, namespace: "admin.audit" });
  const words = await auditWords(
    locale,
    history.entries.flatMap((entry) => entry.changes),
  );
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/Berlin" });
  const mayRestore = can(user, "history.restore");
  const base = `/admin/history/${kind.segment}/${encodeURIComponent(id)}`;

  return (
    <div className="stack">
      <RecordHeader
        back={{ href: kind.editHref(id), label: t("edit") }}
        title={t("title", { title: history.record.title })}
        notice={query.restored ? t("restored") : null}
      />
      <p>{t("lead")}</p>
      <p>
        <Link prefetch={false} href={`/admin/audit${auditQuery({ entityType: kind.entityType, entityId: id })}`}>
          {t("all")}
        </Link>
      </p>
      <h2 id="timeline">{t("timeline")}</h2>
      {history.entries.length ? (
        <ol className="timeline" aria-labelledby="timeline">
          {history.entries.map((entry) => {
            const when = date.format(entry.createdAt);
            const first = entry.side === "before";
            return (
              <li key={`${entry.id}-${entry.side}`} className="timeline__entry">
                {first ? (
                  <p className="timeline__head">
                    <strong>{t("firstRecorded")}</strong>{" "}
                    {entry.current ? <span className="status status--published">{t("current")}</span> : null}
                  </p>
                ) : (
                  <p className="timeline__head">
                    <strong>{actionLabel(entry.action, words)}</strong>{" "}
                    <time dateTime={entry.createdAt.toISOString()}>{when}</time>{" "}
                    <span className="muted">{entry.user ? t("by", { name: entry.user.name }) : t("nobody")}</span>
                    {entry.current ? <span className="status status--published">{t("current")}</span> : null}
                  </p>
                )}
                {first ? (
                  <p className="muted">{t("firstRecordedLead", { when })}</p>
                ) : entry.changes.length ? (
                  <ChangeList changes={describeChanges(kind.entityType, entry.changes, words)} />
                ) : (
                  <p className="muted">{t("noChanges")}</p>
                )}
                {entry.restorable && mayRestore ? (
                  <p>
                    <Link
                      prefetch={false}
                      className="button button--secondary button--small"
                      href={`${base}/restore/${entry.id}${first ? "?side=before" : ""}`}
                    >
                      {t("restore")}
                      <span className="visually-hidden"> ({first ? t("firstRecorded") : when})</span>
                    </Link>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : (
        <p>{t("none")}</p>
      )}
      {history.pageCount > 1 ? (
        <nav className="pagination" aria-label={tAudit("pages")}>
          {history.page > 1 ? (
            <Link
              prefetch={false}
              className="button button--secondary"
              href={`${base}?page=${history.page - 1}`}
              rel="prev"
            >
              {tAudit("previous")}
            </Link>
          ) : null}
          <span>{tAudit("position", { page: history.page, pageCount: history.pageCount })}</span>
          {history.page < history.pageCount ? (
            <Link
              prefetch={false}
              className="button button--secondary"
              href={`${base}?page=${history.page + 1}`}
              rel="next"
            >
              {tAudit("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
