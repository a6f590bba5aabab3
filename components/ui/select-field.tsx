export type SelectOption = { value: string; label: string };

type Props = { id: string; name: string; label: string; any: string; options: readonly SelectOption[]; value?: string };

/** A labelled select whose first choice means "no restriction". */
export function SelectField({ id, name, label, any, options, value }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""} className="input">
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
