"use client";
// The inquiry form. It posts to a server action and works without JavaScript; with it, the page
// does not reload. On error every field keeps what was typed, bad fields are marked and described,
// and a summary with links to them is announced.
import { useActionState, useEffect, useRef, type MouseEvent } from "react";
import type { FormState } from "@/lib/forms/state";

type Option = { value: string; label: string };

export type InquiryFormProps = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  locale: string;
  options: { types: Option[]; districts: Option[]; programmes: Option[] };
  defaults: { programmes: string[]; institutionType?: string; district?: string };
  text: Record<
    | "legend" | "institutionName" | "institutionType" | "district" | "contactName" | "email" | "phone" | "optional"
    | "programmes" | "message" | "consent" | "submit" | "choose" | "errorSummary" | "sent" | "sentText" | "honeypot" | "another",
    string
  >;
  errors: Record<string, string>;
};

const initial: FormState = { status: "idle" };

export function InquiryForm({ action, locale, options, defaults, text, errors }: InquiryFormProps) {
  const [state, formAction, pending] = useActionState(action, initial);
  const summary = useRef<HTMLDivElement>(null);
  // A refused inquiry: focus goes to the summary at the top, read out and in view (GOV.UK pattern).
  useEffect(() => {
    if (state.status === "failed") summary.current?.focus();
  }, [state]);

  if (state.status === "saved") {
    return (
      <div className="card notice--success" role="status">
        <h3>{text.sent}</h3>
        <p>{text.sentText}</p>
        <a href={`/${locale}/institutions`}>{text.another}</a>
      </div>
    );
  }

  const value = (name: string) => {
    const v = state.values?.[name];
    return typeof v === "string" ? v : undefined;
  };
  const chosen = Array.isArray(state.values?.programmes) ? state.values.programmes : state.status === "idle" ? defaults.programmes : [];
  const problem = (name: string) => state.fieldErrors?.[name]?.[0];
  const describe = (name: string) => (problem(name) ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {});
  const errorText = (name: string) =>
    problem(name) ? (
      <p id={`${name}-error`} className="field__error">
        {errors[problem(name)!] ?? errors.invalid}
      </p>
    ) : null;
  const invalidFields = Object.keys(state.fieldErrors ?? {});

  return (
    <form action={formAction} className="inquiry-form" noValidate>
      {state.status === "failed" ? (
        <div ref={summary} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="inquiry-error-summary">
          <h3 id="inquiry-error-summary">{state.message ? (errors[state.message] ?? errors.invalid) : text.errorSummary}</h3>
          {invalidFields.length > 0 ? (
            <ul>
              {invalidFields.map((name) => (
                <li key={name}>
                  <a href={`#inquiry-${name}`} onClick={(event) => focusField(event, `inquiry-${name}`)}>
                    {text[name as keyof typeof text] ?? name}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      <fieldset>
        <legend>{text.legend}</legend>
        <div className="field">
          <label htmlFor="inquiry-institutionName">{text.institutionName}</label>
          <input id="inquiry-institutionName" name="institutionName" className="input" autoComplete="organization" defaultValue={value("institutionName")} required {...describe("institutionName")} />
          {errorText("institutionName")}
        </div>
        <div className="field">
          <label htmlFor="inquiry-institutionType">{text.institutionType}</label>
          <select id="inquiry-institutionType" name="institutionType" className="input" defaultValue={value("institutionType") ?? defaults.institutionType ?? ""} required {...describe("institutionType")}>
            <option value="">{text.choose}</option>
            {options.types.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          {errorText("institutionType")}
        </div>
        <div className="field">
          <label htmlFor="inquiry-district">{text.district}</label>
          <select id="inquiry-district" name="district" className="input" defaultValue={value("district") ?? defaults.district ?? ""} required {...describe("district")}>
            <option value="">{text.choose}</option>
            {options.districts.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          {errorText("district")}
        </div>
        <div className="field">
          <label htmlFor="inquiry-contactName">{text.contactName}</label>
          <input id="inquiry-contactName" name="contactName" className="input" autoComplete="name" defaultValue={value("contactName")} required {...describe("contactName")} />
          {errorText("contactName")}
        </div>
        <div className="field">
          <label htmlFor="inquiry-email">{text.email}</label>
          <input id="inquiry-email" name="email" type="email" className="input" autoComplete="email" dir="ltr" defaultValue={value("email")} required {...describe("email")} />
          {errorText("email")}
        </div>
        <div className="field">
          <label htmlFor="inquiry-phone">
            {text.phone} <span className="muted">({text.optional})</span>
          </label>
          <input id="inquiry-phone" name="phone" type="tel" className="input" autoComplete="tel" dir="ltr" defaultValue={value("phone")} {...describe("phone")} />
          {errorText("phone")}
        </div>
      </fieldset>
      <fieldset id="inquiry-programmes" {...describe("programmes")} tabIndex={-1}>
        <legend>{text.programmes}</legend>
        {options.programmes.map((o) => (
          <div key={o.value} className="field field--checkbox">
            <input id={`inquiry-programme-${o.value}`} type="checkbox" name="programmes" value={o.value} defaultChecked={chosen.includes(o.value)} />
            <label htmlFor={`inquiry-programme-${o.value}`}>{o.label}</label>
          </div>
        ))}
        {errorText("programmes")}
      </fieldset>
      <div className="field">
        <label htmlFor="inquiry-message">{text.message}</label>
        <textarea id="inquiry-message" name="message" className="input" rows={6} defaultValue={value("message")} required {...describe("message")} />
        {errorText("message")}
      </div>
      {/* Invisible to people, tempting to bots; anything typed here marks the sender as a bot. */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="inquiry-website">{text.honeypot}</label>
        <input id="inquiry-website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <div className="field field--checkbox">
        <input id="inquiry-consent" type="checkbox" name="consent" defaultChecked={value("consent") === "on"} required {...describe("consent")} />
        <label htmlFor="inquiry-consent">{text.consent}</label>
      </div>
      {errorText("consent")}
      <button className="button" type="submit" disabled={pending} aria-busy={pending}>
        {text.submit}
      </button>
    </form>
  );
}

// Following a link to a field only scrolls; the field itself should take the cursor.
function focusField(event: MouseEvent, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: "center" });
}
