// Loads HashiCorp's HCL parser (Go compiled to WASM, packaged as `@cdktn/hcl2json`) on demand.
//
// Why this care instead of a plain import:
// - The package starts its WASM runtime as soon as it is imported (~250 ms, tens of MB), so it is
//   imported only when a repository has Terraform files.
// - It reads `main.wasm.gz` and `wasm/bridge_wasm_exec.js` from beside its own code. If they are
//   missing its start-up failure surfaces as an unhandled rejection (fatal in Node) and every
//   parse would wait forever. So the files are checked for first, and a missing parser becomes a
//   diagnostic, not a crash or a hung job.
// - ncc does not carry those files into the bundle. The build copies the package to
//   `dist/vendor/hcl2json/` (see the report / build script); from source, node_modules is used.

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type HclParse = (filename: string, contents: string) => Promise<Record<string, unknown>>;

const PACKAGE = '@cdktn/hcl2json';
/** The files the package needs at run time, relative to its root. */
const RUNTIME_FILES = ['build/index.js', 'build/bridge.js', 'wasm/bridge_wasm_exec.js', 'main.wasm.gz'];

let loading: Promise<HclParse> | undefined;

/** The parser, loaded once per process. Rejects with a readable error when it cannot be found. */
export function loadHclParser(): Promise<HclParse> {
  loading ??= load();
  return loading;
}

async function load(): Promise<HclParse> {
  const root = packageRoots().find((dir) => RUNTIME_FILES.every((f) => existsSync(join(dir, f))));
  if (!root) throw new Error(`the Terraform parser (${PACKAGE}) is not installed or its WASM files are missing`);
  const mod = (await import(/* webpackIgnore: true */ pathToFileURL(join(root, 'build/index.js')).href)) as {
    parse?: HclParse;
    default?: { parse?: HclParse };
  };
  const parse = mod.parse ?? mod.default?.parse;
  if (typeof parse !== 'function') throw new Error(`${PACKAGE} has no parse() function`);
  return parse;
}

/** Where the package may be: vendored next to the bundle first, then node_modules. */
function packageRoots(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const roots = [join(here, 'vendor', 'hcl2json'), join(here, '..', 'vendor', 'hcl2json')];
  try {
    const entry = createRequire(import.meta.url).resolve(PACKAGE);
    roots.push(join(dirname(entry), '..'));
  } catch {
    // Not in node_modules (the bundled action): only the vendored copy can serve.
  }
  return roots;
}
