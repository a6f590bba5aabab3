// The filter form above a back-office list. It is sent with GET, so a filtered list has an address
// that can be bookmarked, shared and reached from other pages (a record's relationships, its history).
import { SelectField, type SelectOption } from "@/components/ui/select-field";

type BarProps = {
  submit: string;
  children: React.ReactNode;
  action?: string;
  label?: string;
  /** after the submit button, e.g. a link that clears the filter */
  after?: React.ReactNode;
};

export function FilterBar({ submit, children, action, label, after }: BarProps) {
  return (
    <form className="filter-bar" method="get" action={action} aria-label={label}>
      {children}
      <button className="button button--secondary" type="submit">
        {submit}
      </button>
      {after}
    </form>
  );
}

type InputProps = {
  label: string;
  name: string;
  id?: string;
  value?: string;
  type?: "search" | "date";
  autoComplete?: string;
  spellCheck?: boolean;
};

export function FilterInput({ label, name, id = name, value, type, autoComplete, spellCheck }: InputProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        className="input"
        defaultValue={value ?? ""}
        type={type}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
      />
    </div>
  );
}

export function FilterSearch({ label, value }: { label: string; value?: string }) {
  return <FilterInput label={label} name="q" type="search" value={value} />;
}

type SelectProps = {
  label: string;
  name: string;
  id?: string;
  options: readonly SelectOption[];
  value?: string;
  all: string;
};

/** A choice whose first option, labelled `all`, leaves the list unrestricted. */
export function FilterSelect({ label, name, id = name, options, value, all }: SelectProps) {
  return <SelectField id={id} name={name} label={label} any={all} options={options} value={value} />;
}
