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

/** Only the Mongo adapter may import mongoose (every server block repeats it: a later block replaces the rule). */
const NO_MONGOOSE = { group: ["mongoose"], message: "Only server/src/storage/mongo may import mongoose." };

/** An import of server/src/<folder> from anywhere inside server/src (relative specifiers). */
function layer(folder, message) {
  return { regex: `^(\\.\\./)+${folder}(/|$)`, message };
}

const NO_ROUTES = layer("routes", "Only the composition root (app.ts) reaches routes/: move what you need to queries/ or commands/.");
const NO_STORAGE_ADAPTERS = layer("storage/(embedded|mongo)", "Use the storage port (storage/types.ts, Services.storage), never an adapter directly.");
const NO_SUBSCRIBERS = layer("subscribers", "Subscribers react to domain events; emit an event instead of calling one.");

/**
 * The server's layering (docs/architecture.md): routes → commands/queries →
 * domain → storage port. Reactions live in subscribers/, which the composition
 * root (services/buildServices.ts) starts. Each entry: which files, and what
 * they may not import.
 */
const SERVER_LAYERS = [
  {
    files: ["server/src/commands/**/*.ts"],
    patterns: [
      NO_ROUTES,
      NO_SUBSCRIBERS,
      NO_STORAGE_ADAPTERS,
      layer("realtime", "Commands never push to sockets: emit a domain event (services/events.ts); the socketPush subscriber publishes it."),
      { group: ["socket.io"], message: "Commands never push to sockets: emit a domain event; the socketPush subscriber publishes it." },
      layer("collaboration", "Commands reach a plan's document through Services.planDocs (services/planDocGateway.ts)."),
      layer("mail/(mailer|digestSchedule)", "Commands send mail through Services.mailer or a subscriber."),
    ],
  },
  {
    files: ["server/src/queries/**/*.ts"],
    patterns: [
      NO_ROUTES,
      NO_SUBSCRIBERS,
      NO_STORAGE_ADAPTERS,
      layer("commands", "Queries only read: move shared rules to domain/."),
      layer("realtime", "Queries only read: no socket publishing."),
    ],
  },
  {
    files: ["server/src/subscribers/**/*.ts"],
    patterns: [NO_ROUTES, NO_STORAGE_ADAPTERS],
  },
  {
    files: ["server/src/presenters/**/*.ts"],
    patterns: [
      NO_ROUTES,
      NO_STORAGE_ADAPTERS,
      layer("policies", "Presenters never decide who may do what: take the abilities (policies/) from the caller."),
      layer("(commands|queries|subscribers|realtime|collaboration)", "Presenters only map records to API shapes."),
    ],
  },
  {
    files: ["server/src/policies/**/*.ts"],
    patterns: [
      NO_ROUTES,
      NO_STORAGE_ADAPTERS,
      layer("(commands|queries|subscribers|presenters|realtime|collaboration|services)", "Policies are pure rules over records: no I/O, no other layers."),
    ],
  },
  {
    files: ["server/src/domain/**/*.ts"],
    patterns: [
      NO_ROUTES,
      NO_STORAGE_ADAPTERS,
      layer("(commands|queries|subscribers|presenters|policies|realtime|collaboration|services|middlewares)", "domain/ holds records and rules; only the storage port and shared/ sit below it."),
    ],
  },
  {
    files: ["server/src/collaboration/**/*.ts", "server/src/realtime/**/*.ts"],
    ignores: ["server/src/**/*.test.ts", "server/src/collaboration/sharedDocTestKit.ts"],
    patterns: [NO_ROUTES, NO_SUBSCRIBERS, NO_STORAGE_ADAPTERS, layer("commands", "The sync and socket endpoints do not run commands; commands reach them through domain events and the plan document gateway.")],
  },
  {
    files: ["server/src/routes/**/*.ts", "server/src/export/**/*.ts", "server/src/mail/**/*.ts", "server/src/middlewares/**/*.ts"],
    patterns: [NO_SUBSCRIBERS, NO_STORAGE_ADAPTERS, layer("realtime", "Push to sockets through a domain event (the socketPush subscriber)."), layer("collaboration/(?!collabApi)", "Reach plan documents through Services.planDocs.")],
  },
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
      "no-restricted-imports": ["error", { patterns: [NO_MONGOOSE] }],
    },
  },
  {
    files: ["server/src/storage/mongo/**/*.ts"],
    rules: { "no-console": "error" },
  },
  ...SERVER_LAYERS.map(({ files, ignores, patterns }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: { "no-restricted-imports": ["error", { patterns: [NO_MONGOOSE, ...patterns] }] },
  })),
  {
    files: ["tests/**/*.ts", "server/src/**/*.contract.ts", "server/src/**/*.test.ts"],
    rules: { "no-console": "off" },
  },
);
