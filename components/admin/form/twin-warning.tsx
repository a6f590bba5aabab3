"use client";
// Shown when a new record looks like one that exists: names and links the likely twins and lets the
// user create it anyway, deliberately, with a box ticked. What was typed stays in the form.
import { useTranslations } from "next-intl";
import type { Twin } from "@/lib/duplicates/twin";
import { SAVE_ANYWAY } from "@/lib/duplicates/twin";

export function TwinWarning({ twins }: { twins: Twin[] }) {
  const t = useTranslations("admin.duplicates");
  return (
    <div className="twin-warning stack">
      <p>
        <strong>{t("warning")}</strong>
      </p>
      <p id="twins-lead">{t("lead", { count: twins.length })}</p>
      <ul aria-labelledby="twins-lead">
        {twins.map((twin) => (
          <li key={twin.id}>
            {/* A new tab: following the link must not lose what was typed here. */}
            <a href={twin.href} target="_blank" rel="noopener">
              {twin.name}
              <span className="visually-hidden"> {t("newTab")}</span>
            </a>
          </li>
        ))}
      </ul>
      <div className="field field--checkbox">
        <input id="save-anyway" type="checkbox" name={SAVE_ANYWAY} value="on" />
        <label htmlFor="save-anyway">{t("saveAnyway")}</label>
      </div>
    </div>
  );
}
