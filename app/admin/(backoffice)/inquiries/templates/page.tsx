import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ReplyTemplateForm } from "@/components/admin/reply-template-form";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { replyPlaceholders } from "@/lib/inquiries/reply-placeholders";
import { listReplyTemplates, replyLocales } from "@/lib/inquiries/reply-templates";
import { deleteTemplate, saveTemplate } from "./actions";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.inquiries.templates" });
  return { title: t("title") };
}

export default async function ReplyTemplatesPage({ searchParams }: Props) {
  await requireUser("inquiry.template", "/admin/inquiries/templates");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.inquiries.templates" });
  const params = await searchParams;
  const templates = await listReplyTemplates();
  const labels = {
    title: t("name"),
    locale: t("locale"),
    body: t("body"),
    submit: t("save"),
    placeholders: t("placeholders", { list: replyPlaceholders.map((p) => `{${p}}`).join(", ") }),
  };
  const locales = replyLocales.map((value) => ({ value, label: t(`locales.${value}`) }));
  const messages = { saved: t("saved"), invalid: t("invalid"), titleRequired: t("titleRequired"), bodyRequired: t("bodyRequired"), forbidden: t("invalid"), not_found: t("invalid") };
  return (
    <div className="stack">
      <p>
        <Link prefetch={false} href="/admin/inquiries">
          {t("back")}
        </Link>
      </p>
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      {params.deleted ? (
        <p role="status" className="notice notice--success">
          {t("deleted")}
        </p>
      ) : null}
      {templates.map((template) => (
        <section key={template.id} className="card stack" aria-label={template.title}>
          <ReplyTemplateForm action={saveTemplate} template={template} labels={labels} locales={locales} messages={messages} />
          <form action={deleteTemplate}>
            <input type="hidden" name="id" value={template.id} />
            <button type="submit" className="button button--secondary button--small">
              {t("delete", { name: template.title })}
            </button>
          </form>
        </section>
      ))}
      <section className="card stack" aria-labelledby="new-template">
        <h2 id="new-template">{t("new")}</h2>
        <ReplyTemplateForm action={saveTemplate} labels={labels} locales={locales} messages={messages} />
      </section>
    </div>
  );
}
