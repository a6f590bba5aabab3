// The views colleagues saved, newest first, each opened by its link; deleting is a plain form.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AdminLocale } from "@/lib/i18n/admin-locale";
import type { SavedViewSummary } from "@/lib/network/saved-views";

type Props = { views: SavedViewSummary[]; locale: AdminLocale; deleteAction: (form: FormData) => Promise<void> };

export async function NetworkSavedList({ views, locale, deleteAction }: Props) {
  const t = await getTranslations({ locale, namespace: "admin.network.saved" });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  return (
    <section className="card stack" aria-labelledby="network-saved">
      <h2 id="network-saved">{t("title")}</h2>
      {views.length ? (
        <ul className="network-saved" data-testid="network-saved-views">
          {views.map((v) => (
            <li key={v.id}>
              <Link prefetch={false} href={v.href}>
                {v.name}
              </Link>{" "}
              <span className="muted">
                {v.createdBy
                  ? t("by", { date: day.format(v.createdAt), user: v.createdBy })
                  : t("byUnknown", { date: day.format(v.createdAt) })}
              </span>
              <form action={deleteAction} className="inline-form">
                <input type="hidden" name="id" value={v.id} />
                <button type="submit" className="link-button" aria-label={`${t("delete")}: ${v.name}`}>
                  {t("delete")}
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
