// What a merge would move, in words, and the button that does it. Server component: the form posts
// to a server action with the versions the preview was made from.
import { getTranslations } from "next-intl/server";
import { languageName } from "@/lib/i18n/language-names";
import type { MergePlan } from "@/lib/organisations/merge";

type Props = { plan: MergePlan; locale: string; action: (form: FormData) => Promise<void> };

export async function MergePreview({ plan, locale, action }: Props) {
  const t = await getTranslations({ locale, namespace: "admin.duplicates.merge" });
  const types = await getTranslations({ locale, namespace: "admin.relationships.types" });
  const rows: Array<[string, number]> = [
    [t("offers"), plan.offers],
    [t("locations"), plan.locations],
    [t("participations"), plan.participations],
    [t("relationships"), plan.relationshipsMoved],
    [t("children"), plan.children],
    [t("users"), plan.users],
    [t("programmes"), plan.programmes],
    [t("inquiries"), plan.inquiries],
  ];
  return (
    <section className="card stack" aria-labelledby="merge-preview">
      <h2 id="merge-preview">{t("previewTitle", { source: plan.source.name, target: plan.target.name })}</h2>
      <table className="table">
        <caption>{t("moves")}</caption>
        <tbody>
          {rows.map(([label, count]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {plan.relationshipsDropped.length ? (
        <>
          <p>{t("droppedLead", { count: plan.relationshipsDropped.length })}</p>
          <ul>
            {plan.relationshipsDropped.map((r) => (
              <li key={r.id}>
                {r.label} ({types.has(r.type) ? types(r.type) : r.type}): {t(`dropped.${r.reason}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.translations.length ? <p>{t("translations", { locales: plan.translations.map((l) => languageName(l, locale)).join(", ") })}</p> : null}
      {plan.fields.length ? <p>{t("fields", { fields: plan.fields.map((f) => t(`field.${f}`)).join(", ") })}</p> : null}
      <p>{t("afterwards", { source: plan.source.name })}</p>
      <form action={action}>
        <input type="hidden" name="sourceId" value={plan.source.id} />
        <input type="hidden" name="targetId" value={plan.target.id} />
        <input type="hidden" name="sourceVersion" value={plan.source.version} />
        <input type="hidden" name="targetVersion" value={plan.target.version} />
        <button className="button" type="submit">
          {t("confirm", { target: plan.target.name })}
        </button>
      </form>
    </section>
  );
}
