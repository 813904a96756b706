import { defineConfig } from "vitest/config";

/**
 * One `vitest run` covers every workspace: unit tests beside the code in
 * shared/server/client, and cross-process, socket and browser tests in tests/.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "shared",
          root: "./shared",
          include: ["src/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "server",
          root: "./server",
          include: ["src/**/*.test.ts"],
          environment: "node",
          env: { NODE_ENV: "test", LOG_LEVEL: "silent" },
        },
      },
      {
        test: {
          name: "client",
          root: "./client",
          include: ["src/**/*.test.{ts,tsx}"],
          environment: "node",
        },
      },
      {
        test: {
          name: "tests",
          root: "./tests",
          include: ["**/*.test.ts"],
          exclude: ["**/node_modules/**", "bench/**"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ["./setup/globalSetup.ts"],
          env: { NODE_ENV: "test", LOG_LEVEL: "silent" },
          fileParallelism: true,
          maxWorkers: 2,
          // Integration tests run after the unit projects, in their own group.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
