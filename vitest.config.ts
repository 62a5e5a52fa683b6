import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The Lua runtimes are CPU-heavy; two workers match the 2-core machines CI runs on.
    maxWorkers: 2,
  },
});
