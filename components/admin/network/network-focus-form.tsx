// Focus the graph on one organisation's neighbourhood, keeping the filter (sent along as hidden
// fields) and the view; a GET form, so the focused view has an address too.
import { getTranslations } from "next-intl/server";
import type { AdminLocale } from "@/lib/i18n/admin-locale";
import type { NetworkPageState } from "@/lib/network/view";

type Props = {
  state: NetworkPageState;
  choices: Array<{ id: string; label: string }>;
  hidden: Array<[string, string]>;
  locale: AdminLocale;
};

export async function NetworkFocusForm({ state, choices, hidden, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "admin.network" });
  return (
    <form method="get" action="/admin/network" className="filter-bar" aria-label={t("focus.legend")}>
      {hidden.map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {state.table ? <input type="hidden" name="view" value="table" /> : null}
      <div className="field">
        <label htmlFor="focus">{t("focus.organisation")}</label>
        <select id="focus" name="focus" className="input" defaultValue={state.focus?.id ?? ""}>
          <option value="">{t("focus.none")}</option>
          {choices.map((n) => (
            <option key={n.id} value={n.id}>
              {n.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="steps">{t("focus.steps")}</label>
        <select id="steps" name="steps" className="input" defaultValue={String(state.focus?.steps ?? 1)}>
          <option value="1">{t("focus.one")}</option>
          <option value="2">{t("focus.two")}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="programmes">{t("programmesToggle")}</label>
        <select id="programmes" name="programmes" className="input" defaultValue={state.withProgrammes ? "1" : "0"}>
          <option value="1">{t("yes")}</option>
          <option value="0">{t("no")}</option>
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        {t("focus.apply")}
      </button>
    </form>
  );
}
