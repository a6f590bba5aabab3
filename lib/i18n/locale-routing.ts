// The language routing of every page request (next-intl): redirects to a locale, the language
// cookie, and the alternate-language links. next-intl builds those links from Host or
// X-Forwarded-Host, which any client can set; they name the public address instead.
import createIntlMiddleware from "next-intl/middleware";
import type { NextRequest, NextResponse } from "next/server";
import { publicUrl } from "../http/public-origin";
import { routing } from "./routing";

const intl = createIntlMiddleware(routing);

function atPublicAddress(href: string): string {
  const url = new URL(href);
  return publicUrl(`${url.pathname}${url.search}`).toString();
}

export function routeLocale(request: NextRequest): NextResponse {
  const response = intl(request);
  const link = response.headers.get("link");
  if (link)
    response.headers.set(
      "link",
      link.replace(/<([^>]+)>/g, (_, href: string) => `<${atPublicAddress(href)}>`),
    );
  return response;
}
