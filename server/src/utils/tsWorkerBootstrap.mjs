// Development and test entry of a TypeScript worker thread (see workerThread.ts): Node 20 worker
// threads ignore `--import tsx`, so the worker's source (the last argv entry) is imported through tsx.
import { tsImport } from "tsx/esm/api";

await tsImport(process.argv[process.argv.length - 1], import.meta.url);
