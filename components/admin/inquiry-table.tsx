import { getTranslations } from "next-intl/server";
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

export async function InquiryTable({ inquiries, locale }: { inquiries: Row[]; locale: string }) {
  const t = await getTranslations({ locale, namespace: "admin.inquiries" });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
  return (
    <ListTable columns={[t("institution"), t("status"), t("programme"), t("district"), t("assignee"), t("received")]}>
      {inquiries.map((inquiry) => (
        <tr key={inquiry.id}>
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
