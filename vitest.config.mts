import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts") };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/support/database.ts"],
          // Signed links (sessions, shared network views) need a secret, as in production.
          env: { NEXTAUTH_SECRET: "integration-tests-only-secret-0123456789" },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file owns a fresh database; two at a time suits two cores.
          maxWorkers: 2,
          // Runs after the unit tests, which may use every core.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
