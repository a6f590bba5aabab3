"use client";
// The back office's language switch. It carries the current page along, so that switching keeps
// the reader where they were; a plain link (not next/link) because the whole page, its navigation
// included, has to be rendered again in the other language.
import { usePathname, useSearchParams } from "next/navigation";

export function LanguageLink({ to, label }: { to: "de" | "en"; label: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const back = `${pathname}${search ? `?${search}` : ""}`;
  return (
    <a href={`/admin/language?to=${to}&back=${encodeURIComponent(back)}`} hrefLang={to} lang={to}>
      {label}
    </a>
  );
}
