import { listPermission } from "@/lib/bulk/lists";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ListBulkBar } from "@/components/admin/bulk/list-bulk-bar";
import { RowCheck } from "@/components/admin/bulk/bulk-bar";
import { SelectColumn } from "@/components/admin/bulk/select-column";
import { ListTable, RowLink } from "@/components/admin/list-table";
import { VerifyButton } from "@/components/admin/verify-button";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { recordKey } from "@/lib/bulk/lists";
import { countDueForReview, listDueForReview } from "@/lib/review/due";
import { startBulkAction } from "../bulk/actions";
import { verifyOfferAction } from "../offers/actions";
import { verifyOrganisationAction } from "../organisations/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.review" });
  return { title: t("title") };
}

export default async function ReviewPage() {
  const user = await requireUser(listPermission.review, "/admin/review");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  const [items, due] = await Promise.all([listDueForReview(user), countDueForReview(user)]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Europe/Berlin" });
  return (
    <div className="stack">
      <h1>{t("review.title")}</h1>
      <p>{t("review.lead", { days: env().REVIEW_MAX_AGE_DAYS })}</p>
      {can(user, "freshness.manage") ? (
        <p>
          <Link prefetch={false} href="/admin/review/partners">
            {t("review.partners")}
          </Link>
        </p>
      ) : null}
      <p role="status">{t("form.count", { count: items.length })}</p>
      {items.length === 0 ? (
        <p>{t("review.none")}</p>
      ) : (
        <>
          <ListBulkBar
            list="review"
            action={startBulkAction}
            filter={{}}
            matching={due.organisations + due.offers}
            locale={locale}
          />
          <ListTable
            columns={[
              <SelectColumn key="select" label={t("bulk.select")} />,
              t("review.entry"),
              t("review.kind"),
              t("review.organisation"),
              t("form.lastVerified"),
              t("review.actions"),
            ]}
          >
            {items.map((item) => (
              <tr key={`${item.kind}-${item.id}`}>
                <RowCheck value={recordKey(item.kind, item.id)} label={t("bulk.selectRow", { name: item.name })} />
                <RowLink href={item.kind === "offer" ? `/admin/offers/${item.id}` : `/admin/organisations/${item.id}`}>
                  {item.name}
                </RowLink>
                <td>{t(`review.kinds.${item.kind}`)}</td>
                <td>{item.organisation ?? "–"}</td>
                <td>{item.lastVerifiedAt ? date.format(item.lastVerifiedAt) : t("form.never")}</td>
                <td>
                  <VerifyButton
                    id={item.id}
                    action={item.kind === "offer" ? verifyOfferAction : verifyOrganisationAction}
                    label={t("form.verify")}
                  />
                </td>
              </tr>
            ))}
          </ListTable>
        </>
      )}
    </div>
  );
}
