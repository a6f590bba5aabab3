// "Still correct": one click confirms a record without opening its form. A plain form, so it works
// from any list, with or without JavaScript.
export function VerifyButton({ id, action, label }: { id: string; action: (form: FormData) => Promise<void>; label: string }) {
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button button--secondary button--small">
        {label}
      </button>
    </form>
  );
}
