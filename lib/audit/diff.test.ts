import { describe, expect, it } from "vitest";
import { changedFields } from "./diff";

describe("changedFields", () => {
  it("lists only the fields whose value differs, in the order of the snapshot", () => {
    const before = { name: "Verein", email: "", status: "draft", website: null };
    const after = { name: "Verein e. V.", email: "", status: "published", website: null };
    expect(changedFields(before, after)).toEqual([
      { field: "name", before: "Verein", after: "Verein e. V." },
      { field: "status", before: "draft", after: "published" },
    ]);
  });

  it("shows every field of a created record, and every field of a removed one", () => {
    expect(changedFields(undefined, { name: "Neu", active: "true" })).toEqual([
      { field: "name", before: undefined, after: "Neu" },
      { field: "active", before: undefined, after: "true" },
    ]);
    expect(changedFields({ body: "Notiz" }, null)).toEqual([{ field: "body", before: "Notiz", after: undefined }]);
  });

  it("counts a field added or dropped as a change, but not a missing field against null", () => {
    expect(changedFields({ a: "1" }, { a: "1", b: "2" })).toEqual([{ field: "b", before: undefined, after: "2" }]);
    expect(changedFields({ a: "1", c: null }, { a: "1" })).toEqual([]);
    expect(changedFields({ "translations.ar.costNote": "", terms: [] }, {})).toEqual([]);
    expect(changedFields({ note: "" }, { note: "Neu" })).toEqual([{ field: "note", before: "", after: "Neu" }]);
  });

  it("compares nested values by content, not by the order of their keys", () => {
    expect(changedFields({ geo: { lat: 50.7, lng: 6.1 } }, { geo: { lng: 6.1, lat: 50.7 } })).toEqual([]);
    expect(changedFields({ tags: ["a", "b"] }, { tags: ["b", "a"] })).toEqual([
      { field: "tags", before: ["a", "b"], after: ["b", "a"] },
    ]);
  });

  it("tells a number from the same digits as text", () => {
    expect(changedFields({ version: 1 }, { version: "1" })).toEqual([{ field: "version", before: 1, after: "1" }]);
  });

  it("has nothing to show when neither side has a snapshot", () => {
    expect(changedFields(null, undefined)).toEqual([]);
  });

  it("keeps a snapshot that is not an object as one field", () => {
    expect(changedFields("alt", "neu")).toEqual([{ field: "value", before: "alt", after: "neu" }]);
  });
});

describe("changedFields on weekly times", () => {
  // Times are stored sorted by day and hour, as the record's form lists them.
  const times = (...rows: Array<[string, string, string]>) =>
    Object.fromEntries(
      rows.flatMap(([weekday, opensAt, closesAt], i) => [
        [`schedules.${i}.weekday`, weekday],
        [`schedules.${i}.opensAt`, opensAt],
        [`schedules.${i}.closesAt`, closesAt],
        [`schedules.${i}.note`, ""],
      ]),
    );

  it("shows one changed weekday as one change, though the sorted rows moved", () => {
    const before = { name: "Sprachcafé", ...times(["2", "10:00", "12:00"], ["3", "09:00", "11:00"]) };
    const after = { name: "Sprachcafé", ...times(["3", "09:00", "11:00"], ["3", "10:00", "12:00"]) };
    expect(changedFields(before, after)).toEqual([{ field: "schedules.0.weekday", before: "2", after: "3" }]);
  });

  it("names an added time by its row after the change and a removed one by its row before", () => {
    const two = times(["1", "10:00", "12:00"], ["4", "15:00", "17:00"]);
    const three = times(["1", "10:00", "12:00"], ["2", "08:00", "09:00"], ["4", "15:00", "17:00"]);
    const added = changedFields(two, three);
    expect(added.map((c) => c.field)).toEqual(["schedules.1.weekday", "schedules.1.opensAt", "schedules.1.closesAt"]);
    expect(added.every((c) => c.before === undefined)).toBe(true);
    const removed = changedFields(three, two);
    expect(removed.map((c) => [c.field, c.before, c.after])).toEqual([
      ["schedules.1.weekday", "2", undefined],
      ["schedules.1.opensAt", "08:00", undefined],
      ["schedules.1.closesAt", "09:00", undefined],
    ]);
  });

  it("pairs a changed time with the row it shares most with", () => {
    const before = times(["1", "10:00", "12:00"], ["5", "14:00", "16:00"]);
    const after = times(["1", "10:00", "12:00"], ["5", "14:00", "17:00"]);
    expect(changedFields(before, after)).toEqual([{ field: "schedules.1.closesAt", before: "16:00", after: "17:00" }]);
    expect(changedFields(before, { ...before })).toEqual([]);
  });
});
