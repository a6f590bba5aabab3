// Where a form sends the user back to after it created what another form needed (a location for
// the offer being edited). Only an offer form of the back office qualifies, so that the address
// cannot send anyone elsewhere.
const offerForm = /^\/admin\/offers\/(new|[A-Za-z0-9_-]+)(\?organizationId=[A-Za-z0-9_-]+)?$/;

export function returnAddress(value: unknown): string | null {
  return typeof value === "string" && offerForm.test(value) ? value : null;
}

/** The return address with the record just created chosen in the field it belongs to. */
export function returnWithChoice(address: string, field: string, id: string): string {
  return `${address}${address.includes("?") ? "&" : "?"}choose=${encodeURIComponent(`${field}:${id}`)}`;
}
