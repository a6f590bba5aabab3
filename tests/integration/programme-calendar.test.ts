// A programme's calendar feed carries the weekly times of its published offers and of its current
// groups, sub-programmes included, and nothing that is unpublished or has ended.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { programmeCalendar } from "@/lib/programmes/calendar";
import { seedReferenceAndProgrammes } from "@/tests/support/seed";

const weekly = (weekday: number) => ({ weekday, opensAt: "09:30", closesAt: "11:00", interval: 1 });

beforeAll(async () => {
  await seedReferenceAndProgrammes();
  const griffbereit = await db.programme.findUniqueOrThrow({ where: { slug: "griffbereit" } });
  const org = await db.organization.create({ data: { slug: "fz-nord", name: "Familienzentrum Nord", type: "family_centre" } });
  const location = await db.location.create({ data: { organizationId: org.id, street: "Nordstraße 1", postcode: "52070", latitude: 50.79, longitude: 6.09 } });
  const offer = (slug: string, status: "published" | "draft", weekday: number) =>
    db.offer.create({
      data: {
        slug,
        status,
        organizationId: org.id,
        programmeId: griffbereit.id,
        translations: { create: [{ locale: "de", title: `Griffbereit ${slug}`, summary: "Eltern und Kinder" }, { locale: "ar", title: `غريفبرايت ${slug}`, summary: "الأهل والأطفال" }] },
        schedules: { create: [weekly(weekday)] },
      },
    });
  await offer("montag", "published", 1);
  await offer("entwurf", "draft", 2);
  await db.participation.create({
    data: { programmeId: griffbereit.id, organizationId: org.id, locationId: location.id, role: "host_site", schedules: { create: [weekly(4)] } },
  });
  await db.participation.create({
    data: { programmeId: griffbereit.id, organizationId: org.id, role: "host_site", until: new Date("2020-07-31"), schedules: { create: [weekly(5)] } },
  });
});

describe("programme calendar feed", () => {
  it("holds published offers and current groups of the programme and its sub-programmes", async () => {
    const feed = await programmeCalendar("ifkuf", "de", "https://wegweiser.example", new Date("2026-11-25T10:00:00Z"));
    const body = feed!.body;
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(body).toContain("SUMMARY:Griffbereit montag");
    expect(body).toContain("RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO");
    expect(body).toContain("SUMMARY:Griffbereit – Familienzentrum Nord");
    expect(body).toContain("BYDAY=TH");
    expect(body).not.toContain("entwurf");
    expect(body).not.toContain("BYDAY=FR");
    expect(body).toContain("DTSTART;TZID=Europe/Berlin");
  });

  it("speaks the reader's language and is absent for unknown programmes", async () => {
    expect((await programmeCalendar("griffbereit", "ar", "https://wegweiser.example"))!.body).toContain("غريفبرايت montag");
    expect(await programmeCalendar("gibt-es-nicht", "de", "https://wegweiser.example")).toBeNull();
  });
});
