// What every record form takes from its page; each form adds the choices it offers.
import type { FormState } from "@/lib/forms/state";
import type { FormValues } from "@/lib/forms/values";
import type { AdminLocale } from "@/lib/i18n/admin-locale";

export type EntityFormProps = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  initial: FormValues;
  /** the record being edited; absent when creating one */
  record?: { id: string; version: number };
  /** extra hidden fields, e.g. the organisation a new location belongs to */
  hidden?: Record<string, string>;
};

export type RecordFormProps = EntityFormProps & { locale: AdminLocale };

export type Choice = { id: string; name: string };

/** A record loaded for editing, as its form takes it: the values, and the id and version a save sends back. */
export function editing({ record, values }: { record: { id: string; version: number }; values: FormValues }) {
  return { initial: values, record: { id: record.id, version: record.version } };
}
