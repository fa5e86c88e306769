import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CORPUS, type CorpusEntry, copy, corpus } from './debian-corpora.js';

// Real API change pairs (issue 13): GitHub's REST description between two releases, between GHES
// versions, and GHEC against api.github.com, each compared as the product compares a pull
// request: a temp git repository holding the old spec, then the new one at the same path, and the
// built CLI's `facts --base HEAD~1`. What the engine says is checked against what the test works
// out from the two JSON documents itself (which endpoints went or came, which were deprecated,
// which parameters changed), never against counts written down here. The per-rule counts go to
// `<corpus>/api-change-pairs.md`, beside the smoke report.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'bin', 'architect-docs.js');
const SPEC_PATH = 'openapi/rest.json';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const REMOVAL_RULES = new Set([
  'api-removed-without-deprecation',
  'api-removed-with-deprecation',
  'api-path-removed-without-deprecation',
  'api-path-removed-with-deprecation',
]);
// The rules whose level depends on the case (oasdiff's single level is departed from on purpose).
const MIXED_LEVEL_RULES = new Set(['api-security-added']);

type Json = Record<string, unknown>;

interface Change {
  rule: string;
  level: string;
  id: string;
  message: string;
}

interface Pair {
  name: string;
  old: { label: string; file: string };
  now: { label: string; file: string };
}

interface RawOperation {
  id: string;
  key: string;
  pathKey: string;
  deprecated: boolean;
  /** Non-path parameters by `in:name` (header names lower-cased), with path-level ones merged in. */
  parameters: Map<string, { required: boolean; deprecated: boolean }>;
}

interface PairResult {
  pair: Pair;
  seconds: number;
  changes: Change[];
  /** The HTTP operations the product found on the new side, by id. */
  found: string[];
  old: RawOperation[];
  now: RawOperation[];
  problems: string[];
}

// ---------------------------------------------------------------- the documents, read directly

const pathKey = (path: string) => path.replace(/\{[^}]*\}/g, '{}');

/** A local `$ref` (`#/components/parameters/owner`) followed to what it names, else the node itself. */
function deref(doc: Json, node: unknown, depth = 0): Json | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const ref = (node as Json).$ref;
  if (typeof ref !== 'string' || depth > 10) return node as Json;
  if (!ref.startsWith('#/')) return undefined;
  let at: unknown = doc;
  for (const part of ref.slice(2).split('/'))
    at = (at as Json | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return deref(doc, at, depth + 1);
}

function rawParameters(doc: Json, item: Json, op: Json): RawOperation['parameters'] {
  const out: RawOperation['parameters'] = new Map();
  // Path-level first, then the operation's own, which override by name and location.
  for (const list of [item.parameters, op.parameters])
    for (const entry of Array.isArray(list) ? list : []) {
      const p = deref(doc, entry);
      if (!p || typeof p.name !== 'string' || typeof p.in !== 'string' || p.in === 'path') continue;
      const name = p.in === 'header' ? p.name.toLowerCase() : p.name;
      out.set(`${p.in}:${name}`, { required: p.required === true, deprecated: p.deprecated === true });
    }
  return out;
}

