// Runs a Node script (the CLI) in this process and, when it exits, writes what it cost to a
// JSON file: peak resident memory, CPU time and the exit code. process.resourceUsage() is read
// in the 'exit' handler, so it covers the whole run; a process killed from outside (a signal, a
// V8 out-of-memory abort) writes nothing, and the caller reports that instead.
//   node measure-child.mjs <usage.json> <script.js> [args...]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [usageFile, script, ...args] = process.argv.slice(2);
if (!usageFile || !script) {
  process.stderr.write('usage: node measure-child.mjs <usage.json> <script.js> [args...]\n');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(script), ...args];
process.on('exit', (code) => {
  const u = process.resourceUsage();
  writeFileSync(
    usageFile,
    JSON.stringify({ code, maxRssKb: u.maxRSS, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000 }),
  );
});
await import(pathToFileURL(resolve(script)).href);
