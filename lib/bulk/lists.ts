// The back-office lists that offer bulk actions, and which actions each offers. Shared by the
// pages (what the bar shows), the server (what it accepts) and the report (how it names things).
export const bulkLists = ["offers", "organisations", "review", "inquiries"] as const;
export type BulkList = (typeof bulkLists)[number];

export const bulkActions = ["publish", "archive", "verify", "assign", "translate"] as const;
export type BulkAction = (typeof bulkActions)[number];

/** The kinds of record a selection holds; the review queue mixes organisations and offers. */
export type BulkKind = "offer" | "organisation" | "inquiry";

export const actionsOf: Record<BulkList, readonly BulkAction[]> = {
  offers: ["publish", "archive", "verify", "translate"],
  organisations: ["publish", "archive", "verify", "translate"],
  review: ["verify", "archive"],
  inquiries: ["assign"],
};

export const kindsOf: Record<BulkList, readonly BulkKind[]> = {
  offers: ["offer"],
  organisations: ["organisation"],
  review: ["organisation", "offer"],
  inquiries: ["inquiry"],
};

/**
 * Who may see a list may act on it in bulk: the same permission its page asks for. Without it a
 * job is refused whole, so that its summary never names records the actor may not read.
 */
export const listPermission = {
  offers: "offer.read",
  organisations: "organisation.update",
  review: "review.read",
  inquiries: "inquiry.read",
} as const satisfies Record<BulkList, string>;

/** Where a list lives, to go back to it from a job's page. */
export const listPath: Record<BulkList, string> = {
  offers: "/admin/offers",
  organisations: "/admin/organisations",
  review: "/admin/review",
  inquiries: "/admin/inquiries",
};

/** "offer:<id>": a selected record, as a checkbox's value and a job's cursor. */
export function recordKey(kind: BulkKind, id: string): string {
  return `${kind}:${id}`;
}

export function parseRecordKey(key: string): { kind: BulkKind; id: string } | null {
  const at = key.indexOf(":");
  const kind = key.slice(0, at);
  const id = key.slice(at + 1);
  if (at < 1 || !id || (kind !== "offer" && kind !== "organisation" && kind !== "inquiry")) return null;
  return { kind, id };
}
