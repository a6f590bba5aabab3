import type { Metadata } from "next";
import { adminLocale } from "@/lib/i18n/admin-locale";
import "../globals.css";
import "../admin/admin.css";

// Shared views are for the partners who hold the link, not for search engines.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function ShareRootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={await adminLocale()} dir="ltr">
      <body className="admin">{children}</body>
    </html>
  );
}
