import { main } from "./run";

void main(process.argv[2] ?? "", process.argv[3] ?? "").then((code) => {
  process.exitCode = code;
});
