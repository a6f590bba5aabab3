// Which languages' texts a back-office form showed when it was filled, sent along with every save,
// so that the save can tell a text the user emptied from one that arrived after the form was
// loaded (lib/translations/stamp.ts).
import type { FormValues } from "./values";

/** The form field that carries the list. */
export const SHOWN_TEXTS_FIELD = "translationsShown";

/** The languages with some text in `values`, comma-separated; null for a form without texts. */
export function shownTexts(values: FormValues): string | null {
  const shown = new Set<string>();
  let texts = false;
  for (const [name, value] of Object.entries(values)) {
    const match = /^translations\.([a-z]{2,3})\./.exec(name);
    if (!match) continue;
    texts = true;
    if ([value].flat().some((v) => v.trim() !== "")) shown.add(match[1]!);
  }
  return texts ? [...shown].sort().join(",") : null;
}
