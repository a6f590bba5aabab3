"use client";
// The new organisations of an import that look like ones already in the directory (or like another
// of the same file): named with their line and linked, so the coordinator can decide before importing.
import { useTranslations } from "next-intl";
import type { ImportTwin } from "@/lib/duplicates/import-twins";

export function ImportTwins({ twins, unchecked }: { twins: ImportTwin[]; unchecked: number }) {
  const t = useTranslations("admin.duplicates.import");
  if (!twins.length && !unchecked) return null;
  return (
    <section className="twin-warning stack" aria-labelledby="import-twins">
      <h3 id="import-twins">{t("title", { count: twins.length })}</h3>
      <ul>
        {twins.map((row) => (
          <li key={`${row.line}-${row.externalId}`}>
            {t("row", { line: row.line ?? "–", name: row.name })}{" "}
            {row.twins.map((twin, i) => (
              <span key={twin.id}>
                {i > 0 ? ", " : null}
                {twin.href ? (
                  <a href={twin.href} target="_blank" rel="noopener">
                    {twin.name}
                  </a>
                ) : (
                  t("sameFile", { name: twin.name })
                )}
              </span>
            ))}
          </li>
        ))}
      </ul>
      {unchecked ? <p>{t("unchecked", { count: unchecked })}</p> : null}
      <p>{t("hint")}</p>
    </section>
  );
}
