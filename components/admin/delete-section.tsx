// Deleting a record in two steps, without JavaScript: the first step asks, the second sends the
// form. A refused delete comes back to the page as ?error=… and is shown above the steps.
import Link from "next/link";

type Props = {
  title: string;
  lead?: string;
  error?: string | null;
  /** the record's page: the first step opens the question there, cancelling returns to it */
  href: string;
  confirming: boolean;
  action: (form: FormData) => Promise<void>;
  fields: Record<string, string | number>;
  question: string;
  yes: string;
  cancel: string;
  /**
   * For actions that ask back themselves unless `confirm=yes` is sent: the first step is a button
   * with this label, and the question, coming back from the server, is announced.
   */
  startButton?: string;
  /** why the record cannot be deleted, shown instead of the steps */
  blocked?: React.ReactNode;
};

export function DeleteSection(props: Props) {
  const { title, lead, error, blocked } = props;
  return (
    <section className="card stack" aria-labelledby="delete">
      <h2 id="delete">{title}</h2>
      {error ? (
        <p className="error-summary" role="alert">
          {error}
        </p>
      ) : null}
      {lead ? <p>{lead}</p> : null}
      {blocked ?? <Steps {...props} />}
    </section>
  );
}

function Steps({ title, href, confirming, action, fields, question, yes, cancel, startButton }: Props) {
  const hidden = Object.entries(fields).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
  if (confirming)
    return (
      <form action={action} className="stack">
        {hidden}
        <p role={startButton ? "alert" : undefined}>
          <strong>{question}</strong>
        </p>
        <div className="meta-row">
          <button className="button" type="submit" name="confirm" value="yes">
            {yes}
          </button>
          <Link prefetch={false} href={href}>
            {cancel}
          </Link>
        </div>
      </form>
    );
  if (startButton)
    return (
      <form action={action} className="stack">
        {hidden}
        <div>
          <button type="submit" className="button button--secondary">
            {startButton}
          </button>
        </div>
      </form>
    );
  return (
    <p>
      <Link prefetch={false} className="button button--secondary" href={`${href}?delete=1#delete`}>
        {title}
      </Link>
    </p>
  );
}
