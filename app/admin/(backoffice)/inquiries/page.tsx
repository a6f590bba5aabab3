import { listPermission } from "@/lib/bulk/lists";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ListBulkBar } from "@/components/admin/bulk/list-bulk-bar";
import { InquiryTable } from "@/components/admin/inquiry-table";
import { UndeliveredMailList } from "@/components/admin/undelivered-mail";
import { SelectField } from "@/components/ui/select-field";
import { requireUser } from "@/lib/auth/session";
import { districts } from "@/lib/geo/districts";
import { adminLocale } from "@/lib/i18n/admin-locale";
import {
  assigneeFilters,
  INQUIRY_LIST_LIMIT,
  inquiryStatuses,
  listAssignees,
  listInquiries,
  parseInquiryFilter,
} from "@/lib/inquiries/backoffice";
import { listUndeliveredMail } from "@/lib/mail/outbox";
import { listProgrammes } from "@/lib/programmes/directory";
import { startBulkAction } from "../bulk/actions";
import { resendNotification } from "../outbox/actions";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.inquiries" });
  return { title: t("title") };
}

export default async function InquiriesPage({ searchParams }: Props) {
  const user = await requireUser(listPermission.inquiries, "/admin/inquiries");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.inquiries" });
  const params = await searchParams;
  const filter = parseInquiryFilter(params);
  const [inquiries, programmes, undelivered, assignees] = await Promise.all([
    listInquiries(filter, user.id),
    listProgrammes(locale),
    listUndeliveredMail(),
    listAssignees(),
  ]);
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p>
        <Link
          prefetch={false}
          href="/admin/inquiries?assignee=me"
          aria-current={filter.assignee === "me" ? "page" : undefined}
        >
          {t("mine")}
        </Link>{" "}
        ·{" "}
        <Link prefetch={false} href="/admin/inquiries/templates">
          {t("reply.manage")}
        </Link>
      </p>
      <UndeliveredMailList
        mails={undelivered}
        locale={locale}
        back="/admin/inquiries"
        resend={resendNotification}
        outcome={params.mail}
      />
      {/* Keyed by the filter: "my inquiries" is a link to this same page, whose selects would keep their old choice. */}
      <form
        key={JSON.stringify(filter)}
        method="get"
        action="/admin/inquiries"
        className="card offer-filters__grid"
        aria-label={t("filters")}
      >
        <SelectField
          id="f-status"
          name="status"
          label={t("status")}
          any={t("any")}
          options={inquiryStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          value={filter.status}
        />
        <SelectField
          id="f-programme"
          name="programme"
          label={t("programme")}
          any={t("any")}
          options={programmes.map((p) => ({ value: p.slug, label: p.name }))}
          value={filter.programme}
        />
        <SelectField
          id="f-assignee"
          name="assignee"
          label={t("assignee")}
          any={t("any")}
          options={assigneeFilters.map((a) => ({ value: a, label: t(`assignees.${a}`) }))}
          value={filter.assignee}
        />
        <SelectField
          id="f-district"
          name="district"
          label={t("district")}
          any={t("any")}
          options={districts.map((d) => ({ value: d.code, label: d.name }))}
          value={filter.district}
        />
        <div className="offer-filters__actions">
          <button className="button" type="submit">
            {t("apply")}
          </button>
        </div>
      </form>
      <p role="status">
        <strong>{t("count", { count: inquiries.length })}</strong>
      </p>
      {inquiries.length > 0 ? (
        <>
          <ListBulkBar
            list="inquiries"
            action={startBulkAction}
            filter={filter}
            matching={inquiries.length}
            capped={inquiries.length >= INQUIRY_LIST_LIMIT}
            assignees={assignees}
            locale={locale}
          />
          <InquiryTable inquiries={inquiries} locale={locale} selectable />
        </>
      ) : null}
    </div>
  );
}
