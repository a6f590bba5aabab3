// Says where a record's text comes from: "shown in English" when it is not in the reader's
// language, and "automatically translated" with the German original one tap away (a <details>, so
// it works without JavaScript and in cached pages alike).
import { getTranslations } from "next-intl/server";
import type { TextOrigin } from "@/lib/i18n/text-origin";

export async function TextOriginNote({ origin }: { origin: TextOrigin }) {
  if (!origin.isFallback && !origin.machine) return null;
  const t = await getTranslations("contentLanguage");
  return (
    <div className="notice text-origin">
      {origin.isFallback ? <p>{t("shownIn", { language: origin.locale })}</p> : null}
      {origin.machine ? (
        <>
          <p>
            <strong>{t("machine")}.</strong> {t("machineHint")}
          </p>
          {origin.original?.length ? (
            <details>
              <summary>{t("original")}</summary>
              <div lang="de" dir="ltr" className="text-origin__original">
                {origin.original.map((text, i) => (
                  <p key={i}>{text}</p>
                ))}
              </div>
            </details>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
