// What one audit entry changed, field by field, in the words of lib/audit/describe: the same list on
// the audit page, in a record's history and in a restore's preview.
import type { ShownChange } from "@/lib/audit/describe";

export function ChangeList({ changes, arrow = "→" }: { changes: readonly ShownChange[]; arrow?: string }) {
  return (
    <dl className="change-list">
      {changes.map((change) => (
        <div key={change.field}>
          <dt>{change.label}</dt>
          <dd className="pre-wrap">
            {change.before} {arrow} {change.after}
          </dd>
        </div>
      ))}
    </dl>
  );
}
