// Links within the reader's locale. A server component around next/link: it adds the locale
// prefix on the server, so pages need no i18n code in the browser.
import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";

type Href = string | { pathname: string; query?: Record<string, string | undefined>; hash?: string };
type Props = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & { href: Href; locale?: string };

export function localeHref(locale: string, href: Href): string {
  const { pathname, query, hash } =
    typeof href === "string" ? { pathname: href, query: undefined, hash: undefined } : href;
  const search = new URLSearchParams(
    Object.entries(query ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
  return `/${locale}${pathname === "/" ? "" : pathname}${search ? `?${search}` : ""}${hash ? `#${hash}` : ""}`;
}

// No prefetching by default: on a slow, metered phone connection, loading pages nobody opens costs
// the reader money and time.
export async function Link({ href, locale, prefetch = false, ...props }: Props) {
  return <NextLink href={localeHref(locale ?? (await getLocale()), href)} prefetch={prefetch} {...props} />;
}
