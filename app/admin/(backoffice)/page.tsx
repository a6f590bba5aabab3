import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { canSome } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { dashboardCounts } from "@/lib/dashboard";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { listInquiries } from "@/lib/inquiries/backoffice";
import { countDueForReview } from "@/lib/review/due";
import { listUndeliveredMail } from "@/lib/mail/outbox";
import { InquiryTable } from "@/components/admin/inquiry-table";
import { UndeliveredMailList } from "@/components/admin/undelivered-mail";
import { resendNotification } from "./outbox/actions";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  const user = await requireUser("backoffice.enter", "/admin");
  // A translator's back office starts at their languages.
  if (!canSome(user, "dashboard.read")) redirect("/admin/translations");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.dashboard" });
  const [counts, due] = await Promise.all([dashboardCounts(user), countDueForReview(user)]);
  const staff = user.role !== "editor";
  const [latest, undelivered] = staff ? await Promise.all([listInquiries({ status: "new" }), listUndeliveredMail()]) : [[], []];
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <ul className="stats">
        <li className="card">
          <strong>{counts.offers}</strong> <Link prefetch={false} href="/admin/offers?status=published">{t("offers")}</Link>
        </li>
        <li className="card">
          <strong>{counts.drafts}</strong> <Link prefetch={false} href="/admin/offers?status=draft">{t("drafts")}</Link>
        </li>
        <li className="card">
          <strong>{due.offers + due.organisations}</strong> <Link prefetch={false} href="/admin/review">{t("due")}</Link>
        </li>
        {staff ? (
          <>
            <li className="card">
              <strong>{counts.organisations}</strong> <Link prefetch={false} href="/admin/organisations">{t("organisations")}</Link>
            </li>
            <li className="card">
              <strong>{counts.inquiries.new}</strong> <Link prefetch={false} href="/admin/inquiries?status=new">{t("newInquiries")}</Link>
            </li>
            <li className="card">
              <strong>{counts.inquiries.in_progress}</strong> <Link prefetch={false} href="/admin/inquiries?status=in_progress">{t("openInquiries")}</Link>
            </li>
          </>
        ) : null}
      </ul>
      {staff ? (
        <UndeliveredMailList
          mails={undelivered}
          locale={locale}
          back="/admin"
          resend={resendNotification}
          outcome={(await searchParams).mail}
          limit={{ count: 5, href: "/admin/inquiries" }}
        />
      ) : null}
      {staff ? (
        <section aria-labelledby="latest">
          <h2 id="latest">{t("latest")}</h2>
          {latest.length ? <InquiryTable inquiries={latest.slice(0, 5)} locale={locale} /> : <p>{t("none")}</p>}
          <p>
            <Link prefetch={false} href="/admin/inquiries">{t("all")}</Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
