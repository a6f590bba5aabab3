"use client";
// A back-office form around a server action. It keeps what was typed when a save is refused, lists
// the problems with links to their fields, and when someone else saved the record meanwhile it
// shows what they changed and lets the user decide: nothing is overwritten silently.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { FormContext, fieldId } from "./form-context";
import type { EntityFormProps } from "./record-form-props";

type Props = EntityFormProps & {
  /** the button's label; "Save" for a record, "Create" for a new one unless given */
  submit?: string;
  children: React.ReactNode;
};

const shown = (value: string | string[] | undefined) => [value ?? ""].flat().filter(Boolean).join(", ") || "–";
const same = (a: string | string[] | undefined, b: string | string[] | undefined) =>
  [a ?? ""].flat().filter(Boolean).sort().join("\n") === [b ?? ""].flat().filter(Boolean).sort().join("\n");

export function EntityForm({ action, initial, record, submit, children, hidden }: Props) {
  const t = useTranslations("admin.form");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  // Fields name themselves here as they render, for the problem list and the conflict table.
  const [labels] = useState(() => new Map<string, string>());
  // Every answer from the server starts the fields afresh from the values it carries.
  const [generation, setGeneration] = useState({ state, count: 0 });
  if (generation.state !== state) setGeneration({ state, count: generation.count + 1 });
  const values = state.status === "failed" && state.values ? state.values : initial;
  const errors = state.fieldErrors ?? {};
  const version = state.conflict?.version ?? record?.version;
  const changed = state.conflict
    ? Object.keys({ ...initial, ...state.conflict.current }).filter(
        (name) => labels.has(name) && !same(initial[name], state.conflict!.current[name]),
      )
    : [];
  const errorFields = Object.entries(errors).filter(([name]) => name !== "_form");

  return (
    <FormContext.Provider value={{ values, errors, labels, generation: generation.count }}>
      <form action={formAction} className="stack entity-form" noValidate>
        {record ? <input type="hidden" name="id" value={record.id} /> : null}
        {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
        {Object.entries(hidden ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {state.status === "failed" ? (
          <div className="error-summary" role="alert" tabIndex={-1}>
            <p>
              <strong>{t.has(`errors.${state.message}`) ? t(`errors.${state.message}`) : t("errors.invalid")}</strong>
            </p>
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
                          <td>{shown(initial[name])}</td>
                          <td>{shown(state.conflict!.current[name])}</td>
                          <td>{shown(values[name])}</td>
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
