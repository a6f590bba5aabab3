// A compact heat map: districts across, programmes or categories down, Aachen as a whole last.
// Each row is shaded on its own scale (a programme with two sites is not pale beside one with
// forty), the count is always written in the cell, and a gap (none here, some elsewhere) is marked
// in words for screen readers and with a dashed frame for the eye. Headers stay in view while the
// table scrolls. Column heads are short (both heat maps fit one laptop screen side by side); the
// full name is the abbreviation's title for the eye and the heading's text for screen readers.
import { classOf, colourClasses, palette } from "@/lib/coverage/classes";

export type HeatRow = { key: string; label: string; cells: number[]; total: number };
export type HeatColumn = { name: string; short: string };

type Props = {
  id: string;
  caption: string;
  rowHeader: string;
  columns: HeatColumn[];
  total: HeatColumn;
  rows: HeatRow[];
  gapLabel: string;
  locale: string;
};

// The two darkest steps carry white text to keep a 4.5:1 contrast.
const ink = (fill: string) => (fill === palette[3] || fill === palette[4] ? "#ffffff" : "#1d2327");

function Head({ column }: { column: HeatColumn }) {
  if (column.short === column.name) return <span>{column.name}</span>;
  return (
    <>
      <abbr title={column.name} aria-hidden="true">
        {column.short}
      </abbr>
      <span className="visually-hidden">{column.name}</span>
    </>
  );
}

export function HeatMatrix({ id, caption, rowHeader, columns, total, rows, gapLabel, locale }: Props) {
  const number = new Intl.NumberFormat(locale);
  return (
    <div className="heat-matrix" id={id} role="region" tabIndex={0} aria-labelledby={`${id}-caption`}>
      <table className="heat-matrix__table">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {columns.map((column) => (
              <th key={column.name} scope="col" className="heat-matrix__column">
                <Head column={column} />
              </th>
            ))}
            <th scope="col" className="heat-matrix__column heat-matrix__total">
              <Head column={total} />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const classes = colourClasses(row.cells, true);
            return (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {row.cells.map((value, i) => {
                  const fill = classOf(value, classes).colour;
                  const gap = value === 0 && row.total > 0;
                  return (
                    <td
                      key={columns[i]?.name ?? i}
                      className={gap ? "heat-matrix__gap" : undefined}
                      style={{ background: fill, color: ink(fill) }}
                    >
                      {number.format(value)}
                      {gap ? <span className="visually-hidden"> ({gapLabel})</span> : null}
                    </td>
                  );
                })}
                <td className="heat-matrix__total">{number.format(row.total)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
