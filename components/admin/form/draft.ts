"use client";
// What was typed into a form, kept in the tab's session storage while the user creates something the
// form needs (a location for an offer), and brought back when they return. The return address may
// name a choice to add, e.g. ?choose=locations:<id> for the location just created.
import { formValues, type FormValues } from "@/lib/forms/values";

const keyOf = (path: string) => `wegweiser:draft:${path}`;

export function keepDraft(form: HTMLFormElement) {
  // A password is typed again, never stored.
  const values = Object.fromEntries(Object.entries(formValues(new FormData(form))).filter(([name]) => name !== "password"));
  sessionStorage.setItem(keyOf(location.pathname), JSON.stringify(values));
}

// The draft is taken out of storage once per page address and held here, so that every render of
// the page sees the same one (a snapshot for useSyncExternalStore) and a reload does not bring it back.
let taken: { address: string; kept: string | null } | null = null;

/** The kept draft and the choice the address names, as one stable string; null when there is none. */
export function draftSnapshot(): string | null {
  const address = location.pathname + location.search;
  if (taken?.address !== address) {
    taken = { address, kept: sessionStorage.getItem(keyOf(location.pathname)) };
    sessionStorage.removeItem(keyOf(location.pathname));
  }
  const choose = new URLSearchParams(location.search).get("choose");
  return taken.kept || choose ? JSON.stringify([taken.kept, choose]) : null;
}

/** After a save the draft has served. */
export function forgetDraft() {
  if (taken) taken.kept = null;
}

export const noDraftOnServer = () => null;
export const unchanging = () => () => {};

/** The form's values with the draft and the chosen value applied. */
export function withDraft(snapshot: string, initial: FormValues): FormValues {
  const [kept, choose] = JSON.parse(snapshot) as [string | null, string | null];
  let values: FormValues = initial;
  try {
    if (kept) values = JSON.parse(kept) as FormValues;
  } catch {
    // A damaged draft is dropped; the form starts from the record.
  }
  const [name, value] = (choose ?? "").split(":");
  if (name && value) values = { ...values, [name]: [...new Set([...[values[name] ?? []].flat(), value])] };
  return values;
}
