// The heading of a list's checkbox column: named for screen readers, blank to the eye.
export function SelectColumn({ label }: { label: string }) {
  return <span className="visually-hidden">{label}</span>;
}
