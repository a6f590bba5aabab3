// The German text of one field, read-only, as the translator works from it. For an outdated
// translation whose source is known it also shows the German as it was when translated.
import { comparableText } from "@/lib/translations/status";

type Props = {
  label: string;
  text: string;
  /** the German when the translation was made; null when unknown or not outdated */
  then: string | null;
  labels: { empty: string; changed: string; then: string; now: string };
};

export function GermanText({ label, text, then, labels }: Props) {
  const changed = then !== null && comparableText(then) !== comparableText(text);
  return (
    <div className="german-text">
      <p className="german-text__label">
        {label}
        {changed ? <span className="status status--translation-outdated">{labels.changed}</span> : null}
      </p>
      <div dir="ltr" className="german-text__body">
        {changed ? (
          <>
            <p>
              <span className="german-text__when">{labels.then}:</span> <del lang="de">{then || labels.empty}</del>
            </p>
            <p>
              <span className="german-text__when">{labels.now}:</span> <ins lang="de">{text || labels.empty}</ins>
            </p>
          </>
        ) : (
          <p lang={text ? "de" : undefined}>{text || labels.empty}</p>
        )}
      </div>
    </div>
  );
}
