// The partner's answer to a still-correct mail: every listed entry ticked, untick what changed.
// A plain form posting to a server action, so it works without JavaScript and a link that a mail
// scanner opens confirms nothing.
type Props = {
  action: (form: FormData) => Promise<void>;
  token: string;
  entries: ReadonlyArray<{ id: string; name: string }>;
  legend: string;
  submit: string;
};

export function StillCorrectForm({ action, token, entries, legend, submit }: Props) {
  return (
    <form action={action} className="stack">
      <input type="hidden" name="token" value={token} />
      <fieldset className="field choice-group">
        <legend>{legend}</legend>
        <div className="choice-group__options">
          {entries.map((entry) => (
            <label key={entry.id} className="choice">
              <input type="checkbox" name="offerId" value={entry.id} defaultChecked /> {entry.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="page-actions">
        <button type="submit" className="button">
          {submit}
        </button>
      </div>
    </form>
  );
}
