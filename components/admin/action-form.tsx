"use client";
// A back-office form around a server action: fields come in as children, the outcome is announced
// (saved as status, problems as alert). Works without JavaScript too: the action then re-renders
// the page with the current record.
import { useActionState } from "react";
import type { FormState } from "@/lib/forms/state";

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
  const fieldMessage = state.fieldErrors ? Object.values(state.fieldErrors).flat()[0] : undefined;
  return (
    <form action={formAction} className={className ?? "stack"}>
      {children}
      {state.status === "saved" ? <p role="status">{messages.saved}</p> : null}
      {state.status === "failed" ? (
        <p className="error-summary" role="alert">
          {messages[fieldMessage ?? state.message ?? "invalid"] ?? messages.invalid}
        </p>
      ) : null}
      <div>
        <button className="button" type="submit" disabled={pending} aria-busy={pending}>
          {submit}
        </button>
      </div>
    </form>
  );
}
