import { Pager } from "@/components/ui/pager";
import { toQuery, type OfferFilter } from "@/lib/offers/filter";

export function Pagination({ filter, page, pageCount }: { filter: OfferFilter; page: number; pageCount: number }) {
  const href = (target: number) => ({
    pathname: "/offers" as const,
    query: toQuery(filter, { page: target > 1 ? String(target) : undefined }),
  });
  return <Pager page={page} pageCount={pageCount} href={href} />;
}
