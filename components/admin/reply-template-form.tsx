"use client";
// One reply template to create or change. Submitted without a form action, so that React does not
// reset the fields: after a save they show what is stored (the page re-renders with it), after a
// refusal what was typed.
import { useState, useTransition } from "react";
import type { FormState } from "@/lib/forms/state";
import { FormOutcome } from "./form-outcome";

type Props = {
  action: (form: FormData) => Promise<FormState>;
  template?: { id: string; title: string; locale: string; body: string };
  labels: { title: string; locale: string; body: string; submit: string; placeholders: string };
  locales: ReadonlyArray<{ value: string; label: string }>;
  messages: Record<string, string>;
};

export function ReplyTemplateForm({ action, template, labels, locales, messages }: Props) {
  const [state, setState] = useState<FormState>({ status: "idle" });
  const [pending, startTransition] = useTransition();
  const id = template?.id ?? "new";
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        startTransition(async () => {
          const next = await action(data);
          setState(next);
          if (next.status === "saved" && !template) form.reset();
        });
      }}
    >
      {template ? <input type="hidden" name="id" value={template.id} /> : null}
      <div className="field">
        <label htmlFor={`tpl-title-${id}`}>{labels.title}</label>
        <input id={`tpl-title-${id}`} name="title" className="input" defaultValue={template?.title ?? ""} />
      </div>
      <div className="field">
        <label htmlFor={`tpl-locale-${id}`}>{labels.locale}</label>
        <select id={`tpl-locale-${id}`} name="locale" className="input" defaultValue={template?.locale ?? "de"}>
          {locales.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`tpl-body-${id}`}>{labels.body}</label>
        <textarea
          id={`tpl-body-${id}`}
          name="body"
          className="input"
          rows={6}
          defaultValue={template?.body ?? ""}
          aria-describedby={`tpl-hint-${id}`}
        />
        <p id={`tpl-hint-${id}`} className="muted">
          {labels.placeholders}
        </p>
      </div>
      <FormOutcome state={state} saved={messages.saved} messages={messages} submit={labels.submit} pending={pending} />
    </form>
  );
}
