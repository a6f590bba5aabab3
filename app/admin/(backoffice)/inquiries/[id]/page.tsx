import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { EntityForm } from "@/components/admin/form/entity-form";
import { SelectField } from "@/components/admin/form/fields";
import { StatusBadge } from "@/components/admin/status-badge";
import { ContactLinks } from "@/components/ui/contact-links";
import { ChangeList } from "@/components/admin/history/change-list";
import { actionLabel, describeChanges } from "@/lib/audit/describe";
import { auditWords } from "@/lib/audit/words";
import { organisationChoices } from "@/lib/organisations/editing";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { languageName } from "@/lib/i18n/language-names";
import { getInquiry, inquiryHistory, inquiryStatuses, inquiryValuesOf, listAssignees } from "@/lib/inquiries/backoffice";
import { ReplyForm } from "@/components/admin/reply-form";
import { listReplyTemplates, replyDraft } from "@/lib/inquiries/reply-templates";
import { saveInquiry, saveNote, sendReply } from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const inquiry = await getInquiry((await params).id);
  return { title: inquiry?.institutionName ?? "–" };
}

export default async function InquiryPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireUser("inquiry.read", `/admin/inquiries/${id}`);
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.inquiries" });
  const tTypes = await getTranslations({ locale, namespace: "organisationTypes" });
  const chosen = (await searchParams).template;
  const [inquiry, assignees, history, templates, draft] = await Promise.all([
    getInquiry(id, locale),
    listAssignees(),
    inquiryHistory(id),
    listReplyTemplates(),
    replyDraft(id, chosen),
  ]);
  if (!inquiry) notFound();
  const [organisations, words] = await Promise.all([
    organisationChoices({}, [inquiry.organizationId]),
    auditWords(
      locale,
      history.flatMap((entry) => entry.changes),
    ),
  ]);
  const programmeName = (p: (typeof inquiry.programmes)[number]) =>
    (p.translations.find((n) => n.locale === locale) ?? p.translations[0])?.name ?? p.slug;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
  const messages = {
    saved: t("detail.saved"),
    conflict: t("detail.conflict"),
    forbidden: t("detail.forbidden"),
    not_found: t("detail.notFound"),
    noteRequired: t("detail.noteRequired"),
    invalid: t("detail.invalid"),
  };

  return (
    <div className="stack">
      <p>
        <Link prefetch={false} href="/admin/inquiries">{t("detail.back")}</Link>
      </p>
      <h1>{inquiry.institutionName}</h1>
      <p>
        <StatusBadge status={inquiry.status} label={t(`statuses.${inquiry.status}`)} /> · {t("received")}{" "}
        {date.format(inquiry.createdAt)}
      </p>
      <div className="two-columns">
        <section className="card" aria-labelledby="details">
          <h2 id="details">{t("detail.contact")}</h2>
          <dl className="facts">
            <div>
              <dt>{t("detail.type")}</dt>
              <dd>{tTypes(inquiry.institutionType)}</dd>
            </div>
            <div>
              <dt>{t("district")}</dt>
              <dd>{inquiry.district?.name ?? "–"}</dd>
            </div>
            <div>
              <dt>{t("detail.contact")}</dt>
              <dd>
                {inquiry.contactName}
                <ContactLinks email={inquiry.email} phone={inquiry.phone} />
              </dd>
            </div>
            <div>
              <dt>{t("detail.programmes")}</dt>
              <dd>{inquiry.programmes.map(programmeName).join(", ")}</dd>
            </div>
            <div>
              <dt>{t("detail.organisation")}</dt>
              <dd>
                {inquiry.organization ? (
                  <Link prefetch={false} href={`/admin/organisations/${inquiry.organization.id}`}>
                    {inquiry.organization.name}
                  </Link>
                ) : (
                  t("detail.noOrganisation")
                )}
              </dd>
            </div>
            <div>
              <dt>{t("detail.locale")}</dt>
              <dd>{languageName(inquiry.locale, locale)}</dd>
            </div>
          </dl>
          <h3>{t("detail.message")}</h3>
          <p className="pre-wrap">{inquiry.message}</p>
          <p className="muted">{t("detail.consent", { date: date.format(inquiry.consentAt) })}</p>
        </section>
        <div className="stack">
          <section className="card" aria-labelledby="assign">
            <h2 id="assign">{t("detail.assign")}</h2>
            <EntityForm
              action={saveInquiry}
              initial={inquiryValuesOf(inquiry)}
              record={{ id: inquiry.id, version: inquiry.version }}
              submit={t("detail.save")}
            >
              <SelectField
                name="assigneeId"
                label={t("detail.assignTo")}
                empty={t("unassigned")}
                options={assignees.map((a) => ({ value: a.id, label: a.name }))}
              />
              <SelectField
                name="organizationId"
                label={t("detail.organisation")}
                hint={t("detail.organisationHint")}
                empty={t("detail.noOrganisation")}
                options={organisations.map((o) => ({ value: o.id, label: o.name }))}
              />
              <SelectField name="status" label={t("status")} options={inquiryStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
            </EntityForm>
          </section>
          <section className="card" aria-labelledby="notes">
            <h2 id="notes">{t("detail.notes")}</h2>
            {inquiry.notes.length === 0 ? <p>{t("detail.noNotes")}</p> : null}
            <ul className="notes">
              {inquiry.notes.map((note) => (
                <li key={note.id}>
                  <p className="pre-wrap">{note.body}</p>
                  <p className="muted">
                    {note.author?.name ?? "–"}, {date.format(note.createdAt)}
                  </p>
                </li>
              ))}
            </ul>
            <ActionForm key={`note-${inquiry.notes.length}`} action={saveNote} submit={t("detail.addNote")} messages={messages}>
              <input type="hidden" name="id" value={inquiry.id} />
              <div className="field">
                <label htmlFor="note-body">{t("detail.note")}</label>
                <textarea id="note-body" name="body" className="input" rows={3} />
              </div>
            </ActionForm>
          </section>
          <section className="card stack" aria-labelledby="reply">
            <h2 id="reply">{t("reply.title")}</h2>
            <form method="get" action={`/admin/inquiries/${inquiry.id}`} className="page-actions">
              <div className="field">
                <label htmlFor="reply-template">{t("reply.template")}</label>
                <select id="reply-template" name="template" className="input" defaultValue={chosen ?? ""} key={chosen ?? ""}>
                  <option value="">{t("reply.none")}</option>
                  {templates.map((template) => (
                    <option key={template.id} value={template.id}>
                      {template.title} ({template.locale.toUpperCase()})
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button button--secondary">
                {t("reply.insert")}
              </button>
              <Link prefetch={false} href="/admin/inquiries/templates">
                {t("reply.manage")}
              </Link>
            </form>
            <ReplyForm
              key={chosen ?? ""}
              action={sendReply}
              inquiryId={inquiry.id}
              draft={draft}
              label={t("reply.body", { email: inquiry.email })}
              submit={t("reply.send")}
              messages={{ sent: t("reply.sent"), invalid: t("detail.invalid"), replyRequired: t("reply.replyRequired"), forbidden: t("detail.forbidden"), not_found: t("detail.notFound") }}
            />
          </section>
          <section className="card" aria-labelledby="history">
            <h2 id="history">{t("detail.history")}</h2>
            <ol className="stack">
              {history.map((entry) => (
                <li key={entry.id}>
                  {date.format(entry.createdAt)} – {entry.user?.name ?? inquiry.institutionName}:{" "}
                  {actionLabel(entry.action, words)}
                  {entry.changes.length ? (
                    <ChangeList changes={describeChanges("Inquiry", entry.changes, words)} />
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
    </div>
  );
}
