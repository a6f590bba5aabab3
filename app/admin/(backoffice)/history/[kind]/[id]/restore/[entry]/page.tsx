import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { describeChanges, fieldLabel } from "@/lib/audit/describe";
import { restorePlan } from "@/lib/audit/history";
import { auditWords } from "@/lib/audit/words";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { restoreVersionAction } from "../../../../actions";

type Props = {
  params: Promise<{ kind: string; id: string; entry: string }>;
  searchParams: Promise<{ error?: string; fields?: string; side?: string }>;
};

const errors = ["not_found", "forbidden", "conflict", "missingRecord", "invalid"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.history" });
  return { title: t("restore") };
}

export default async function RestorePage({ params, searchParams }: Props) {
  const { kind: segment, id, entry } = await params;
  const query = await searchParams;
  const side = query.side === "before" ? "before" : "after";
  const here = `/admin/history/${segment}/${id}/restore/${entry}${side === "before" ? "?side=before" : ""}`;
  await requireUser("history.restore", here);
  const locale = await adminLocale();
  const plan = await restorePlan(entry, locale, side);
  if (!plan || plan.kind.segment !== segment || plan.entityId !== id) notFound();
  const t = await getTranslations({ locale, namespace: "admin.history" });
  const words = await auditWords(locale, plan.changes);
  const label = (field: string) => fieldLabel(plan.kind.entityType, field, words);
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: "Europe/Berlin",
  }).format(plan.entry.createdAt);
  const history = `/admin/history/${plan.kind.segment}/${encodeURIComponent(plan.entityId)}`;
  const error = errors.find((code) => code === query.error);
  const refusedFields = (query.fields ?? "").split(",").filter(Boolean).map(label).join(", ");
  const changes = describeChanges(plan.kind.entityType, plan.changes, words);

  return (
    <div className="stack">
      <p>
        <Link prefetch={false} href={history}>
          {t("cancel")}
        </Link>
      </p>
      <h1>{side === "before" ? t("previewFirstTitle") : t("previewTitle", { when })}</h1>
      {error ? (
        <p className="error-summary" role="alert">
          {t(`errors.${error}`, { fields: refusedFields || "–" })}
        </p>
      ) : null}
      <p>
        {side === "before"
          ? t("previewFirstLead", { title: plan.record.title, when })
          : t("previewLead", { title: plan.record.title })}
      </p>
      {plan.missing.length ? (
        <p className="error-summary" role="alert">
          {t("missing", { fields: plan.missing.map(label).join(", ") })}
        </p>
      ) : null}
      {changes.length ? (
        // Wrapped rather than scrolled: a long text stays readable on a phone.
        <table className="table restore-preview">
          <thead>
            <tr>
              <th scope="col">{t("field")}</th>
              <th scope="col">{t("now")}</th>
              <th scope="col">{t("then")}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field}>
                <th scope="row">{change.label}</th>
                <td className="pre-wrap">{change.before}</td>
                <td className="pre-wrap">{change.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("previewSame")}</p>
      )}
      {changes.length && !plan.missing.length ? (
        <form action={restoreVersionAction} className="inline-form">
          <input type="hidden" name="entryId" value={plan.entry.id} />
          <input type="hidden" name="side" value={side} />
          <input type="hidden" name="back" value={here} />
          <button type="submit" className="button">
            {t("confirm")}
          </button>
          <Link prefetch={false} href={history}>
            {t("cancel")}
          </Link>
        </form>
      ) : null}
    </div>
  );
}
