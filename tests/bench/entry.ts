import { main } from "./run";

void main(process.argv[2] ?? "", process.argv[3] ?? "", process.argv[4] ?? "").then((code) => {
  process.exitCode = code;
});
