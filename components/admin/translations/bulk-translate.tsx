"use client";
// "Translate all missing texts into Farsi": one button per language and scope. The action queues a
// job and answers at once; the button then follows the job by polling its address every second
// and shows a progress bar with "n of m", then what the job did. Without JavaScript the page shows
// the job as it stood when the page was rendered.
import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/state";
import { isRunning, type TranslationJobView } from "@/lib/translations/jobs/view";

type Props = {
  action: (state: FormState<TranslationJobView>, form: FormData) => Promise<FormState<TranslationJobView>>;
  locale: string;
  scope: "missing" | "outdated";
  label: string;
  /** the newest job of this language and scope */
  initialJob: TranslationJobView | null;
};

const POLL_MS = 1_000;

async function fetchJob(id: string): Promise<TranslationJobView | null> {
  try {
    const response = await fetch(`/admin/translations/machine/jobs/${encodeURIComponent(id)}`, { cache: "no-store" });
    return response.ok ? ((await response.json()) as TranslationJobView) : null;
  } catch {
    return null;
  }
}

export function BulkTranslate({ action, locale, scope, label, initialJob }: Props) {
  const t = useTranslations("admin.machine");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const [polled, setPolled] = useState<TranslationJobView | null>(initialJob);
  const queued = state.data;
  const job = queued && polled?.id !== queued.id ? queued : polled;

  useEffect(() => {
    if (!job || !isRunning(job)) return;
    const timer = setTimeout(async () => setPolled((await fetchJob(job.id)) ?? { ...job }), POLL_MS);
    return () => clearTimeout(timer);
  }, [job]);

  const busy = pending || (!!job && isRunning(job));
  const id = `job-${locale}-${scope}`;
  return (
    <form action={formAction} className="stack">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="scope" value={scope} />
      <div>
        <button className="button" type="submit" disabled={busy} aria-busy={busy} aria-describedby={job ? id : undefined}>
          {label}
        </button>
      </div>
      {state.status === "failed" ? (
        <p className="error-summary" role="alert">
          {t.has(`errors.${state.message}`) ? t(`errors.${state.message}`) : t("errors.invalid")}
        </p>
      ) : null}
      {job ? (
        <div id={id} className="stack" role="status">
          {isRunning(job) ? (
            <>
              <progress max={Math.max(job.total, 1)} value={job.done} aria-label={label} />
              <p>{job.status === "queued" ? t("queued") : t("progress", { done: job.done, total: job.total })}</p>
            </>
          ) : job.status === "succeeded" ? (
            <p>{t("finished", { written: job.written ?? 0, failed: job.failed })}</p>
          ) : (
            <p>{t.has(`errors.${job.error}`) ? t(`errors.${job.error}`) : t("errors.unexpected")}</p>
          )}
          {!isRunning(job) && job.errors?.length ? (
            <ul className="muted">
              {job.errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
