// The end of a back-office form that answers with a FormState: the outcome announced (saved as
// status, a problem as alert, the first field's before the form's) and the submit button.
import type { FormState } from "@/lib/forms/state";

type Props = {
  state: FormState;
  /** what a successful answer says */
  saved: string | undefined;
  /** the words for each problem key; `invalid` is the fallback */
  messages: Record<string, string>;
  submit: string;
  pending: boolean;
};

export function FormOutcome({ state, saved, messages, submit, pending }: Props) {
  const fieldMessage = state.fieldErrors ? Object.values(state.fieldErrors).flat()[0] : undefined;
  return (
    <>
      {state.status === "saved" ? <p role="status">{saved}</p> : null}
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
    </>
  );
}
