import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ListTable, RowLink } from "@/components/admin/list-table";
import { QueuePager, QueueTabs } from "@/components/admin/translations/queue-nav";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { languageName } from "@/lib/i18n/language-names";
import { isTranslatedKind, isTranslationTarget, translatedKinds, translationPath } from "@/lib/translations/kinds";
import { translationProgress } from "@/lib/translations/progress";
import { QUEUE_PAGE_SIZE, translationQueue } from "@/lib/translations/queue";
import { needsWork, type TranslatedKind, type TranslationState } from "@/lib/translations/status";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.translations" });
  return { title: t("queueTitle", { language: languageName((await params).locale, locale) }) };
}

export default async function TranslationQueuePage({ params, searchParams }: Props) {
  const { locale: target } = await params;
  if (!isTranslationTarget(target)) notFound();
  const user = await requireUser("translation.read", `/admin/translations/${target}`);
  if (!can(user, "translation.read", { locale: target })) redirect("/admin/forbidden");
  const query = await searchParams;
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.translations" });
  const progress = (await translationProgress()).find((p) => p.locale === target)!;

  // Without a choice: the first kind and state that has work, outdated texts first.
  const wanted = needsWork.includes(query.state as TranslationState) ? (query.state as TranslationState) : null;
  const states = wanted ? [wanted] : needsWork;
  const kind: TranslatedKind = isTranslatedKind(query.kind)
    ? query.kind
    : (translatedKinds.find((k) => states.some((s) => progress.byKind[k][s] > 0)) ?? "offer");
  const state = wanted ?? needsWork.find((s) => progress.byKind[kind][s] > 0) ?? needsWork[0]!;
  const total = progress.byKind[kind][state];
  const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  // A page past the last one shows the last one.
  const page = Math.min(pages, Math.max(1, Number.parseInt(query.page ?? "1", 10) || 1));
  const rows = await translationQueue(target, kind, state, page);
  const name = languageName(target, locale);
  const href = (k: TranslatedKind, s: TranslationState, p = 1) =>
    `/admin/translations/${target}?kind=${k}&state=${s}${p > 1 ? `&page=${p}` : ""}`;

  return (
    <div className="stack">
      <p>
        <Link prefetch={false} href="/admin/translations">
          {t("back")}
        </Link>
      </p>
      <h1>{t("queueTitle", { language: name })}</h1>
      <p>{t("queueLead")}</p>
      <p>
        <Link prefetch={false} href={`/admin/translations/${target}/exchange`}>
          {t("exchange")}
        </Link>
      </p>
      <QueueTabs
        label={t("kindFilter")}
        items={translatedKinds.map((k) => ({
          href: href(k, state),
          label: t(`kinds.${k}`),
          count: progress.byKind[k][state],
          current: k === kind,
        }))}
      />
      <QueueTabs
        label={t("stateFilter")}
        items={needsWork.map((s) => ({
          href: href(kind, s),
          label: t(`states.${s}`),
          count: progress.byKind[kind][s],
          current: s === state,
        }))}
      />
      {rows.length === 0 ? (
        <p role="status">{t("empty")}</p>
      ) : (
        <ListTable columns={[t("entry"), t("state")]}>
          {rows.map((row) => (
            <tr key={row.id}>
              <RowLink href={translationPath(target, kind, row.id)}>
                <span lang="de">{row.title}</span>
              </RowLink>
              <td>
                <span className={`status status--translation-${row.state}`}>{t(`states.${row.state}`)}</span>
              </td>
            </tr>
          ))}
        </ListTable>
      )}
      <QueuePager
        label={t("pages")}
        status={t("page", { page, pages })}
        previous={page > 1 ? { href: href(kind, state, page - 1), label: t("previous") } : null}
        next={page < pages ? { href: href(kind, state, page + 1), label: t("next") } : null}
      />
    </div>
  );
}
