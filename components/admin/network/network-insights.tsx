// What the metrics mean, as sentences written in lib/network/insights.ts, with how to read them.
import { getTranslations } from "next-intl/server";
import type { AdminLocale } from "@/lib/i18n/admin-locale";

type Props = { sentences: string[]; narrowed: boolean; locale: AdminLocale };

export async function NetworkInsights({ sentences, narrowed, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "admin.network.insights" });
  return (
    <section className="card stack" aria-labelledby="insights">
      <h2 id="insights">{t("title")}</h2>
      {narrowed && sentences.length ? <p className="muted">{t("scopeNote")}</p> : null}
      {sentences.length ? (
        <ul className="insights" data-testid="network-insights">
          {sentences.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      ) : (
        <p>{t("empty")}</p>
      )}
      <details>
        <summary>{t("howTitle")}</summary>
        <dl className="facts">
          <div>
            <dt>{t("degreeTerm")}</dt>
            <dd>{t("degreeExplained")}</dd>
          </div>
          <div>
            <dt>{t("bridgeTerm")}</dt>
            <dd>{t("bridgeExplained")}</dd>
          </div>
          <div>
            <dt>{t("clusterTerm")}</dt>
            <dd>{t("clusterExplained")}</dd>
          </div>
        </dl>
      </details>
    </section>
  );
}
