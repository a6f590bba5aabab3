// One language on the translations overview: how much is reviewed, and how many texts are in each
// state, each count a link into that part of the language's queue.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AdminLocale } from "@/lib/i18n/admin-locale";
import { reviewedShare, type LanguageProgress } from "@/lib/translations/progress";
import { translationStates } from "@/lib/translations/status";

type Props = { progress: LanguageProgress; name: string; locale: AdminLocale };

export async function LanguageProgressCard({ progress, name, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "admin.translations" });
  const percent = reviewedShare(progress.all);
  const number = new Intl.NumberFormat(locale);
  const headingId = `language-${progress.locale}`;
  return (
    <section className="card stack language-progress" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link prefetch={false} href={`/admin/translations/${progress.locale}`}>
          {name}
        </Link>
      </h2>
      <div>
        <progress max={100} value={percent} aria-label={t("progressLabel", { language: name })}>
          {percent} %
        </progress>
        <p className="muted">
          {t("progress", { percent })} · {t("texts", { count: progress.all.total })}
        </p>
      </div>
      <ul className="state-counts">
        {translationStates.map((state) => (
          <li key={state}>
            {state === "reviewed" || progress.all[state] === 0 ? (
              <StateCount state={state} label={t(`states.${state}`)} count={number.format(progress.all[state])} />
            ) : (
              <Link prefetch={false} href={`/admin/translations/${progress.locale}?state=${state}`}>
                <StateCount state={state} label={t(`states.${state}`)} count={number.format(progress.all[state])} />
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function StateCount({ state, label, count }: { state: string; label: string; count: string }) {
  return (
    <>
      <span className={`status status--translation-${state}`}>{label}</span> <strong>{count}</strong>
    </>
  );
}
