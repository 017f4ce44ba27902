import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/*
 * Two tiers. `npm test` runs `offline`: unit, rule and end-to-end tests against the built package,
 * no registry, under a minute on two cores. `npm run test:integration` runs `integration`: what
 * needs the registry or minutes (ESLint version matrix, pre-commit, huge files, sampled rates).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "offline",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/integration/**"],
          // Tests that spawn the ESLint CLI, the bin or git take seconds on a loaded two-core
          // machine: none may depend on vitest's 5 s default.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Vitest's default is one worker per core less one: a single worker on two cores. Much of
          // this tier waits on child processes (ESLint CLI, npm pack, git), so two workers there
          // take the tier from 57 s to 36 s.
          maxWorkers: Math.max(2, availableParallelism() - 1),
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
