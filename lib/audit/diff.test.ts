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