function rawOperations(file: string): RawOperation[] {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as Json;
  const out: RawOperation[] = [];
  for (const [path, value] of Object.entries((doc.paths ?? {}) as Record<string, Json>)) {
    const item = deref(doc, value);
    if (path.startsWith('x-') || !item) continue;
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op || typeof op !== 'object') continue;
      const m = method.toUpperCase();
      out.push({
        id: `op:${m} ${path}`,
        key: `${m} ${pathKey(path)}`,
        pathKey: pathKey(path),
        deprecated: op.deprecated === true,
        parameters: rawParameters(doc, item, op),
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------- running the product

function git(repo: string, ...args: string[]): void {
  const r = spawnSync(
    'git',
    ['-c', 'user.name=smoke', '-c', 'user.email=smoke@architect-docs.invalid', '-c', 'commit.gpgsign=false', ...args],
    { cwd: repo, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
}

async function runPair(pair: Pair, work: string): Promise<PairResult> {
  const repo = join(work, pair.name.replace(/[^\w.-]+/g, '_'));
  mkdirSync(repo, { recursive: true });
  git(repo, 'init', '-q');
  copy(pair.old.file, join(repo, SPEC_PATH));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', pair.old.label);
  copy(pair.now.file, join(repo, SPEC_PATH));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--allow-empty', '-m', pair.now.label);

  const stdoutFile = `${repo}.stdout.json`;
  const stderrFile = `${repo}.stderr`;
  const out = openSync(stdoutFile, 'w');
  const err = openSync(stderrFile, 'w');
  const env = { ...process.env };
  delete env.ANTHROPIC_API_KEY;
  const started = process.hrtime.bigint();
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, [BIN, 'facts', '--repo', repo, '--base', 'HEAD~1'], {
      env,
      stdio: ['ignore', out, err],
    });
    child.on('error', fail);
    child.on('exit', (c) => done(c));
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(out);
  closeSync(err);
  const result: PairResult = {
    pair,
    seconds,
    changes: [],
    found: [],
    old: rawOperations(pair.old.file),
    now: rawOperations(pair.now.file),
    problems: [],
  };
  if (code !== 0) {
    result.problems.push(`facts --base exited ${code}: ${readFileSync(stderrFile, 'utf8').slice(0, 2000)}`);
    return result;
  }
  const facts = JSON.parse(readFileSync(stdoutFile, 'utf8')) as {
    api: { changes?: Change[]; operations: { id: string; protocol?: string; outbound?: string }[] };
  };
  result.found = facts.api.operations.filter((o) => (o.protocol ?? 'http') === 'http' && !o.outbound).map((o) => o.id);
  if (!facts.api.changes) result.problems.push('facts --base printed no api.changes');
  result.changes = (facts.api.changes ?? []).map(({ rule, level, id, message }) => ({ rule, level, id, message }));
  return result;
}

// ---------------------------------------------------------------- what must hold

const sorted = (values: Iterable<string>) => [...values].sort();

/** What the two documents say, worked out without the engine. */
function expected(r: PairResult) {
  const oldByKey = new Map(r.old.map((o) => [o.key, o]));
  const nowByKey = new Map(r.now.map((o) => [o.key, o]));
  const nowPaths = new Set(r.now.map((o) => o.pathKey));
  const removed = r.old.filter((o) => !nowByKey.has(o.key));
  const added = r.now.filter((o) => !oldByKey.has(o.key));
  const kept = r.now.filter((o) => oldByKey.has(o.key)).map((now) => ({ old: oldByKey.get(now.key)!, now }));
  const removalRule = (o: RawOperation) =>
    `api${nowPaths.has(o.pathKey) ? '' : '-path'}-removed-with${o.deprecated ? '' : 'out'}-deprecation`;
  const parameterRules: { rule: string; id: string }[] = [];
  for (const { old, now } of kept) {
    for (const [k, p] of now.parameters)
      if (!old.parameters.has(k))
        parameterRules.push({ rule: `new-${p.required ? 'required' : 'optional'}-request-parameter`, id: now.id });
    for (const [k, p] of old.parameters)
      if (!now.parameters.has(k))
        parameterRules.push({
          rule: p.deprecated ? 'request-parameter-removed-with-deprecation' : 'request-parameter-removed',
          id: now.id,
        });
  }
  return {
    removals: removed.map((o) => `${removalRule(o)} ${o.id}`),
    added: added.map((o) => o.id),
    deprecated: kept.filter((k) => !k.old.deprecated && k.now.deprecated).map((k) => k.now.id),
    reactivated: kept.filter((k) => k.old.deprecated && !k.now.deprecated).map((k) => k.now.id),
    parameters: parameterRules.map((p) => `${p.rule} ${p.id}`),
    keptIds: new Set(kept.map((k) => k.now.id)),
    collisions: [r.old, r.now].map((ops) => ops.length - new Set(ops.map((o) => o.key)).size),
  };
}

const PARAMETER_RULES = new Set([
  'new-required-request-parameter',
  'new-optional-request-parameter',
  'request-parameter-removed',
  'request-parameter-removed-with-deprecation',
]);

// ---------------------------------------------------------------- the report

function countTable(r: PairResult): string[] {
  const counts = new Map<string, { level: string; n: number }>();
  for (const c of r.changes) {
    const k = `${c.rule} ${c.level}`;
    counts.set(k, { level: c.level, n: (counts.get(k)?.n ?? 0) + 1 });
  }
  const rank: Record<string, number> = { error: 0, warning: 1, info: 2 };
  const rows = [...counts]
    .map(([k, v]) => ({ rule: k.split(' ')[0]!, ...v }))
    .sort((a, b) => (rank[a.level] ?? 3) - (rank[b.level] ?? 3) || b.n - a.n || a.rule.localeCompare(b.rule));
  const e = expected(r);
  return [
    `## ${r.pair.name}`,
    '',
    `${r.pair.old.label} (${r.old.length} operations) → ${r.pair.now.label} (${r.now.length} operations): ` +
      `${r.changes.length} changes in ${r.seconds.toFixed(1)} s; read from the documents directly: ` +
      `${e.removals.length} endpoints gone, ${e.added.length} new, ${e.keptIds.size} kept` +
      (e.collisions.some((n) => n > 0) ? ` (endpoints under one key: ${e.collisions.join(' / ')})` : '') +
      '.',
    '',
    '| rule | level | count |',
    '| --- | --- | ---: |',
    ...rows.map((row) => `| ${row.rule} | ${row.level} | ${row.n} |`),
    ...(rows.length === 0 ? ['| (none) | | 0 |'] : []),
    ...(r.problems.length ? ['', ...r.problems.map((p) => `- **problem**: ${p}`)] : []),
    '',
  ];
}

// ---------------------------------------------------------------- the tests

function octokitEntries(): { current?: CorpusEntry; older?: CorpusEntry } {
  const major = (e: CorpusEntry) => e.version.split('.').map(Number);
  const byVersion = corpus.entries
    .filter((e) => e.name === '@octokit/openapi')
    .sort((a, b) => {
      const [x, y] = [major(a), major(b)];
      for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
      return 0;
    });
  return byVersion.length >= 2 ? { older: byVersion[0], current: byVersion.at(-1) } : {};
}

const { current, older } = octokitEntries();
const missing =
  corpus.missing ??
  (!current || !older
    ? `no older @octokit/openapi release in ${CORPUS} (run \`node scripts/fetch-corpus.mjs\`)`
    : undefined);

if (missing && process.env.CI) {
  test('the API change pair corpus is in the cache', () => {
    throw new Error(`API change pairs: ${missing}`);
  });
} else if (missing) {
  console.warn(`Skipping the API change pairs: ${missing}`);
  test.skip(`API change pairs (${missing})`, () => {});
} else {
  const spec = (e: CorpusEntry, name: string) => ({
    label: `${name} (${e.name}@${e.version})`,
    file: join(e.dir, 'package', 'generated', `${name}.json`),
  });
  const pairs: Pair[] = [
    {
      name: `api.github.com ${older!.version} → ${current!.version}`,
      old: spec(older!, 'api.github.com'),
      now: spec(current!, 'api.github.com'),
    },
    { name: 'GHES 3.17 → 3.18', old: spec(current!, 'ghes-3.17'), now: spec(current!, 'ghes-3.18') },
    { name: 'GHES 3.18 → 3.19', old: spec(current!, 'ghes-3.18'), now: spec(current!, 'ghes-3.19') },
    { name: 'GHEC → api.github.com', old: spec(current!, 'ghec'), now: spec(current!, 'api.github.com') },
    // The same document on both sides: anything reported is a false positive.
    {
      name: `api.github.com ${current!.version} unchanged`,
      old: spec(current!, 'api.github.com'),
      now: spec(current!, 'api.github.com'),
    },
  ];

  describe('API change pairs: the built CLI on real releases of GitHub REST', () => {
    const work = mkdtempSync(join(tmpdir(), 'architect-docs-pairs-'));
    const results = new Map<string, PairResult>();

    beforeAll(async () => {
      const started = Date.now();
      for (const p of pairs) {
        if (!existsSync(p.old.file) || !existsSync(p.now.file))
          throw new Error(`${p.name}: ${p.old.file} or ${p.now.file} is not in the corpus`);
        results.set(p.name, await runPair(p, work));
      }
      const text = [
        '# API change pairs',
        '',
        `${new Date().toISOString()} · Node ${process.version} · ${((Date.now() - started) / 1000).toFixed(0)} s ` +
          `in all · corpus ${CORPUS}`,
        '',
        `Each pair: a git repository with the old spec committed at ${SPEC_PATH}, then the new one, ` +
          'and `architect-docs facts --base HEAD~1`; the counts are of `api.changes` by rule.',
        '',
        ...[...results.values()].flatMap(countTable),
      ].join('\n');
      console.log(`\n${text}`);
      const file = join(CORPUS, 'api-change-pairs.md');
      try {
        writeFileSync(file, text);
        console.log(`(written to ${file})`);
      } catch (err) {
        console.warn(`could not write ${file}: ${(err as Error).message}`);
      }
    }, 15 * 60_000);

    afterAll(() => {
      if (process.env.SMOKE_KEEP === '1') console.log(`kept the repositories and run outputs in ${work}`);
      else rmSync(work, { recursive: true, force: true });
    });

    for (const p of pairs) {
      const get = () => {
        const r = results.get(p.name);
        expect(r, 'the pair was not run').toBeDefined();
        expect(r!.problems, r!.problems.join('\n')).toEqual([]);
        return r!;
      };

      test(`${p.name}: the product read every operation of the new side`, () => {
        const r = get();
        expect(sorted(r.found)).toEqual(sorted(r.now.map((o) => o.id)));
      });

      test(`${p.name}: every change is about an operation on the side its rule implies`, () => {
        const r = get();
        const oldIds = new Set(r.old.map((o) => o.id));
        const nowIds = new Set(r.now.map((o) => o.id));
        const misplaced = r.changes
          .filter((c) => !(REMOVAL_RULES.has(c.rule) ? oldIds : nowIds).has(c.id))
          .map((c) => `${c.rule} ${c.id}`);
        expect(misplaced).toEqual([]);
        // Changes within an operation are only ever about endpoints both sides have.
        const e = expected(r);
        const strays = r.changes
          .filter((c) => !REMOVAL_RULES.has(c.rule) && c.rule !== 'endpoint-added' && !e.keptIds.has(c.id))
          .map((c) => `${c.rule} ${c.id}`);
        expect(strays).toEqual([]);
      });

      test(`${p.name}: endpoints gone are the document's, each with the right removal rule`, () => {
        const r = get();
        const told = r.changes.filter((c) => REMOVAL_RULES.has(c.rule)).map((c) => `${c.rule} ${c.id}`);
        expect(sorted(told)).toEqual(sorted(expected(r).removals));
        // Removals are errors unless deprecated first.
        for (const c of r.changes.filter((x) => REMOVAL_RULES.has(x.rule)))
          expect(c.level, c.id).toBe(c.rule.endsWith('-without-deprecation') ? 'error' : 'info');
      });

      test(`${p.name}: endpoints added are the document's`, () => {
        const r = get();
        const told = r.changes.filter((c) => c.rule === 'endpoint-added').map((c) => c.id);
        expect(sorted(told)).toEqual(sorted(expected(r).added));
      });

      test(`${p.name}: deprecations and reactivations are the document's`, () => {
        const r = get();
        const e = expected(r);
        const of = (rule: string) => sorted(r.changes.filter((c) => c.rule === rule).map((c) => c.id));
        expect(of('endpoint-deprecated')).toEqual(sorted(e.deprecated));
        expect(of('endpoint-reactivated')).toEqual(sorted(e.reactivated));
      });

      test(`${p.name}: query, header and cookie parameters added or removed are the document's`, () => {
        const r = get();
        // Path parameters are matched by position, so only the other locations are counted here.
        const told = r.changes
          .filter((c) => PARAMETER_RULES.has(c.rule) && !/ path parameter `/.test(c.message))
          .map((c) => `${c.rule} ${c.id}`);
        expect(sorted(told)).toEqual(sorted(expected(r).parameters));
      });

      test(`${p.name}: one level per rule, no change told twice`, () => {
        const r = get();
        const levels = new Map<string, Set<string>>();
        for (const c of r.changes) levels.set(c.rule, (levels.get(c.rule) ?? new Set()).add(c.level));
        const mixed = [...levels].filter(([rule, l]) => l.size > 1 && !MIXED_LEVEL_RULES.has(rule)).map(([k]) => k);
        expect(mixed).toEqual([]);
        const seen = new Map<string, number>();
        for (const c of r.changes) {
          const k = `${c.rule} ${c.id} ${c.message}`;
          seen.set(k, (seen.get(k) ?? 0) + 1);
        }
        expect([...seen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
      });
    }

    test('the same document on both sides has no changes', () => {
      const r = results.get(pairs.at(-1)!.name)!;
      expect(r.changes.map((c) => `${c.rule} ${c.id}`)).toEqual([]);
    });
  });
}
