import type { ComponentProps } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

type Href = ComponentProps<typeof Link>["href"];

/** Previous and next links around "page n of m", for any paged public list; nothing for one page. */
export async function Pager({
  page,
  pageCount,
  href,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => Href;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("offers.pages");
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
