import "server-only";
// The dry run of an exchange import, and the plan the import writes: the file's units grouped by
// record and compared with the database. Per record: create (no translation yet), update, unchanged
// or reject, with reasons; empty targets are skipped. A German text changed since the export is
// flagged, not refused: the translation is still worth having, and since it keeps the fingerprint
// of the export it shows as outdated afterwards.
import { translatedFields, type TranslatedKind, type TranslationTarget } from "../status";
import { recordsByIds, requiredFields, type ExchangeRecord, type Reader, type TranslationWrite } from "./records";
import {
  approves,
  exchangeKinds,
  isField,
  sameLanguage,
  type FileUnit,
  type ReadFile,
  type Reason,
  type Texts,
} from "./units";

export type RowAction = "create" | "update" | "unchanged" | "skip" | "reject";

export type ExchangeRow = {
  /** where the record is in the file: its first line or unit */
  ref: string;
  kind: string;
  id: string;
  label: string | null;
  action: RowAction;
  /** the fields whose text changes */
  fields: string[];
  reasons: Reason[];
  /** the German text changed since the file was exported */
  outdated: boolean;
};

export type ExchangeCounts = Record<RowAction, number> & { emptyTargets: number; outdated: number };

export type ExchangePlan = {
  fileErrors: Reason[];
  rows: ExchangeRow[];
  counts: ExchangeCounts;
  writes: Array<TranslationWrite & { label: string; before: ExchangeRecord["stored"] }>;
};

/** Files larger than this many records are refused: the import runs on the request (README). */
export const MAX_EXCHANGE_RECORDS = 500;

type Group = { kind: string; id: string; units: FileUnit[] };

function groupUnits(units: readonly FileUnit[]): Group[] {
  const groups = new Map<string, Group>();
  for (const unit of units) {
    const key = `${unit.kind}\u0000${unit.id}`;
    const group = groups.get(key) ?? { kind: unit.kind, id: unit.id, units: [] };
    group.units.push(unit);
    groups.set(key, group);
  }
  return [...groups.values()];
}

type Decided = Pick<ExchangeRow, "action" | "fields" | "reasons" | "outdated"> & {
  write?: ExchangePlan["writes"][number];
};
const reject = (...reasons: Reason[]): Decided => ({ action: "reject", fields: [], reasons, outdated: false });

/** One record of the file against the database. */
function decide(group: Group, record: ExchangeRecord | undefined, locale: TranslationTarget, now: Date): Decided {
  const { units } = group;
  const fieldProblems = units.filter((u) => !isField(u.kind, u.field));
  if (fieldProblems.length)
    return reject(
      ...fieldProblems.map((u) => ({
        key: "unknownUnit",
        params: { unit: u.ref, kind: u.kind || "–", field: u.field || "–" },
      })),
    );
  const foreign = units.find((u) => u.language !== null && !sameLanguage(u.language, locale));
  if (foreign) return reject({ key: "wrongLanguage", params: { language: foreign.language ?? "–", expected: locale } });
  if (!record) return reject({ key: "unknownId", params: { id: group.id } });
  const fields = units.map((u) => u.field);
  const twice = fields.find((field, i) => fields.indexOf(field) !== i);
  if (twice) return reject({ key: "duplicateField", params: { field: twice } });
  if (units.some((u) => u.markup)) return reject({ key: "markup" });
  const hashes = new Set(units.map((u) => u.sourceHash));
  const fileHash = [...hashes][0] ?? null;
  if (hashes.size !== 1 || !fileHash) return reject({ key: "noSourceHash" });

  const kind = record.kind;
  const filled = units.filter((u) => u.target.trim() !== "");
  const outdated = fileHash !== record.sourceHash;
  const reasons: Reason[] = outdated ? [{ key: "germanChanged" }] : [];
  const skipped = units.length - filled.length;
  if (skipped) reasons.push({ key: "emptyTargets", params: { count: skipped } });
  if (filled.length === 0) return { action: "skip", fields: [], reasons, outdated };

  const stored = record.stored;
  const texts: Texts = { ...(stored?.texts ?? Object.fromEntries(translatedFields[kind].map((f) => [f, null]))) };
  const changed: string[] = [];
  for (const unit of filled) {
    const text = unit.target.trim();
    if ((texts[unit.field] ?? "") !== text) changed.push(unit.field);
    texts[unit.field] = text;
  }
  // Approving an unchanged text makes it reviewed, from the German text the file carries. Unchanged
  // and not approved, or already reviewed from that very text, it is left as it is: exporting and
  // importing the same file changes nothing.
  const approved = filled.some((u) => approves(u.state));
  const reviewedFrom = stored?.status === "reviewed" ? (stored.sourceHash ?? record.sourceHash) : null;
  const reviews = approved && reviewedFrom !== fileHash;
  if (changed.length === 0 && !reviews) return { action: "unchanged", fields: [], reasons, outdated };
  if (!stored) {
    const lacking = requiredFields[kind].filter((field) => !(texts[field] ?? "").trim());
    if (lacking.length) return reject({ key: "incomplete", params: { fields: lacking.join(", ") } });
  }
  return {
    action: stored ? "update" : "create",
    fields: changed,
    reasons,
    outdated,
    write: { kind, id: record.id, label: record.label, texts, sourceHash: fileHash, translatedAt: now, before: stored },
  };
}

const emptyCounts = (): ExchangeCounts => ({
  create: 0,
  update: 0,
  unchanged: 0,
  skip: 0,
  reject: 0,
  emptyTargets: 0,
  outdated: 0,
});

/** Compares a read file with the database, reading only (the same plan is the dry run and the import's). */
export async function planExchange(
  tx: Reader,
  file: ReadFile,
  locale: TranslationTarget,
  now = new Date(),
): Promise<ExchangePlan> {
  const fileErrors = [...file.fileErrors];
  if (file.language !== null && !sameLanguage(file.language, locale))
    fileErrors.push({ key: "wrongLanguage", params: { language: file.language || "–", expected: locale } });
  if (fileErrors.length === 0 && file.units.length === 0) fileErrors.push({ key: "noUnits" });
  const groups = groupUnits(file.units);
  if (groups.length > MAX_EXCHANGE_RECORDS)
    fileErrors.push({ key: "tooManyRecords", params: { max: MAX_EXCHANGE_RECORDS, count: groups.length } });
  if (fileErrors.length) return { fileErrors, rows: [], counts: emptyCounts(), writes: [] };

  const found = new Map<string, Map<string, ExchangeRecord>>();
  for (const kind of exchangeKinds) {
    const ids = [...new Set(groups.filter((g) => g.kind === kind && g.id).map((g) => g.id))];
    found.set(kind, ids.length ? await recordsByIds(tx, kind as TranslatedKind, locale, ids) : new Map());
  }
  const counts = emptyCounts();
  const rows: ExchangeRow[] = [];
  const writes: ExchangePlan["writes"] = [];
  for (const group of groups) {
    const record = found.get(group.kind)?.get(group.id);
    const decided = decide(group, record, locale, now);
    counts[decided.action]++;
    counts.emptyTargets += group.units.filter((u) => u.target.trim() === "").length;
    if (decided.outdated && decided.action !== "reject") counts.outdated++;
    if (decided.write) writes.push(decided.write);
    rows.push({
      ref: group.units[0]!.ref,
      kind: group.kind,
      id: group.id,
      label: record?.label ?? null,
      action: decided.action,
      fields: decided.fields,
      reasons: decided.reasons,
      outdated: decided.outdated,
    });
  }
  return { fileErrors, rows, counts, writes };
}
