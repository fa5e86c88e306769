import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../support/action-runner.js';

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

// dist/ is what GitHub runs: it must be exactly what the sources build to, or the action ships
// code nobody reviewed.
test('dist/ equals a fresh build of src/', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'ad-build-'));
  execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts/build.mjs'), fresh], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  const committed = join(PROJECT_ROOT, 'dist');
  const files = listFiles(fresh);
  expect(listFiles(committed)).toEqual(files);
  const differing = files.filter((f) => !readFileSync(join(fresh, f)).equals(readFileSync(join(committed, f))));
  expect(differing, 'run `npm run build` and commit dist/').toEqual([]);
  // The build takes ~40 s on an idle 2-core runner and runs beside the other test files: a
  // tight limit fails a loaded CI machine, not a stale dist/.
}, 360_000);

test('the version constant matches package.json', async () => {
  const { VERSION } = await import('../../src/version.js');
  expect(VERSION).toBe(JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).version);
});
