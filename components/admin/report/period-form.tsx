// The period of the report: a preset or two days. A plain GET form, so the report's address names
// its period and can be shared or bookmarked. A refused period comes back as it was typed, with
// the problem at the field it concerns.
import { formatDay } from "@/lib/network/filter";
import type { PeriodProblem, ReportPeriod } from "@/lib/report/period";

type Labels = Record<"legend" | "quarter" | "year" | "custom" | "from" | "to" | "submit" | "standIn", string> & {
  problems: Record<PeriodProblem, string>;
};

// The problem of a typed start day sits at "from"; every other one at "to".
const fieldOf = (problem: PeriodProblem) => (problem === "from" ? "from" : "to");

export function PeriodForm({ period, labels }: { period: ReportPeriod; labels: Labels }) {
  const refused = period.refused;
  const preset = refused ? "custom" : period.preset;
  const value = (end: "from" | "to") =>
    refused ? refused[end] : period.preset === "custom" ? formatDay(period.current[end]) : "";
  return (
    <form method="get" action="/admin/report" className="report-period">
      <fieldset>
        <legend>{labels.legend}</legend>
        <div className="report-period__choices">
          {(["quarter", "year", "custom"] as const).map((choice) => (
            <label key={choice}>
              <input type="radio" name="period" value={choice} defaultChecked={preset === choice} />{" "}
              {labels[choice]}
            </label>
          ))}
        </div>
        <div className="report-period__days">
          {(["from", "to"] as const).map((end) => {
            const problem = refused && fieldOf(refused.problem) === end ? refused.problem : null;
            return (
              <div key={end} className="report-period__day">
                <label htmlFor={`report-${end}`}>{labels[end]}</label>{" "}
                <input
                  id={`report-${end}`}
                  type="date"
                  name={end}
                  className="input"
                  defaultValue={value(end)}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? `report-${end}-error` : undefined}
                />
                {problem ? (
                  <p id={`report-${end}-error`} className="field__error">
                    {labels.problems[problem]}
                  </p>
                ) : null}
              </div>
            );
          })}
          <button type="submit" className="button">
            {labels.submit}
          </button>
        </div>
        {refused ? (
          <p role="alert" className="report-period__refused">
            {labels.standIn}
          </p>
        ) : null}
      </fieldset>
    </form>
  );
}
