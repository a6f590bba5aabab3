import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BulkTranslate } from "@/components/admin/translations/bulk-translate";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { directionOf, localeNames } from "@/lib/i18n/locales";
import { machineTranslationEnabled } from "@/lib/translations/machine/configured";
import { translationTargets } from "@/lib/translations/jobs/queue";
import { latestBulkJobs } from "@/lib/translations/jobs/read";
import { startBulkTranslation } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.machine" });
  return { title: t("title") };
}

export default async function MachineTranslationPage() {
  await requireUser("glossary.manage", "/admin/translations/machine");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.machine" });
  const enabled = machineTranslationEnabled();
  const jobs = enabled ? await latestBulkJobs() : new Map();
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      <p>
        <Link prefetch={false} href="/admin/translations/glossary">
          {t("glossaryLink")}
        </Link>
      </p>
      {enabled ? (
        translationTargets.map((target) => {
          const language = t(`languages.${target}`);
          return (
            <section key={target} className="card stack" aria-labelledby={`mt-${target}`}>
              <h2 id={`mt-${target}`}>
                {language} <span lang={target} dir={directionOf(target)}>({localeNames[target]})</span>
              </h2>
              <BulkTranslate
                action={startBulkTranslation}
                locale={target}
                scope="missing"
                label={t("missing", { language: target })}
                initialJob={jobs.get(`${target}:missing`) ?? null}
              />
              <BulkTranslate
                action={startBulkTranslation}
                locale={target}
                scope="outdated"
                label={t("outdated", { language: target })}
                initialJob={jobs.get(`${target}:outdated`) ?? null}
              />
            </section>
          );
        })
      ) : (
        <p className="notice">{t("off")}</p>
      )}
    </div>
  );
}
