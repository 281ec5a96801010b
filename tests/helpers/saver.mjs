// Another program saving the same note, for tests/cli/concurrent-saves.test.ts: an editor that
// saves in place (truncate, then write in chunks) or through a temporary file and a rename.
// Usage: node saver.mjs <note> <inplace|rename> <milliseconds>. Prints the last save's number.
import { closeSync, openSync, renameSync, writeFileSync, writeSync } from "node:fs";

const [path, mode, ms] = process.argv.slice(2);
const pause = (t) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, t);
const padding = `${"lorem ipsum dolor sit amet ".repeat(40)}\n`.repeat(1000); // about 1 MB

export function noteText(n) {
  return `---\ntype: interview\ninterview_date: 2026-03-09\nsaver: ${n}\n---\nsave ${n}\n${padding}end ${n}\n`;
}

function save(n) {
  const bytes = Buffer.from(noteText(n));
  if (mode === "rename") {
    writeFileSync(`${path}.saver-tmp`, bytes);
    renameSync(`${path}.saver-tmp`, path);
    return;
  }
  const fd = openSync(path, "w");
  const chunk = 256 * 1024;
  for (let at = 0; at < bytes.length; at += chunk) {
    writeSync(fd, bytes, at, Math.min(chunk, bytes.length - at));
    // Between chunks, now and then a pause long enough for another program to read and write.
    pause(Math.random() < 0.3 ? 5 + Math.floor(Math.random() * 20) : 1);
  }
  closeSync(fd);
}

const until = Date.now() + Number(ms);
let n = 0;
while (Date.now() < until) {
  save(++n);
  // Like a person editing: saves in bursts, with gaps in which the tool gets to write.
  pause(Math.random() < 0.5 ? Math.floor(Math.random() * 3) : 50 + Math.floor(Math.random() * 250));
}
process.stdout.write(String(n));
