// Without a machine translation provider everything works for human translators: nothing is
// queued when German text is saved, and a bulk job cannot be started.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { createOffer } from "@/lib/offers/editing";
import { machineTranslationEnabled } from "@/lib/translations/machine/configured";
import { enqueueBulkTranslation } from "@/lib/translations/jobs/queue";
import { seedReferenceAndProgrammes } from "@/tests/support/seed";

let coordinator: Actor;

beforeAll(async () => {
  delete process.env.MT_PROVIDER;
  await seedReferenceAndProgrammes();
  const user = await db.user.create({ data: { email: "ohne-mt@example.org", name: "K", role: "coordinator" } });
  coordinator = { id: user.id, role: "coordinator", organizationId: null };
});

describe("without a provider", () => {
  it("saves German text and queues nothing", async () => {
    const org = await db.organization.create({ data: { slug: "ohne-mt", name: "Ohne MT", type: "migrant_organisation" } });
    const saved = await createOffer(
      { organizationId: org.id, status: "draft", translations: { de: { title: "Kurs", summary: "Kurz." }, fa: { title: "دوره", summary: "کوتاه" } } },
      coordinator,
    );
    expect(saved.ok).toBe(true);
    expect(machineTranslationEnabled()).toBe(false);
    expect(await db.translationJob.count()).toBe(0);
    expect(await db.offerTranslation.count({ where: { locale: "fa" } })).toBe(1);
  });

  it("refuses a bulk job with a reason", async () => {
    expect(await enqueueBulkTranslation("fa", "missing", coordinator)).toEqual({ ok: false, formError: "noProvider" });
  });
});
