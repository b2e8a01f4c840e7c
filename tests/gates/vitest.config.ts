/**
 * The standing quality gates (authorization, hostile input, concurrency) against a real
 * database. Files run one at a time: the gates compare whole-database snapshots before and
 * after refused calls, which another file writing at the same moment would spoil.
 *   npm test -- --config tests/gates/vitest.config.ts [tests/gates/<file>]
 */
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "../..");

export default defineConfig({
  root,
  resolve: { alias: { "@": root, "server-only": path.resolve(root, "node_modules/server-only/empty.js") } },
  test: {
    include: ["tests/gates/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/integration/setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
