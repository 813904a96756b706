// Apply patches/ with patch-package, a devDependency. A production install
// (`npm ci --omit=dev`) has neither patch-package nor the patched client packages: nothing to do.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("node_modules/patch-package")) {
  console.log("postinstall: production install (no patch-package), no patches to apply");
} else {
  const r = spawnSync(process.execPath, ["node_modules/patch-package/index.js"], { stdio: "inherit" });
  process.exitCode = r.status ?? 1;
}
