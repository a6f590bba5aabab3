// The views colleagues saved, newest first, each opened by its link; deleting is a plain form.
import { getTranslations } from "next-intl/server";
import type { AdminLocale } from "@/lib/i18n/admin-locale";
import type { SavedViewSummary } from "@/lib/network/saved-views";

type FormAction = (form: FormData) => Promise<void>;
type Props = {
  views: SavedViewSummary[];
  locale: AdminLocale;
  actions: { delete: FormAction; share: FormAction; stopSharing: FormAction };
  shareDays: readonly number[];
};

export async function NetworkSavedList({ views, locale, actions, shareDays }: Props) {
  const t = await getTranslations({ locale, namespace: "admin.network.saved" });
  const tShare = await getTranslations({ locale, namespace: "admin.network.share" });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  return (
    <section className="card stack" aria-labelledby="network-saved">
      <h2 id="network-saved">{t("title")}</h2>
      {views.length ? (
        <ul className="network-saved" data-testid="network-saved-views">
          {views.map((v) => (
            <li key={v.id}>
              {/* A full page load: the filter fields and the graph start from the saved view. */}
              <a href={v.href}>{v.name}</a>{" "}
              <span className="muted">
                {v.createdBy
                  ? t("by", { date: day.format(v.createdAt), user: v.createdBy })
                  : t("byUnknown", { date: day.format(v.createdAt) })}
              </span>
              <form action={actions.delete} className="inline-form">
                <input type="hidden" name="id" value={v.id} />
                <button type="submit" className="link-button" aria-label={`${t("delete")}: ${v.name}`}>
                  {t("delete")}
                </button>
              </form>
              {v.sharedUntil ? (
                <form action={actions.stopSharing} className="inline-form">
                  <span className="muted">{tShare("until", { date: day.format(v.sharedUntil) })}</span>{" "}
                  <input type="hidden" name="id" value={v.id} />
                  <button type="submit" className="link-button" aria-label={`${tShare("stop")}: ${v.name}`}>
                    {tShare("stop")}
                  </button>
                </form>
              ) : null}
              <form action={actions.share} className="inline-form">
                <input type="hidden" name="id" value={v.id} />
                <label htmlFor={`share-${v.id}`}>{tShare("days")}</label>{" "}
                <select id={`share-${v.id}`} name="days" className="input" defaultValue={String(shareDays[0])}>
                  {shareDays.map((d) => (
                    <option key={d} value={d}>
                      {tShare("daysOption", { days: d })}
                    </option>
                  ))}
                </select>{" "}
                <button
                  type="submit"
                  className="button button--secondary button--small"
                  aria-label={`${tShare("submit")}: ${v.name}`}
                >
                  {tShare("submit")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("empty")}</p>
      )}
    </section>
  );
}
