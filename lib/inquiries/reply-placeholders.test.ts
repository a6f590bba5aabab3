import { describe, expect, it } from "vitest";
import { fillReply } from "./reply-placeholders";

const values = { name: "Frau Yilmaz", institution: "Kita Sonnenhügel", programmes: "Griffbereit, Rucksack KiTa", district: "Haaren" };

describe("reply templates", () => {
  it("put the asker's name, institution, programmes and district where the template names them", () => {
    expect(fillReply("Guten Tag {name},\ndanke für die Anfrage der {institution} ({district}) zu {programmes}.", values)).toBe(
      "Guten Tag Frau Yilmaz,\ndanke für die Anfrage der Kita Sonnenhügel (Haaren) zu Griffbereit, Rucksack KiTa.",
    );
  });

  it("leave an unknown placeholder as written, and every known one each time it appears", () => {
    expect(fillReply("{nmae} {name} {name}", values)).toBe("{nmae} Frau Yilmaz Frau Yilmaz");
  });
});
