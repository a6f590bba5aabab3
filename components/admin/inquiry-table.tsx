import Link from "next/link";
import { getTranslations } from "next-intl/server";

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
    <div className="table-scroll">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("institution")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("programme")}</th>
            <th scope="col">{t("district")}</th>
            <th scope="col">{t("assignee")}</th>
            <th scope="col">{t("received")}</th>
          </tr>
        </thead>
        <tbody>
          {inquiries.map((inquiry) => (
            <tr key={inquiry.id}>
              <th scope="row">
                <Link prefetch={false} href={`/admin/inquiries/${inquiry.id}`}>{inquiry.institutionName}</Link>
              </th>
              <td>
                <span className={`status status--${inquiry.status}`}>{t(`statuses.${inquiry.status}`)}</span>
              </td>
              <td>{inquiry.programmes.map((p) => p.slug).join(", ")}</td>
              <td>{inquiry.district?.name ?? "–"}</td>
              <td>{inquiry.assignee?.name ?? t("unassigned")}</td>
              <td>{date.format(inquiry.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
