// A vault folder as { "vault/relative/path.md": text }, dot-folders skipped: the preview page
// embeds the example vault this way, and the plugin tests load it the same way.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export function vaultFiles(root) {
  const files = {};
  const walk = (dir, prefix) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".")) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
      else files[`${prefix}${name}`] = readFileSync(full, "utf8");
    }
  };
  walk(root, "");
  return files;
}
