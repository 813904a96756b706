import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

const NO_IO_IN_SHARED = [
  { group: ["node:*", "fs", "path", "http", "net", "crypto", "child_process"], message: "shared/ is pure: no Node I/O modules." },
  { group: ["express", "mongoose", "better-sqlite3", "socket.io", "ws", "pino", "redis"], message: "shared/ is pure: no server libraries." },
  { group: ["react", "react-dom", "@tiptap/*", "y-websocket", "y-indexeddb", "socket.io-client"], message: "shared/ is pure: no client libraries." },
  { group: ["@jigsaw/server", "@jigsaw/server/*", "@jigsaw/client", "@jigsaw/client/*", "../../server/*", "../../client/*"], message: "shared/ must not import server or client code." },
];

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "data/**", "tests/bench/results/**", "**/*.js", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-non-null-assertion": "off",
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']", message: "No .only in committed tests." },
      ],
    },
  },
  {
    files: ["client/src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    files: ["shared/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: NO_IO_IN_SHARED }] },
  },
  {
    files: ["server/**/*.ts"],
    ignores: ["server/src/storage/mongo/**"],
    rules: {
      "no-console": "error",
      "no-restricted-imports": ["error", { patterns: [{ group: ["mongoose"], message: "Only server/src/storage/mongo may import mongoose." }] }],
    },
  },
  {
    files: ["server/src/storage/mongo/**/*.ts"],
    rules: { "no-console": "error" },
  },
  {
    files: ["tests/**/*.ts", "server/src/**/*.contract.ts", "server/src/**/*.test.ts"],
    rules: { "no-console": "off" },
  },
);
