// The period of the report: a preset or two days. A plain GET form, so the report's address names
// its period and can be shared or bookmarked.
import { formatDay } from "@/lib/network/filter";
import type { ReportPeriod } from "@/lib/report/period";

type Labels = Record<"legend" | "quarter" | "year" | "custom" | "from" | "to" | "submit", string>;

export function PeriodForm({ period, labels }: { period: ReportPeriod; labels: Labels }) {
  return (
    <form method="get" action="/admin/report" className="report-period">
      <fieldset>
        <legend>{labels.legend}</legend>
        <div className="report-period__choices">
          {(["quarter", "year", "custom"] as const).map((preset) => (
            <label key={preset}>
              <input type="radio" name="period" value={preset} defaultChecked={period.preset === preset} />{" "}
              {labels[preset]}
            </label>
          ))}
        </div>
        <div className="report-period__days">
          {(["from", "to"] as const).map((end) => (
            <label key={end}>
              {labels[end]}{" "}
              <input
                type="date"
                name={end}
                defaultValue={period.preset === "custom" ? formatDay(period.current[end]) : ""}
              />
            </label>
          ))}
          <button type="submit" className="button">
            {labels.submit}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
