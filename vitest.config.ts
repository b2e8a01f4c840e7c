import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Two projects: `unit` (tests/unit, pure logic: no database, DATABASE_URL is blanked so a test
 * that reaches for one fails at once) and `integration` (tests/integration, against the fresh
 * database scripts/test.ts makes). `npm test` runs both; `npm run test:unit` only `unit`.
 */
export default defineConfig({
  // "server-only" throws outside a React Server environment; under Vitest it is the empty module.
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Files run in parallel against one database; each test makes its own data.
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], env: { DATABASE_URL: "" } },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          setupFiles: ["tests/integration/setup.ts"],
        },
      },
    ],
  },
});
