"use client";
// The reply to an asker: the chosen template's text, filled in, to edit and send. The text is
// state of its own, so a refused send keeps every word typed; a sent reply empties it.
import { useActionState, useState } from "react";
import type { FormState } from "@/lib/forms/state";
import { FormOutcome } from "./form-outcome";

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  inquiryId: string;
  draft: string;
  label: string;
  submit: string;
  messages: Record<string, string>;
};

export function ReplyForm({ action, inquiryId, draft, label, submit, messages }: Props) {
  const [text, setText] = useState(draft);
  const [state, formAction, pending] = useActionState(
    async (previous: FormState, form: FormData) => {
      const next = await action(previous, form);
      if (next.status === "saved") setText("");
      return next;
    },
    { status: "idle" },
  );
  return (
    <form action={formAction} className="stack">
      <input type="hidden" name="id" value={inquiryId} />
      <div className="field">
        <label htmlFor="reply-body">{label}</label>
        <textarea
          id="reply-body"
          name="body"
          className="input"
          rows={8}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={state.status === "failed" || undefined}
        />
      </div>
      <FormOutcome state={state} saved={messages.sent} messages={messages} submit={submit} pending={pending} />
    </form>
  );
}
