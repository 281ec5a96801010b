import { main } from "./run";

const [naive = "", render = "", cold = "", sample = ""] = process.argv.slice(2);
void main(naive, render, cold, sample).then((code) => {
  process.exitCode = code;
});
