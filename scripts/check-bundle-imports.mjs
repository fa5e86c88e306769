// Lists the imports in a built dist/ that only node_modules could satisfy. GitHub runs the action
// from a checkout of the repository with no `npm install`, so every `import`/`require` of a
// package must be a Node builtin or resolve to a copy that ships inside dist/ itself.
// `node scripts/check-bundle-imports.mjs [distDir]` exits 1 and prints them when there are any.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import { simple } from 'acorn-walk';

/**
 * Package requires that stay in vendored code but can never run in this action, each with why.
 * Keep this short: anything else must be bundled, copied into dist/, or dropped by the build.
 */
const UNREACHABLE = [
  // Emscripten's socket layer (SOCKFS) loads `ws` only when the WASM program opens a network
  // socket; PGlite runs PostgreSQL in single-user mode in-process and never does.
  { file: /^vendor\/pglite\/(pglite\.js|chunk-[A-Z0-9]+\.js)$/, specifier: 'ws' },
  // Go's wasm_exec shim: `globalThis.performance ??= require("performance")`, and every Node the
  // action supports (20+) has globalThis.performance, so the require is never evaluated.
  { file: /^vendor\/hcl2json\/wasm\/bridge_wasm_exec\.js$/, specifier: 'performance' },
  // `debug` (under google-auth-library) asks for its optional `supports-color` inside try/catch
  // and colours nothing without it; ncc leaves the absent package as `eval("require")`.
  { file: /^\d+\.index\.js$/, specifier: 'supports-color' },
  // node-fetch 2 (under @asyncapi/parser) asks for its optional `encoding` inside try/catch at load
  // and only uses it for `textConverted()`; our AsyncAPI readers never fetch, so it is never used.
  { file: /^\d+\.index\.js$/, specifier: 'encoding' },
];

const scripts = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return scripts(p);
    return /\.(js|mjs|cjs)$/.test(name) ? [p] : [];
  });

const packageName = (spec) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

function parseAny(text) {
  const options = {
    ecmaVersion: 'latest',
    allowHashBang: true,
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
    allowImportExportEverywhere: true,
    locations: true,
  };
  try {
    return parse(text, { ...options, sourceType: 'module' });
  } catch {
    // CommonJS can be sloppy-mode code that is not valid as a module (`with`, octal escapes …).
    return parse(text, { ...options, sourceType: 'script' });
  }
}

/** Every string-literal module specifier the code imports or requires, with its line. */
function specifiers(text) {
  const found = [];
  const literal = (node) => {
    if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
    if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
    return undefined;
  };
  const add = (node, at) => {
    const s = literal(node);
    if (s !== undefined) found.push({ specifier: s, line: at.loc.start.line });
  };
  // `require(…)`, `require.resolve(…)`, and the forms bundlers leave behind for what they could
  // not inline: `eval("require")(…)` (ncc) and `createRequire(import.meta.url)(…)` (webpack ESM).
  const isRequire = (callee) =>
    (callee.type === 'Identifier' && callee.name === 'require') ||
    (callee.type === 'MemberExpression' &&
      callee.object.type === 'Identifier' &&
      callee.object.name === 'require' &&
      callee.property.name === 'resolve') ||
    (callee.type === 'CallExpression' &&
      callee.callee.type === 'Identifier' &&
      callee.callee.name === 'eval' &&
      literal(callee.arguments[0]) === 'require') ||
    (callee.type === 'CallExpression' &&
      callee.callee.type === 'Identifier' &&
      /createRequire$/i.test(callee.callee.name));
  simple(parseAny(text), {
    ImportDeclaration: (n) => add(n.source, n),
    ExportAllDeclaration: (n) => add(n.source, n),
    ExportNamedDeclaration: (n) => n.source && add(n.source, n),
    ImportExpression: (n) => add(n.source, n),
    CallExpression: (n) => isRequire(n.callee) && add(n.arguments[0], n),
  });
  return found;
}

/** True when a node_modules folder inside dist, between the file and dist's root, has the package. */
function shipsInside(distDir, file, spec) {
  for (let d = dirname(file); d === distDir || d.startsWith(distDir + sep); d = dirname(d)) {
    if (existsSync(join(d, 'node_modules', packageName(spec)))) return true;
    if (d === distDir) break;
  }
  return false;
}

/** The imports of packages that neither Node nor dist/ provides: `{ file, line, specifier }[]`. */
export function unresolvedBareImports(distDir) {
  const root = resolve(distDir);
  const problems = [];
  for (const file of scripts(root)) {
    const rel = relative(root, file).split(sep).join('/');
    let found;
    try {
      found = specifiers(readFileSync(file, 'utf8'));
    } catch (err) {
      problems.push({ file: rel, line: err.loc?.line ?? 0, specifier: `(cannot parse: ${err.message})` });
      continue;
    }
    for (const { specifier, line } of found) {
      if (/^(\.|\/)/.test(specifier) || /^[a-z][a-z0-9+.-]*:/i.test(specifier) || isBuiltin(specifier)) continue;
      if (shipsInside(root, file, specifier)) continue;
      if (UNREACHABLE.some((u) => u.specifier === specifier && u.file.test(rel))) continue;
      problems.push({ file: rel, line, specifier });
    }
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = unresolvedBareImports(process.argv[2] ?? 'dist');
  for (const p of problems)
    console.error(`${p.file}:${p.line}: imports "${p.specifier}", which only node_modules provides`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
