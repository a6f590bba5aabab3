"use client";
// The bar above a back-office list for acting on many records at once. The rows' checkboxes
// belong to this form through their `form` attribute, so the selection works without JavaScript;
// with it, the bar counts what is ticked and ticks a whole page. "All that match the filter" sends
// the filter, never the ids: the server reads the records itself.
import { useActionState, useEffect, useState } from "react";
import type { BulkState } from "@/lib/bulk/state";

export const BULK_FORM = "bulk-form";

type Option = { value: string; label: string };

type Props = {
  action: (state: BulkState, form: FormData) => Promise<BulkState>;
  list: string;
  filter: Record<string, string | undefined>;
  actions: Option[];
  assignees?: Option[];
  labels: {
    legend: string;
    pageAll: string;
    ticked: string;
    matching: string;
    action: string;
    choose: string;
    assignee: string;
    nobody: string;
    submit: string;
  };
  messages: Record<string, string>;
};

function tickedBoxes(): HTMLInputElement[] {
  return Array.from(document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name=keys][form=${BULK_FORM}]`));
}

export function BulkBar({ action, list, filter, actions, assignees, labels, messages }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const [ticked, setTicked] = useState(0);
  const [scope, setScope] = useState<"selected" | "filter">("selected");
  const [chosen, setChosen] = useState("");
  useEffect(() => {
    const count = () => setTicked(tickedBoxes().filter((box) => box.checked).length);
    count();
    document.addEventListener("change", count);
    return () => document.removeEventListener("change", count);
  }, []);
  const tickPage = (checked: boolean) => {
    for (const box of tickedBoxes()) box.checked = checked;
    setTicked(checked ? tickedBoxes().length : 0);
  };
  return (
    <form id={BULK_FORM} action={formAction} className="card bulk-bar" aria-labelledby="bulk-legend">
      <h2 id="bulk-legend" className="bulk-bar__title">
        {labels.legend}
      </h2>
      <input type="hidden" name="list" value={list} />
      {Object.entries(filter).map(([key, value]) =>
        value ? <input key={key} type="hidden" name={`filter.${key}`} value={value} /> : null,
      )}
      <div className="bulk-bar__row">
        <label className="checkbox">
          <input type="checkbox" onChange={(e) => tickPage(e.currentTarget.checked)} />
          {labels.pageAll}
        </label>
      </div>
      <fieldset className="bulk-bar__row">
        <legend className="visually-hidden">{labels.legend}</legend>
        <label className="checkbox">
          <input
            type="radio"
            name="scope"
            value="selected"
            checked={scope === "selected"}
            onChange={() => setScope("selected")}
          />
          {labels.ticked.replace("{count}", String(ticked))}
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name="scope"
            value="filter"
            checked={scope === "filter"}
            onChange={() => setScope("filter")}
          />
          {labels.matching}
        </label>
      </fieldset>
      <div className="bulk-bar__row">
        <div className="field">
          <label htmlFor="bulk-action">{labels.action}</label>
          <select
            id="bulk-action"
            name="action"
            className="input"
            value={chosen}
            onChange={(e) => setChosen(e.target.value)}
          >
            <option value="">{labels.choose}</option>
            {actions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        {assignees && chosen === "assign" ? (
          <div className="field">
            <label htmlFor="bulk-assignee">{labels.assignee}</label>
            <select id="bulk-assignee" name="assigneeId" className="input" defaultValue="">
              <option value="">{labels.nobody}</option>
              {assignees.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <button className="button" type="submit" disabled={pending} aria-busy={pending}>
          {labels.submit}
        </button>
      </div>
      {state.status === "failed" ? (
        <p className="error-summary" role="alert">
          {messages[state.message ?? "invalid"] ?? messages.invalid}
        </p>
      ) : null}
    </form>
  );
}

/** A row's checkbox: part of the bar's form wherever the row stands in the page. */
export function RowCheck({ value, label }: { value: string; label: string }) {
  return (
    <td className="bulk-check">
      <input type="checkbox" name="keys" value={value} form={BULK_FORM} aria-label={label} />
    </td>
  );
}
