import fs from "node:fs";

/**
 * Flush `from` to disk, then rename it to `to`: a reader of `to` finds the whole file or the
 * previous one, never a part (the write-to-temporary-then-rename pattern of backups, restores and dumps).
 */
export function durableRename(from: string, to: string): void {
  const fd = fs.openSync(from, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(from, to);
}
