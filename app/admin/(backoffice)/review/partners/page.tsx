import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FreshnessRequests } from "@/components/admin/freshness-requests";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { listFreshnessRequests } from "@/lib/freshness/overview";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { sendFreshnessNow } from "./actions";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.freshness.overview" });
  return { title: t("title") };
}

const count = (value: string | undefined) => Math.max(0, Number.parseInt(value ?? "", 10) || 0);

export default async function PartnerRequestsPage({ searchParams }: Props) {
  await requireUser("freshness.manage", "/admin/review/partners");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.review" });
  const params = await searchParams;
  const { rows, open } = await listFreshnessRequests();
  return (
    <div className="stack">
      <p>
        <Link prefetch={false} href="/admin/review">
          {t("title")}
        </Link>
      </p>
      <FreshnessRequests
        rows={rows}
        open={open}
        intervalDays={env().FRESHNESS_INTERVAL_DAYS}
        locale={locale}
        send={sendFreshnessNow}
        outcome={
          params.freshness === "refused"
            ? "refused"
            : params.freshness === "sent"
              ? { sent: count(params.sent), asked: count(params.asked) }
              : undefined
        }
      />
    </div>
  );
}
