// Switches the back office between German and English (the same cookie the public site uses) and
// returns to the page the switch was pressed on. The redirect names the public origin: one built
// from request.url would name the address the server is bound to, where the browser holds no
// session cookie, and would sign the user out.
import { NextRequest, NextResponse } from "next/server";
import { backOfficePath } from "@/lib/http/back-office-path";
import { publicUrl } from "@/lib/http/public-origin";

export function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get("to") === "en" ? "en" : "de";
  const target = backOfficePath(request.nextUrl.searchParams.get("back")) ?? "/admin";
  const response = NextResponse.redirect(publicUrl(target), 303);
  response.cookies.set("NEXT_LOCALE", to, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
  return response;
}
