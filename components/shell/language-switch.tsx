"use client";
// A disclosure of plain links: it works without JavaScript, and each link keeps the current page
// and its filters so that a shared search can be read in another language.
import { usePathname, useSearchParams } from "next/navigation";
import { localeNames, locales, directionOf, type Locale } from "@/lib/i18n/locales";

export function LanguageSwitch({ current, label }: { current: Locale; label: string }) {
  // The path without its locale segment: "/de/offers" → "/offers".
  const pathname = usePathname().replace(/^\/[^/]+/, "");
  const query = useSearchParams().toString();
  const suffix = `${pathname}${query ? `?${query}` : ""}`;

  return (
    <details className="language-switch">
      <summary>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
          <path
            fill="currentColor"
            d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.9 6h-3a15.7 15.7 0 0 0-1.4-3.6A8 8 0 0 1 18.9 8ZM12 4c.8 1.2 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.8 1.9-4ZM4.3 14a8.2 8.2 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4H4.3Zm.8 2h3a15.7 15.7 0 0 0 1.4 3.6A8 8 0 0 1 5.1 16Zm3-8h-3a8 8 0 0 1 4.4-3.6C8.9 5.5 8.4 6.7 8.1 8ZM12 20c-.8-1.2-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.8-1.9 4Zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4Zm.2 5.6c.6-1.1 1.1-2.3 1.4-3.6h3a8 8 0 0 1-4.4 3.6Zm1.8-5.6a16.5 16.5 0 0 0 0-4h3.4a8.2 8.2 0 0 1 0 4h-3.4Z"
          />
        </svg>
        <span>
          <span className="visually-hidden">{label}: </span>
          {localeNames[current]}
        </span>
      </summary>
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${suffix}`}
              lang={locale}
              hrefLang={locale}
              dir={directionOf(locale)}
              aria-current={locale === current ? "true" : undefined}
            >
              {localeNames[locale]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
