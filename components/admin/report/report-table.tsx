// One of the report's tables. Numbers align at the end; a table's total row is set apart.
import type { AdminLocale } from "@/lib/i18n/admin-locale";
import { signed, type ReportTable as Table } from "@/lib/report/tables";

export function ReportTable({ table, locale }: { table: Table; locale: AdminLocale }) {
  const number = new Intl.NumberFormat(locale);
  const headingId = `report-${table.id}`;
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{table.title}</h2>
      <div className="table-scroll" role="region" tabIndex={0} aria-labelledby={headingId}>
        <table className="table report-table" data-table={table.id}>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.label} className={row.total ? "report-table__total" : undefined}>
                <th scope="row">{row.label}</th>
                {row.cells.map((value, i) => (
                  <td key={table.columns[i + 1]}>
                    {table.id === "key" && i === 2 ? signed(value, locale) : number.format(value)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.note ? <p className="muted">{table.note}</p> : null}
    </section>
  );
}
