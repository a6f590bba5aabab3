// Which field colours the nodes and which sizes them; a GET form keeping the filter and the focus,
// so that the choice is part of the view's address (and of a saved view).
import { getTranslations } from "next-intl/server";
import { colourFields, sizeFields, type Appearance } from "@/lib/network/appearance";
import type { AdminLocale } from "@/lib/i18n/admin-locale";

type Props = { appearance: Appearance; hidden: Array<[string, string]>; locale: AdminLocale };

export async function NetworkAppearanceForm({ appearance, hidden, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "admin.network.appearance" });
  return (
    <form method="get" action="/admin/network" className="filter-bar" aria-label={t("label")}>
      {hidden.map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {(
        [
          ["colour", colourFields, appearance.colour],
          ["size", sizeFields, appearance.size],
        ] as const
      ).map(([name, fields, value]) => (
        <div className="field" key={name}>
          <label htmlFor={`network-${name}`}>{t(name)}</label>
          <select id={`network-${name}`} name={name} className="input" defaultValue={value}>
            {fields.map((f) => (
              <option key={f} value={f}>
                {t(`fields.${f}`)}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className="button button--secondary">
        {t("apply")}
      </button>
    </form>
  );
}
