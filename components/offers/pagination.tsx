import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { toQuery, type OfferFilter } from "@/lib/offers/filter";

export async function Pagination({ filter, page, pageCount }: { filter: OfferFilter; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("offers.pages");
  const href = (target: number) => ({ pathname: "/offers" as const, query: toQuery(filter, { page: target > 1 ? String(target) : undefined }) });
  return (
    <nav className="pagination" aria-label={t("label")}>
      {page > 1 ? (
        <Link className="button button--secondary" href={href(page - 1)} rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      <span>{t("position", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link className="button button--secondary" href={href(page + 1)} rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
