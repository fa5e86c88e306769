import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
const source = readdirSync(join(root, 'src/action')).map((f) => readFileSync(join(root, 'src/action', f), 'utf8')).join('\n');
const used = (re: RegExp) => [...source.matchAll(re)].map((m) => m[1]!).sort();

// action.yml is the contract users read: every input it lists must be read, every output set,
// and nothing read or set may be missing from it.
test('action.yml lists exactly the inputs the action reads and the outputs it sets', () => {
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  const inputsRead = [...new Set(used(/(?:getInput|booleanInput|listInput)\('([a-z-]+)'/g))];
  expect(Object.keys(action.inputs).sort()).toEqual(inputsRead);
  const outputsSet = [...new Set(used(/setOutput\('([a-z-]+)'/g))];
  expect(Object.keys(action.outputs).sort()).toEqual(outputsSet);
  for (const [name, input] of Object.entries<{ description?: string }>(action.inputs)) expect(input.description, name).toBeTruthy();
});
