import { describe, expect, it } from "vitest";
import { returnAddress, returnWithChoice } from "./return-to";

describe("the address a form returns to", () => {
  it("accepts only back-office offer forms", () => {
    expect(returnAddress("/admin/offers/abc-123")).toBe("/admin/offers/abc-123");
    expect(returnAddress("/admin/offers/new?organizationId=o1")).toBe("/admin/offers/new?organizationId=o1");
    for (const elsewhere of [
      "https://evil.example/admin/offers/x",
      "//evil.example",
      "/admin/users/1",
      "/admin/offers/x?next=//evil",
      7,
      null,
    ])
      expect(returnAddress(elsewhere)).toBeNull();
  });

  it("names the record just created as the choice to add", () => {
    expect(returnWithChoice("/admin/offers/abc", "locations", "l1")).toBe("/admin/offers/abc?choose=locations%3Al1");
    expect(returnWithChoice("/admin/offers/new?organizationId=o1", "locations", "l1")).toBe(
      "/admin/offers/new?organizationId=o1&choose=locations%3Al1",
    );
  });
});
