"use server";
import { headers } from "next/headers";
import { currentActor } from "@/lib/auth/session";
import { clientAddress } from "@/lib/http/client-address";
import { createInquiry } from "@/lib/inquiries/create";
import { inquiryFromForm } from "@/lib/inquiries/schema";

export type InquiryFormState = {
  status: "idle" | "sent" | "invalid" | "error";
  fieldErrors: Record<string, string[]>;
  formError?: string;
  /** what was typed, so that nothing is lost when the page is rendered again without JavaScript */
  values: Record<string, string | string[]>;
};

export async function sendInquiry(_previous: InquiryFormState, form: FormData): Promise<InquiryFormState> {
  const input = inquiryFromForm(form);
  const values = Object.fromEntries(
    Object.entries(input).filter((entry): entry is [string, string | string[]] => typeof entry[1] === "string" || Array.isArray(entry[1])),
  );
  const result = await createInquiry(input, {
    ip: clientAddress(await headers()),
    honeypot: (form.get("website") as string | null) ?? undefined,
    actor: await currentActor(),
  });
  if (result.ok) return { status: "sent", fieldErrors: {}, values: {} };
  return {
    status: result.formError ? "error" : "invalid",
    fieldErrors: result.fieldErrors,
    formError: result.formError,
    values,
  };
}
