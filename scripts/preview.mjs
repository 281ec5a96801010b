// npm run preview: builds dist/preview/index.html, a self-contained page with the real view
// over the example vault (see preview/main.ts). Open it in any browser.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import esbuild from "esbuild";
import { yamlCstOnly } from "./esbuild/yaml-cst-plugin.mjs";
import { vaultFiles } from "./vault-files.mjs";

const result = await esbuild.build({
  entryPoints: ["preview/main.ts"],
  bundle: true,
  platform: "browser",
  format: "iife",
  target: "es2022",
  write: false,
  minify: true,
  charset: "utf8",
  logLevel: "error",
  // The same yaml as main.js (its CST parser only), so the browser tests' Done and Snooze edit
  // frontmatter through the code that ships.
  alias: { obsidian: "./tests/fakes/obsidian/index.ts" },
  plugins: [yamlCstOnly],
  define: {
    PREVIEW_VAULT: JSON.stringify(vaultFiles("examples/vault")),
    PREVIEW_NOW: String(new Date(2026, 2, 12, 9, 0).getTime()),
  },
});
const css = ["preview/obsidian-theme.css", "styles.css", "preview/preview.css"]
  .map((f) => readFileSync(f, "utf8"))
  .join("\n");
// The script is inlined: "</script" inside it would end the tag early.
const js = result.outputFiles[0].text.replace(/<\/script/gi, "<\\/script");
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Job Search Journal: preview</title>
<style>${css}</style>
</head>
<body>
<script>${js}</script>
</body>
</html>
`;
mkdirSync("dist/preview", { recursive: true });
writeFileSync("dist/preview/index.html", html);
console.log(`dist/preview/index.html (${(html.length / 1024).toFixed(0)} KB)`);
