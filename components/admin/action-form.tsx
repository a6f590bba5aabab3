"use client";
// A back-office form around a server action: fields come in as children, the outcome is announced
// (saved as status, problems as alert). Works without JavaScript too: the action then re-renders
// the page with the current record.
import { useActionState } from "react";
import type { FormState } from "@/lib/forms/state";
import { FormOutcome } from "./form-outcome";

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  submit: string;
  messages: Record<string, string>;
  children: React.ReactNode;
  className?: string;
  /** What the form does no longer applies (say, the text is now reviewed): only its outcome stays. */
  closed?: boolean;
};

export function ActionForm({ action, submit, messages, children, className, closed }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  if (closed) return state.status === "saved" ? <p role="status">{messages.saved}</p> : null;
  return (
    <form action={formAction} className={className ?? "stack"}>
      {children}
      <FormOutcome state={state} saved={messages.saved} messages={messages} submit={submit} pending={pending} />
    </form>
  );
}
