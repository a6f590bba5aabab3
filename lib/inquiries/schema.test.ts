import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../mutation/errors";
import { inquirySchema } from "./schema";

const valid = {
  institutionName: "Kita Regenbogen",
  institutionType: "kita",
  district: "haaren",
  contactName: "Leitung der Kita",
  email: "leitung@kita.example.org",
  phone: "",
  programmes: ["griffbereit"],
  message: "Wir möchten eine Griffbereit-Gruppe anbieten.",
  consent: "on",
};

describe("inquirySchema", () => {
  it("accepts a complete inquiry and drops an empty phone", () => {
    const parsed = inquirySchema.parse(valid);
    expect(parsed.phone).toBeUndefined();
    expect(parsed.consent).toBe(true);
    expect(parsed.locale).toBe("de");
  });

  it("names every bad field with a message key", () => {
    const result = inquirySchema.safeParse({
      ...valid,
      institutionName: " ",
      institutionType: "castle",
      email: "not-an-address",
      phone: "call me",
      programmes: [],
      message: "Hi",
      consent: undefined,
    });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({
      institutionName: ["required"],
      institutionType: ["choose"],
      email: ["email"],
      phone: ["phone"],
      programmes: ["chooseProgramme"],
      message: ["tooShort"],
      consent: ["consent"],
    });
  });
});
