// One replay of one migrations folder in a fresh Node process, as a CLI or Action run does it (cold
// WASM, cold caches), timed from the inside. Started by bench/migration-replay.mjs, which compiled
// src/ into <build>; writes its timings and facts as JSON to <out>.
//   node bench/replay-once.mjs <build> <migrations-dir> <repo-relative-dir> <out.json> [--profile]
// PGlite's boot is timed by wrapping PGlite.create (the same class bootFreshDatabase loads from
// node_modules); --profile also times every PGlite exec and query and every parser call, which is
// how the benchmark splits our time without copying the replay loop.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [build, dir, rel, out] = process.argv.slice(2);
const profile = process.argv.includes('--profile');
const now = () => Number(process.hrtime.bigint()) / 1e6;
const load = (path) => import(pathToFileURL(join(build, path)).href);

const { replayPostgres } = await load('src/sources/migrations/replay-postgres.js');
const { groupMigrations } = await load('src/sources/migrations/migration-layout.js');
const { loadPgParser } = await load('src/sources/migrations/pg-parser.js');

const t0 = now();
const { PGlite } = await import('@electric-sql/pglite');
const spent = { pgliteImport: now() - t0, boot: 0, parse: 0, exec: 0, execCalls: 0, catalog: 0, catalogCalls: 0 };
const timed = (fn, key, calls) =>
  Object.assign(
    async function (...args) {
      const start = now();
      try {
        return await fn.apply(this, args);
      } finally {
        spent[key] += now() - start;
        if (calls) spent[calls]++;
      }
    },
    { original: fn },
  );
let booting = false;
const create = timed(PGlite.create, 'boot');
PGlite.create = async (...args) => {
  booting = true;
  try {
    return await create.apply(PGlite, args);
  } finally {
    booting = false;
  }
};
if (profile) {
  const exec = timed(PGlite.prototype.exec, 'exec', 'execCalls');
  const query = timed(PGlite.prototype.query, 'catalog', 'catalogCalls');
  // PGlite queries its own catalog while it boots: that is boot time, not ours.
  PGlite.prototype.exec = function (...args) {
    return booting ? exec.original.apply(this, args) : exec.apply(this, args);
  };
  PGlite.prototype.query = function (...args) {
    return booting ? query.original.apply(this, args) : query.apply(this, args);
  };
}

const t1 = now();
if (profile) {
  // The parser object is made once per process and shared: wrapping its methods times every call.
  const parser = await loadPgParser();
  for (const name of ['parse', 'scan']) {
    const fn = parser[name];
    parser[name] = (...args) => {
      const start = now();
      try {
        return fn(...args);
      } finally {
        spent.parse += now() - start;
      }
    };
  }
}
// What a run does for a migrations folder: read its files, group them by layout, replay them.
const texts = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .map((f) => [`${rel}/${f}`, readFileSync(join(dir, f), 'utf8')]),
);
const { sets } = groupMigrations([...texts.keys()], () => 'whole');
const { facts, diagnostics, findings } = await replayPostgres(sets, texts);
const replay = now() - t1;

writeFileSync(
  out,
  JSON.stringify({
    // The PGlite import counts as boot: without it there is no database to replay into.
    total: spent.pgliteImport + replay,
    boot: spent.pgliteImport + spent.boot,
    ...spent,
    failed: facts.migrations.reduce((n, m) => n + m.failed, 0),
    diagnostics,
    findings,
    facts,
  }),
);
