// A filtered record list that can be changed in bulk: its count, the bulk bar for what the filter
// matches, and the table with a checkbox column in front. The page hands in the server action
// (components do not import from app/).
import { getTranslations } from "next-intl/server";
import { ListTable } from "@/components/admin/list-table";
import { adminLocale } from "@/lib/i18n/admin-locale";
import type { BulkList } from "@/lib/bulk/lists";
import type { BulkState } from "@/lib/bulk/state";
import { ListBulkBar } from "./list-bulk-bar";
import { SelectColumn } from "./select-column";

type Props = {
  bulk: {
    list: BulkList;
    action: (state: BulkState, form: FormData) => Promise<BulkState>;
    /** the list's filter as the page applied it: "all that match" means these */
    filter: Record<string, string | undefined>;
    /** the most rows the list shows: a list that long may match more */
    limit: number;
  };
  /** how many rows the page shows */
  count: number;
  columns: React.ReactNode[];
  children: React.ReactNode;
};

export async function BulkListTable({ bulk: { list, action, filter, limit }, count, columns, children }: Props) {
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <>
      <p role="status">{t("form.count", { count })}</p>
      {count > 0 ? (
        <ListBulkBar
          list={list}
          action={action}
          filter={filter}
          matching={count}
          capped={count >= limit}
          locale={locale}
        />
      ) : null}
      <ListTable columns={[<SelectColumn key="select" label={t("bulk.select")} />, ...columns]}>{children}</ListTable>
    </>
  );
}
