import { defineConfig } from "vitest/config";
import { testProjects } from "./tests/projects";

// Three projects (see tests/projects.ts for how a file is sorted): `npm test -- --project unit` runs the pure
// TypeScript tests in seconds without building; `npm test` runs all three.
const projects = testProjects(import.meta.dirname);

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The Lua runtimes are CPU-heavy; two workers match the 2-core machines CI runs on.
    maxWorkers: 2,
    projects: (["unit", "lua", "e2e"] as const).map((name) => ({
      extends: true,
      test: { name, include: projects[name] },
    })),
  },
});
