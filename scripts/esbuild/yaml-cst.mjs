// main.js only edits frontmatter on yaml's CST (src/core/editing/frontmatter-edit.ts); the package's
// index pulls in its document model and stringifier too, about 34 KB of main.js that never run.
// The plugin build resolves "yaml" in src/ to this file (yaml-cst-plugin.mjs), so a new use of any other export is a build
// error ("No matching export"), not a silent size jump. Deep paths bypass the exports map on
// purpose; the yaml version is pinned with "~" in package.json because of it.
export { Parser } from "../../node_modules/yaml/browser/dist/parse/parser.js";
import { stringify } from "../../node_modules/yaml/browser/dist/parse/cst-stringify.js";

export const CST = { stringify };
