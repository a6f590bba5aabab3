import { getTranslations } from "next-intl/server";
import { RowCheck } from "./bulk/bulk-bar";
import { SelectColumn } from "./bulk/select-column";
import { ListTable, RowLink } from "./list-table";
import { StatusBadge } from "./status-badge";

type Row = {
  id: string;
  institutionName: string;
  status: string;
  createdAt: Date;
  district: { name: string } | null;
  assignee: { name: string } | null;
  programmes: Array<{ slug: string }>;
};

type Props = { inquiries: Row[]; locale: string; /** with a checkbox per row for the bulk bar */ selectable?: boolean };

export async function InquiryTable({ inquiries, locale, selectable = false }: Props) {
  const t = await getTranslations({ locale, namespace: "admin.inquiries" });
  const tBulk = await getTranslations({ locale, namespace: "admin.bulk" });
  const select = selectable ? [<SelectColumn key="select" label={tBulk("select")} />] : [];
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
  return (
    <ListTable
      columns={[...select, t("institution"), t("status"), t("programme"), t("district"), t("assignee"), t("received")]}
    >
      {inquiries.map((inquiry) => (
        <tr key={inquiry.id}>
          {selectable ? (
            <RowCheck value={`inquiry:${inquiry.id}`} label={tBulk("selectRow", { name: inquiry.institutionName })} />
          ) : null}
          <RowLink href={`/admin/inquiries/${inquiry.id}`}>{inquiry.institutionName}</RowLink>
          <td>
            <StatusBadge status={inquiry.status} label={t(`statuses.${inquiry.status}`)} />
          </td>
          <td>{inquiry.programmes.map((p) => p.slug).join(", ")}</td>
          <td>{inquiry.district?.name ?? "–"}</td>
          <td>{inquiry.assignee?.name ?? t("unassigned")}</td>
          <td>{date.format(inquiry.createdAt)}</td>
        </tr>
      ))}
    </ListTable>
  );
}
