// npm test: everything a change must pass, using both cores of a small machine. Lint runs beside
// the type check, the build and the benchmark's smoke run; then the tests (scripts/test-time-zones.mjs).
// Prints how long each part took.
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

const start = performance.now();
const took = [];

/** Runs a program, resolving with its exit code; output as it comes. */
function run(label, command, args) {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
    child.on("exit", (code) => {
      took.push(`${label} ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      resolve(code ?? 1);
    });
  });
}
const npm = (script) => run(script, "npm", ["run", "--silent", script]);
const inOrder = async (...steps) => {
  for (const step of steps) {
    const code = await step();
    if (code !== 0) return code;
  }
  return 0;
};

let code = await run("test tools", process.execPath, ["scripts/ensure-test-tools.mjs"]);
if (code === 0) {
  const [lint, checks] = await Promise.all([
    npm("lint"),
    inOrder(
      () => npm("typecheck"),
      () => npm("build"),
      () => npm("bench:smoke"),
    ),
  ]);
  code = lint || checks;
}
if (code === 0) code = await npm("test:tz");
console.log(
  `\nnpm test: ${code === 0 ? "passed" : "FAILED"} in ${((performance.now() - start) / 1000).toFixed(0)} s (${took.join(", ")})`,
);
process.exit(code);
