import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import "../globals.css";
import "./admin.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.meta" });
  // The back office is not for search engines.
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, robots: { index: false, follow: false } };
}

export default async function AdminRootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={await adminLocale()} dir="ltr">
      <body className="admin">{children}</body>
    </html>
  );
}
