// The built-in Kustomize build against the real one: `kubectl kustomize` (Kustomize v5) builds the
// same folders and every object must come out equal, after the differences the built-in build
// makes on purpose:
// - generated ConfigMaps and Secrets carry no content hash (kustomize's `-t5859md8f9`): the hash
//   needs the values, which are never read; so the hash is taken off kubectl's names and off every
//   field that names them;
// - ConfigMap and Secret data are compared by key only (values are never kept).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoReader } from '../../src/sources/common/repo-reader.js';
import { findOnPath } from '../../src/sources/common/external-tool.js';
import { buildKustomization } from '../../src/sources/kubernetes/kustomize/build-kustomization.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/infra/kustomize', import.meta.url));
// The comparison needs a Kustomize of today (v5, as GitHub's runners ship); Debian bookworm's own
// `kubernetes-client` (kubectl 1.20) bundles Kustomize v2, whose semantics differ.
const kubectl = findOnPath('kubectl');
const kustomizeMajor = kubectl
  ? Number(
      /Kustomize Version: v(\d+)/.exec(execFileSync(kubectl, ['version', '--client'], { encoding: 'utf8' }))?.[1] ?? 0,
    )
  : 0;
const kubectlOnPath = kustomizeMajor >= 5;

type Json = Record<string, unknown>;
const HASH = /-[bcdfghkmt2-9]{10}$/;

function keyOf(o: Json): string {
  const m = (o.metadata ?? {}) as Json;
  return `${o.kind}/${m.namespace ?? ''}/${m.name}`;
}

/** Keys only for ConfigMap and Secret data. */
function dataKeysOnly(o: Json): Json {
  if (o.kind !== 'ConfigMap' && o.kind !== 'Secret') return o;
  const out = { ...o };
  for (const f of ['data', 'stringData', 'binaryData'])
    if (out[f] && typeof out[f] === 'object') out[f] = Object.keys(out[f] as Json).sort();
  return out;
}

function replaceStrings(value: unknown, map: Map<string, string>): unknown {
  if (typeof value === 'string') return map.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => replaceStrings(v, map));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceStrings(v, map)]));
  return value;
}

function kubectlObjects(dir: string): Map<string, Json> {
  const text = execFileSync('kubectl', ['kustomize', dir], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, KUBECONFIG: '/dev/null' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const objects = parseAllDocuments(text).map((d) => d.toJS() as Json);
  const unhashed = new Map<string, string>();
  for (const o of objects) {
    const name = String((o.metadata as Json).name);
    if ((o.kind === 'ConfigMap' || o.kind === 'Secret') && HASH.test(name)) unhashed.set(name, name.replace(HASH, ''));
  }
  return new Map(objects.map((o) => replaceStrings(dataKeysOnly(o), unhashed) as Json).map((o) => [keyOf(o), o]));
}

async function builtInObjects(root: string, dir: string) {
  const reader = repoReader(root, () => undefined);
  const built = await buildKustomization(dir, { repoRoot: root, reader, useTool: false });
  const objects = new Map(built.set.documents.map((d) => [keyOf(d.value as Json), dataKeysOnly(d.value as Json)]));
  return { objects, diagnostics: built.diagnostics };
}

/** [repo root under fixtures, overlay folder in it]. */
const CASES: Array<[string, string]> = [
  ['shop', 'overlays/prod'],
  ['shop', 'overlays/staging'],
  ['shop', 'base'],
  ['platform', 'deploy/legacy'],
  ['platform', 'deploy/selectors'],
  ['platform', 'deploy/generated'],
  ['platform', 'deploy/common'],
];

describe.each(CASES)('built-in build of %s/%s equals kubectl kustomize', (repo, dir) => {
  it.skipIf(!kubectlOnPath)('object by object', async () => {
    const root = `${FIXTURES}/${repo}`;
    const expected = kubectlObjects(`${root}/${dir}`);
    const { objects, diagnostics } = await builtInObjects(root, dir);
    expect(diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
    expect(objects.size).toBeGreaterThan(0);
    expect([...objects.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, object] of objects) expect({ key, object }).toEqual({ key, object: expected.get(key) });
  });
});
