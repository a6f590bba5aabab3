"use client";
// Adds a synonym. After a refused save the fields show what was typed (React resets a form after
// its action, so they are rendered again from the answer); after a save they are empty for the
// next word and the list above shows the one just stored.
import { useActionState } from "react";
import type { FormState } from "@/lib/forms/state";
import { FormOutcome } from "../form-outcome";

type Choice = { value: string; label: string };
type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  terms: Array<{ label: string; options: Choice[] }>;
  locales: Choice[];
  labels: {
    term: string;
    word: string;
    wordHint: string;
    locale: string;
    anyLocale: string;
    choose: string;
    submit: string;
  };
  messages: Record<string, string>;
};

export function SynonymForm({ action, terms, locales, labels, messages }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const failed = state.status === "failed";
  const values = failed ? (state.values ?? {}) : {};
  const value = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const errorOf = (name: string) => (failed ? state.fieldErrors?.[name]?.[0] : undefined);
  const described = (name: string) => (errorOf(name) ? `synonym-${name}-error` : undefined);
  return (
    <form action={formAction} className="stack" key={JSON.stringify(state)}>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="synonym-term">{labels.term}</label>
          <select
            id="synonym-term"
            name="termId"
            className="input"
            defaultValue={value("termId")}
            aria-invalid={Boolean(errorOf("termId"))}
            aria-describedby={described("termId")}
            required
          >
            <option value="">{labels.choose}</option>
            {terms.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {errorOf("termId") ? (
            <p id="synonym-termId-error" className="field__error">
              {messages[errorOf("termId")!] ?? messages.invalid}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="synonym-word">{labels.word}</label>
          <input
            id="synonym-word"
            name="word"
            className="input"
            defaultValue={value("word")}
            aria-invalid={Boolean(errorOf("word"))}
            aria-describedby={[described("word"), "synonym-word-hint"].filter(Boolean).join(" ")}
            required
            maxLength={80}
            dir="auto"
          />
          <p id="synonym-word-hint" className="field__hint">
            {labels.wordHint}
          </p>
          {errorOf("word") ? (
            <p id="synonym-word-error" className="field__error">
              {messages[errorOf("word")!] ?? messages.invalid}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="synonym-locale">{labels.locale}</label>
          <select id="synonym-locale" name="locale" className="input" defaultValue={value("locale")}>
            <option value="">{labels.anyLocale}</option>
            {locales.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FormOutcome state={state} saved={messages.saved} messages={messages} submit={labels.submit} pending={pending} />
    </form>
  );
}
