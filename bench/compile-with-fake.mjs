// Our code and the fake Anthropic server, compiled as the build does (tsc; type checking is the
// tests' business) into a folder inside the checkout, so their imports resolve from node_modules:
// what a bench that drives the pipeline against the fake model loads.
//   const load = compileWithFake('bench-model-fanout'); const { run } = await load('src/pipeline.js');
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function compileWithFake(folder) {
  const build = join(root, '.tmp', folder);
  rmSync(build, { recursive: true, force: true });
  const tsc = join(root, 'node_modules', '.bin', 'tsc');
  execFileSync(tsc, ['-p', 'tsconfig.json', '--noCheck', '--outDir', join(build, 'src')], { cwd: root });
  execFileSync(tsc, [
    '--ignoreConfig',
    '--noCheck',
    '--module',
    'nodenext',
    '--moduleResolution',
    'nodenext',
    '--target',
    'es2022',
    '--types',
    'node',
    '--outDir',
    join(build, 'fakes'),
    join(root, 'test/fakes/anthropic-server.ts'),
  ]);
  return (path) => import(pathToFileURL(join(build, path)).href);
}
