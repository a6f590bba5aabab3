"use server";
import { headers } from "next/headers";
import { currentActor } from "@/lib/auth/session";
import { clientAddress } from "@/lib/http/client-address";
import type { FormState } from "@/lib/forms/state";
import { createInquiry } from "@/lib/inquiries/create";
import { inquiryFromForm } from "@/lib/inquiries/schema";

export async function sendInquiry(_previous: FormState, form: FormData): Promise<FormState> {
  const input = inquiryFromForm(form);
  const values = Object.fromEntries(
    Object.entries(input).filter((entry): entry is [string, string | string[]] => typeof entry[1] === "string" || Array.isArray(entry[1])),
  );
  const result = await createInquiry(input, {
    ip: clientAddress(await headers()),
    honeypot: (form.get("website") as string | null) ?? undefined,
    actor: await currentActor(),
  });
  if (result.ok) return { status: "saved" };
  // What was typed goes back, so that nothing is lost when the page is rendered again without JavaScript.
  return { status: "failed", fieldErrors: result.fieldErrors, message: result.formError, values };
}
