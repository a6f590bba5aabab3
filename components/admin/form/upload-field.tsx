"use client";
// A file chosen for an upload that is checked before it is applied: the caller keeps the File itself,
// because React empties the input after an action and the same file must go out again.

type Props = {
  id: string;
  label: string;
  hint: string;
  accept: string;
  /** The form field's name, when the form itself sends the file. */
  name?: string;
  onChosen: (file: File | null) => void;
  children?: React.ReactNode;
};

export function UploadField({ id, label, hint, accept, name, onChosen, children }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        required
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChosen(event.currentTarget.files?.[0] ?? null)}
      />
      {children}
    </div>
  );
}
