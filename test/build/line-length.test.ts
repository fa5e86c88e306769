// No line of code over 120 characters: the formatter (Biome, `npm test` runs it first) wraps
// code at 120 columns but cannot break a long string, comment or regex, so this holds the rest.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../support/action-runner.js';

const MAX = 120;
const CODE = /\.(ts|mjs|js|cjs)$/;

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' || e.name === 'node_modules' ? [] : codeFiles(path);
    return CODE.test(e.name) ? [path] : [];
  });
}

test(`no line of src/, test/, scripts/, bench/ or bin/ is longer than ${MAX} characters`, () => {
  const files = ['src', 'test', 'scripts', 'bench', 'bin'].flatMap((d) => codeFiles(join(PROJECT_ROOT, d)));
  expect(files.length).toBeGreaterThan(100);
  const long: string[] = [];
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if ([...line].length > MAX) long.push(`${relative(PROJECT_ROOT, file)}:${i + 1} (${[...line].length})`);
      });
  }
  expect(long).toEqual([]);
});
