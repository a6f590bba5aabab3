import Link from "next/link";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BulkReport } from "@/components/admin/bulk/bulk-report";
import { RefreshWhileRunning } from "@/components/admin/bulk/refresh-while-running";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { listPath } from "@/lib/bulk/lists";
import { getBulkJob } from "@/lib/bulk/queue";
import { adminLocale } from "@/lib/i18n/admin-locale";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.bulk" });
  return { title: t("jobTitle") };
}

export default async function BulkJobPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser("bulk.run", `/admin/bulk/${id}`);
  const job = await getBulkJob(id);
  if (!job) notFound();
  // A job's report names records of the lists its author works on: theirs, or any for staff.
  if (job.createdById !== user.id && !can(user, "organisation.update")) redirect("/admin/forbidden");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.bulk" });
  const running = job.status === "queued" || job.status === "running";
  return (
    <div className="stack">
      <h1>{t("jobTitle")}</h1>
      <p>{t("jobLead", { action: t(`actions.${job.action}`), list: t(`lists.${job.list}`) })}</p>
      <p role="status">
        {t(`status.${job.status}`)}
        {" – "}
        {t("progress", { done: job.done, total: job.total })}
      </p>
      <progress max={Math.max(job.total, 1)} value={job.done} aria-label={t("progressLabel")} />
      {job.error ? (
        <p className="error-summary" role="alert">
          {t(`errors.${job.error === "forbidden" ? "forbidden" : "failed"}`)}
        </p>
      ) : null}
      {running ? null : <BulkReport job={job} locale={locale} />}
      <p>
        <Link prefetch={false} href={listPath[job.list]}>
          {t("back", { list: t(`lists.${job.list}`) })}
        </Link>
      </p>
      <RefreshWhileRunning running={running} />
    </div>
  );
}
