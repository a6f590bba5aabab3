// The reference data (districts, taxonomy) and the programmes that most integration tests start from,
// in one transaction with room for a slow machine.
import { db } from "@/lib/db";
import { seedProgrammes, seedReference } from "@/prisma/seed/reference";

export async function seedReferenceAndProgrammes(): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await seedReference(tx);
      await seedProgrammes(tx);
    },
    { timeout: 60_000 },
  );
}

/** The reference data alone, with the same room. */
export async function seedReferenceOnly(): Promise<void> {
  await db.$transaction((tx) => seedReference(tx), { timeout: 60_000 });
}
