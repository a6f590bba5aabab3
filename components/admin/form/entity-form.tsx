"use client";
// A back-office form around a server action. It keeps what was typed when a save is refused, lists
// the problems with links to their fields, and when someone else saved the record meanwhile it
// shows what they changed and lets the user decide: nothing is overwritten silently. After a save it
// shows the record as the server stored it, and it warns before a changed form is left unsaved.
import { useActionState, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/state";
import { SHOWN_TEXTS_FIELD, shownTexts } from "@/lib/forms/shown-texts";
import type { FormValues } from "@/lib/forms/values";
import { FormContext, fieldId } from "./form-context";
import { draftSnapshot, forgetDraft, keepDraft, noDraftOnServer, unchanging, withDraft } from "./draft";
import { useLeaveWarning } from "./leave-warning";
import type { EntityFormProps } from "./record-form-props";
import { TwinWarning } from "./twin-warning";

type Props = EntityFormProps & {
  /** the button's label; "Save" for a record, "Create" for a new one unless given */
  submit?: string;
  children: React.ReactNode;
};

const listed = (value: string | string[] | undefined) => [value ?? ""].flat().filter(Boolean).join(", ") || "–";
const same = (a: string | string[] | undefined, b: string | string[] | undefined) =>
  [a ?? ""].flat().filter(Boolean).sort().join("\n") === [b ?? ""].flat().filter(Boolean).sort().join("\n");

type Shown = {
  state: FormState;
  /** how many answers the form has had: a new one remounts the fields */
  count: number;
  /** the record as the last successful save stored it */
  saved: { values: FormValues; version: number } | null;
  /** the version the next save names */
  token: number | undefined;
};

function next(shown: Shown, state: FormState): Shown {
  const saved =
    state.status === "saved" && state.values && state.version !== undefined
      ? { values: state.values, version: state.version }
      : shown.saved;
  const token = state.status === "saved" ? (state.version ?? shown.token) : (state.conflict?.version ?? shown.token);
  return { state, count: shown.count + 1, saved, token };
}

/**
 * A date the browser cannot read (a day typed halfway) would be sent as empty, and the save would
 * wipe what was stored: the browser says what is wrong with the field instead, and nothing is sent.
 */
function refuseUnreadable(event: FormEvent<HTMLFormElement>) {
  const unreadable = Array.from(event.currentTarget.querySelectorAll("input")).find((input) => input.validity.badInput);
  if (!unreadable) return;
  event.preventDefault();
  unreadable.reportValidity();
  unreadable.focus();
}

export function EntityForm({ action, initial, record, submit, children, hidden }: Props) {
  const t = useTranslations("admin.form");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  // Fields name themselves here as they render, for the problem list and the conflict table.
  const [labels] = useState(() => new Map<string, string>());
  // Every answer from the server starts the fields afresh (a new key) from the values it carries:
  // React resets a form after its action anyway, and it must come back to what is stored.
  const [shown, setShown] = useState<Shown>(() => ({ state, count: 0, saved: null, token: record?.version }));
  // Whether something was changed since the form was loaded or last saved.
  const [dirty, setDirty] = useState(false);
  if (shown.state !== state) {
    setShown(next(shown, state));
    if (state.status === "saved") setDirty(false);
  }
  // A page rendered from a newer record than the last save (someone reloaded it) wins.
  const fromPage = !shown.saved || (record !== undefined && record.version > shown.saved.version);
  const stored = fromPage ? initial : shown.saved!.values;
  // What was typed before the user went to create something this form needs, until the next answer.
  const draft = useSyncExternalStore(unchanging, draftSnapshot, noDraftOnServer);
  const restored = useMemo(
    () => (shown.count === 0 && draft ? withDraft(draft, initial) : null),
    [shown.count, draft, initial],
  );
  const values = state.status === "failed" && state.values ? state.values : (restored ?? stored);
  // What the stored record showed, not what was typed: a text that arrived later is not the form's.
  const texts = useMemo(() => shownTexts(stored), [stored]);
  const version = record && (shown.token === undefined || record.version > shown.token) ? record.version : shown.token;
  const generation = `${shown.count}-${fromPage ? (record?.version ?? "") : shown.saved!.version}${restored ? "-draft" : ""}`;
  const errors = state.fieldErrors ?? {};
  const changed = state.conflict
    ? Object.keys({ ...stored, ...state.conflict.current }).filter(
        (name) => labels.has(name) && !same(stored[name], state.conflict!.current[name]),
      )
    : [];
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "saved") forgetDraft();
    // A refused save is told at the top of the form, which a click on the button at its end leaves
    // out of sight: the summary takes the focus (and so the view) and is read out.
    if (state.status === "failed") summary.current?.focus();
  }, [state]);
  useEffect(() => {
    const node = form.current;
    // After React has handled the same event: marking the form changed re-renders it, and doing
    // that first would put a controlled field (the pin's coordinates) back to its old value.
    const touched = () => setTimeout(() => setDirty(true), 0);
    node?.addEventListener("input", touched);
    node?.addEventListener("change", touched);
    return () => {
      node?.removeEventListener("input", touched);
      node?.removeEventListener("change", touched);
    };
  }, []);
  const keep = useCallback(() => {
    if (form.current) keepDraft(form.current);
  }, []);
  // A draft brought back is unsaved work too.
  useLeaveWarning(dirty || restored !== null, t("leave"), keep);
  const errorFields = Object.entries(errors).filter(([name]) => name !== "_form");

  return (
    <FormContext.Provider value={{ values, errors, labels, generation }}>
      <form ref={form} action={formAction} onSubmit={refuseUnreadable} className="stack entity-form" noValidate>
        {record ? <input type="hidden" name="id" value={record.id} /> : null}
        {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
        {texts !== null ? <input type="hidden" name={SHOWN_TEXTS_FIELD} value={texts} /> : null}
        {Object.entries(hidden ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {state.status === "failed" ? (
          <div ref={summary} className="error-summary" role="alert" tabIndex={-1}>
            {state.twins ? (
              <TwinWarning twins={state.twins} />
            ) : (
              <p>
                <strong>{t.has(`errors.${state.message}`) ? t(`errors.${state.message}`) : t("errors.invalid")}</strong>
              </p>
            )}
            {errorFields.length ? (
              <ul>
                {errorFields.map(([name, [key]]) => (
                  <li key={name}>
                    <a href={`#${fieldId(name)}`}>
                      {labels.get(name) ?? name}: {t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.invalid")}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            {state.conflict ? (
              <div className="conflict">
                <p>{t("conflict.explain")}</p>
                {changed.length ? (
                  <table className="table">
                    <caption>{t("conflict.caption")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("conflict.field")}</th>
                        <th scope="col">{t("conflict.before")}</th>
                        <th scope="col">{t("conflict.now")}</th>
                        <th scope="col">{t("conflict.yours")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {changed.map((name) => (
                        <tr key={name}>
                          <th scope="row">{labels.get(name)}</th>
                          <td>{listed(stored[name])}</td>
                          <td>{listed(state.conflict!.current[name])}</td>
                          <td>{listed(values[name])}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
                <p>{t("conflict.decide")}</p>
              </div>
            ) : null}
          </div>
        ) : null}
        {children}
        {state.status === "saved" ? (
          <p role="status" className="saved">
            {t("saved")}
          </p>
        ) : null}
        <div className="form-actions">
          <button className="button" type="submit" disabled={pending} aria-busy={pending}>
            {pending ? t("saving") : (submit ?? (record ? t("save") : t("create")))}
          </button>
        </div>
      </form>
    </FormContext.Provider>
  );
}
