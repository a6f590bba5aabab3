"use client";
// What the fields of one back-office form share: the values to show (the record, or what the user
// typed before a refused save), the problems per field, and a label per field for the conflict list.
import { createContext, useContext } from "react";
import type { FieldErrors } from "@/lib/mutation/errors";
import type { FormValues } from "@/lib/forms/values";

export type FormContextValue = {
  values: FormValues;
  errors: FieldErrors;
  labels: Map<string, string>;
  /** changes after every save attempt, so that stateful fields can start again from `values` */
  generation: string;
};

export const FormContext = createContext<FormContextValue>({ values: {}, errors: {}, labels: new Map(), generation: "0" });

export const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;

export function useField(name: string, label?: string) {
  const form = useContext(FormContext);
  if (label) form.labels.set(name, label);
  const value = form.values[name];
  const error = form.errors[name]?.[0];
  return { id: fieldId(name), value, error, generation: form.generation };
}

export function useFormValues() {
  return useContext(FormContext);
}
