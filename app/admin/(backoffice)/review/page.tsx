import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { VerifyButton } from "@/components/admin/verify-button";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { listDueForReview } from "@/lib/review";
import { verifyOfferAction } from "../offers/actions";
import { verifyOrganisationAction } from "../organisations/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.review" });
  return { title: t("title") };
}

export default async function ReviewPage() {
  const user = await requireUser("review.read", "/admin/review");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  const items = await listDueForReview(user);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Europe/Berlin" });
  return (
    <div className="stack">
      <h1>{t("review.title")}</h1>
      <p>{t("review.lead", { days: env().REVIEW_MAX_AGE_DAYS })}</p>
      <p role="status">{t("form.count", { count: items.length })}</p>
      {items.length === 0 ? (
        <p>{t("review.none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("review.entry")}</th>
                <th scope="col">{t("review.kind")}</th>
                <th scope="col">{t("review.organisation")}</th>
                <th scope="col">{t("form.lastVerified")}</th>
                <th scope="col">{t("review.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.kind}-${item.id}`}>
                  <th scope="row">
                    <Link prefetch={false} href={item.kind === "offer" ? `/admin/offers/${item.id}` : `/admin/organisations/${item.id}`}>
                      {item.name}
                    </Link>
                  </th>
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
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
