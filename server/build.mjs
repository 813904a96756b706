// Compile the server to plain JavaScript for production: `npm run build:server` writes server/dist/.
// Every npm package stays an import resolved from node_modules at run time; only our own code
// (server/src and the @jigsaw/shared workspace, which ships TypeScript) is bundled.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));

/** Bundle @jigsaw/* (TypeScript sources); leave every other bare import to node_modules. */
const externalPackages = {
  name: "external-packages",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("@jigsaw/")) return undefined;
      return { path: args.path, external: true };
    });
  },
};

await build({
  absWorkingDir: here,
  entryPoints: {
    main: "src/main.ts",
    // forked by export/exportJobs.ts from beside the bundle
    exportWorker: "src/export/exportWorker.ts",
    // worker threads, started by utils/workerThread.ts from beside the bundle
    "logMerge.worker": "src/collaboration/logMerge.worker.ts",
    "docWriter.worker": "src/storage/embedded/docWriter.worker.ts",
    "walCheckpoint.worker": "src/storage/embedded/walCheckpoint.worker.ts",
    "vacuumInto.worker": "src/storage/embedded/vacuumInto.worker.ts",
    // the operator's data tool: `node server/dist/data.js backup`
    data: "src/cli/data.ts",
    // checks an agreed JSON export against its recorded hash: `node server/dist/verifyAgreement.js plan.json`
    verifyAgreement: "src/cli/verifyAgreement.ts",
  },
  outdir: "dist",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  legalComments: "none",
  logLevel: "warning",
  plugins: [externalPackages],
});
