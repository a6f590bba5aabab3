// Which partners were asked by mail whether their entries are still correct, and who has not
// answered: the people a coordinator follows up by phone.
import { getTranslations } from "next-intl/server";
import type { FreshnessRequestRow } from "@/lib/freshness/overview";
import { ListTable } from "./list-table";

type Props = {
  rows: FreshnessRequestRow[];
  open: number;
  intervalDays: number;
  locale: string;
  send: (form: FormData) => Promise<void>;
  /** the outcome of a "send now" just made, from the query string */
  outcome?: { sent: number; asked: number } | "refused";
  now?: Date;
};

export async function FreshnessRequests({ rows, open, intervalDays, locale, send, outcome, now = new Date() }: Props) {
  const t = await getTranslations({ locale, namespace: "admin.freshness.overview" });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Europe/Berlin" });
  return (
    <section className="stack">
      <h1>{t("title")}</h1>
      <p>{intervalDays > 0 ? t("lead", { days: intervalDays }) : t("off")}</p>
      {outcome === "refused" ? (
        <p role="alert" className="error-summary">
          {t("refused")}
        </p>
      ) : outcome ? (
        <p role="status" className="notice notice--success">
          {t("outcome", { sent: outcome.sent, asked: outcome.asked })}
        </p>
      ) : null}
      <form action={send} className="page-actions">
        <button type="submit" className="button button--secondary">
          {t("send")}
        </button>
      </form>
      {rows.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <p>
            <strong>{t("open", { count: open })}</strong>
          </p>
          <ListTable columns={[t("partner"), t("organisation"), t("sent"), t("entries"), t("state")]}>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  {row.partner}
                  <br />
                  <a href={`mailto:${row.email}`}>{row.email}</a>
                </th>
                <td>{row.organisation}</td>
                <td>{date.format(row.sentAt)}</td>
                <td>{row.entries}</td>
                <td>
                  {row.answeredAt
                    ? t("answered", { date: date.format(row.answeredAt), count: row.confirmed })
                    : row.expiresAt > now
                      ? t("waiting", { date: date.format(row.expiresAt) })
                      : t("expired", { date: date.format(row.expiresAt) })}
                </td>
              </tr>
            ))}
          </ListTable>
        </>
      )}
    </section>
  );
}
