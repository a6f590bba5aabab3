// The HSDS list envelope (components.schemas.Page of the OpenAPI document) around one page.
import type { Paging } from "./query";

export type HsdsPage<T> = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
};

export function toPage<T>(contents: T[], total: number, { page, per_page }: Paging): HsdsPage<T> {
  // An empty result is still one (empty) page, so that page 1 is always the first and the last.
  const pages = Math.max(1, Math.ceil(total / per_page));
  return {
    total_items: total,
    total_pages: pages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= pages,
    empty: contents.length === 0,
    contents,
  };
}

export const skipTake = ({ page, per_page }: Paging) => ({ skip: (page - 1) * per_page, take: per_page });

/** One page of an in-memory list (taxonomies, relevance-ordered search hits). */
export function slicePage<T>(items: readonly T[], paging: Paging): T[] {
  const { skip, take } = skipTake(paging);
  return items.slice(skip, skip + take);
}
