// Switches the back office between German and English (the same cookie the public site uses).
import { NextRequest, NextResponse } from "next/server";

export function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get("to") === "en" ? "en" : "de";
  const back = request.nextUrl.searchParams.get("back");
  const target = back && /^\/admin(\/|$|\?)/.test(back) ? back : "/admin";
  const response = NextResponse.redirect(new URL(target, request.url));
  response.cookies.set("NEXT_LOCALE", to, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
  return response;
}
