import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SideBySide } from "@/components/admin/translations/side-by-side";
import { can, type Action } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { languageName } from "@/lib/i18n/language-names";
import { isTranslatedKind, isTranslationTarget, kindSpecs, translationPath } from "@/lib/translations/kinds";
import { translationView } from "@/lib/translations/record";
import type { TranslatedKind } from "@/lib/translations/status";
import { markReviewedAction, saveTranslationAction } from "../../../actions";

type Props = { params: Promise<{ locale: string; kind: string; id: string }> };

// The title names no record: it is worked out before the page checks who is asking.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.translations" });
  return { title: t("title") };
}

const editAction: Record<TranslatedKind, Action> = {
  offer: "offer.update",
  organisation: "organisation.update",
  programme: "programme.update",
};

export default async function TranslateRecordPage({ params }: Props) {
  const { locale: target, kind, id } = await params;
  if (!isTranslationTarget(target) || !isTranslatedKind(kind)) notFound();
  const user = await requireUser("backoffice.enter", translationPath(target, kind, id));
  const view = await translationView(kind, id, target);
  if (!view) notFound();
  if (!can(user, "translation.update", { organizationId: view.organizationId, locale: target, translationOf: kind }))
    redirect("/admin/forbidden");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.translations" });
  const name = languageName(target, locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
  return (
    <div className="stack">
      <p className="meta-row">
        {can(user, "translation.read", { locale: target }) ? (
          <Link prefetch={false} href={`/admin/translations/${target}?kind=${kind}`}>
            {t("backToQueue")}
          </Link>
        ) : null}
        {can(user, editAction[kind], { organizationId: view.organizationId }) ? (
          <Link prefetch={false} href={kindSpecs[kind].editor(id)}>
            {t("editRecord")}
          </Link>
        ) : null}
      </p>
      <h1>
        <span className="muted">{t(`kind.${kind}`)} · {name}:</span> <span lang="de">{view.title}</span>
      </h1>
      <p className="meta-row">
        <span className={`status status--translation-${view.state}`}>{t(`states.${view.state}`)}</span>
        {view.translatedAt ? <span>{t("translatedAt", { date: date.format(view.translatedAt) })}</span> : null}
      </p>
      <SideBySide
        view={view}
        target={target}
        languageName={name}
        locale={locale}
        save={saveTranslationAction}
        markReviewed={markReviewedAction}
      />
    </div>
  );
}
