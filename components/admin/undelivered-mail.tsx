// Notifications the outbox could not deliver (yet), so that coordinators know which programme
// contacts have not heard of an inquiry, and can send it again once the mail server is back.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { UndeliveredMail } from "@/lib/mail/outbox";

type Props = {
  mails: UndeliveredMail[];
  locale: string;
  /** the page that shows the list, where "send again" returns to */
  back: string;
  resend: (form: FormData) => Promise<void>;
  /** the outcome of a "send again" just made, from the query string */
  outcome?: string;
  /** show at most this many, with a link to the page that lists them all */
  limit?: { count: number; href: string };
};

export async function UndeliveredMailList({ mails: all, locale, back, resend, outcome, limit }: Props) {
  const t = await getTranslations({ locale, namespace: "admin.outbox" });
  if (all.length === 0 && !outcome) return null;
  const mails = limit ? all.slice(0, limit.count) : all;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
  return (
    <section className="stack" aria-labelledby="undelivered-mail">
      <h2 id="undelivered-mail">{t("title")}</h2>
      {outcome === "queued" ? (
        <p role="status" className="notice notice--success">
          {t("queued")}
        </p>
      ) : null}
      {outcome === "refused" ? (
        <p role="alert" className="error-summary">
          {t("refused")}
        </p>
      ) : null}
      {mails.length > 0 ? (
        <>
          <p>{t("intro")}</p>
          <ul className="stack outbox-list">
            {mails.map((mail) => (
              <li key={mail.id} className="card stack">
                <p>
                  <strong>{mail.subject}</strong>
                  <br />
                  {t("to", { to: mail.to })}
                </p>
                <p>
                  {mail.status === "failed"
                    ? t("failed", { attempts: mail.attempts })
                    : mail.attempts > 0
                      ? t("retrying", { attempts: mail.attempts, next: date.format(mail.nextAttemptAt) })
                      : t("waiting", { since: date.format(mail.createdAt) })}
                </p>
                {mail.lastError ? (
                  <p>
                    {t("error")}: <code>{mail.lastError}</code>
                  </p>
                ) : null}
                <form action={resend} className="page-actions">
                  <input type="hidden" name="id" value={mail.id} />
                  <input type="hidden" name="back" value={back} />
                  <button
                    type="submit"
                    className="button button--secondary button--small"
                    aria-describedby={`mail-${mail.id}`}
                  >
                    {t("resend")}
                  </button>
                  {mail.kind === "inquiry" && mail.relatedId ? (
                    <Link prefetch={false} href={`/admin/inquiries/${mail.relatedId}`}>
                      {t("inquiry")}
                    </Link>
                  ) : null}
                  <span id={`mail-${mail.id}`} hidden>
                    {mail.subject}
                  </span>
                </form>
              </li>
            ))}
          </ul>
          {limit && all.length > mails.length ? (
            <p>
              <Link prefetch={false} href={limit.href}>
                {t("all", { count: all.length })}
              </Link>
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
