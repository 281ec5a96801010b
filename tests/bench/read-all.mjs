// The CLI's floor: walk the folder as the CLI does and read every .md file, doing nothing else.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

let bytes = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.toLowerCase().endsWith(".md")) bytes += readFileSync(full, "utf8").length;
  }
};
walk(process.argv[2]);
process.stdout.write(`${bytes}\n`);
