/**
 * Tests that run job workers, alone on a database of their own: a worker takes any job in its
 * database, so it would take (and deliver) the jobs of tests running beside it. Files run one at a
 * time. Other tests deliver a message by calling deliverMessage() themselves.
 *   npm test -- --config tests/jobs/vitest.config.ts [tests/jobs/<file>]
 */
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "../..");

export default defineConfig({
  root,
  resolve: { alias: { "@": root, "server-only": path.resolve(root, "node_modules/server-only/empty.js") } },
  test: {
    include: ["tests/jobs/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/integration/setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
