// npm run size: what main.js is made of, by package and by source file (bytes in the minified output).
import esbuild from "esbuild";
import { pluginOptions } from "./esbuild/options.mjs";
const r = await esbuild.build({ ...pluginOptions(true), write: false, metafile: true, logLevel: "error" });
const out = Object.values(r.metafile.outputs)[0];
const groups = {};
for (const [path, info] of Object.entries(out.inputs)) {
  const g = path.startsWith("node_modules/")
    ? path
        .split("/")
        .slice(0, path.includes("yaml/dist") ? 4 : 2)
        .join("/")
    : path.split("/").slice(0, 3).join("/");
  groups[g] = (groups[g] ?? 0) + info.bytesInOutput;
}
console.log("total", out.bytes);
for (const [g, b] of Object.entries(groups).sort((a, b) => b[1] - a[1]))
  console.log((b / 1024).toFixed(1).padStart(7), g);
const files = Object.entries(out.inputs)
  .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
  .slice(0, 45);
for (const [p, i] of files) console.log((i.bytesInOutput / 1024).toFixed(1).padStart(6), p);
