// The table of a back-office list: it scrolls sideways on narrow screens, and each row is headed
// by the link to its record.
import Link from "next/link";

export function ListTable({ columns, children }: { columns: React.ReactNode[]; children: React.ReactNode }) {
  return (
    <div className="table-scroll">
      <table className="table">
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function RowLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <th scope="row">
      <Link prefetch={false} href={href}>
        {children}
      </Link>
    </th>
  );
}
