// A plain GET form: searching works without JavaScript and the result address can be shared.
import type { Locale } from "@/lib/i18n/locales";

type Props = { locale: Locale; label: string; placeholder: string; button: string; defaultValue?: string };

export function SearchBox({ locale, label, placeholder, button, defaultValue }: Props) {
  return (
    <form className="search-box" role="search" action={`/${locale}/offers`} method="get">
      <label htmlFor="search-q" className="visually-hidden">
        {label}
      </label>
      <input
        id="search-q"
        className="input"
        type="search"
        name="q"
        placeholder={placeholder}
        defaultValue={defaultValue}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button className="button" type="submit">
        {button}
      </button>
    </form>
  );
}
