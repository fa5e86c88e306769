import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, posix, relative } from 'node:path';

// The real-world corpus as the smoke suites see it: the cache's manifest (filled by
// `node scripts/fetch-corpus.mjs`), and the SQL schemas Debian ships laid out as repositories a
// migration tool would hold. Shared by real-world.test.ts (the built CLI on each corpus) and
// schema-oracle.test.ts (our replay against a real PostgreSQL on the same files).

export const CORPUS = process.env.ARCHITECT_DOCS_CORPUS || join(homedir(), '.cache', 'architect-docs-corpus');
export const FULL = process.env.SMOKE_FULL === '1';

/**
 * Peak-memory bound of a run that replays SQL into PGlite. On Node 20 such a run peaks at ~0.55 GB
 * whatever the schema; on Node 24 at 0.8-1.5 GB, the difference being V8's optimizing compile of
 * PGlite's WebAssembly (with --liftoff-only it is back to ~0.45 GB). Measured, not endorsed: the
 * bound follows the runtime so that each still catches a regression on its own.
 */
export const SQL_MB = Number(process.versions.node.split('.')[0]) >= 24 ? 2048 : 1024;

export interface CorpusEntry {
  kind: 'npm' | 'deb';
  name: string;
  version: string;
  dir: string;
  pinned?: string;
}

// ---------------------------------------------------------------- corpus availability

export function loadCorpus(): { entries: CorpusEntry[]; missing?: string } {
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

export const corpus = loadCorpus();
export const entry = (name: string): CorpusEntry => {
  const e = corpus.entries.find((x) => x.name === name);
  if (!e) throw new Error(`${name} is not in ${CORPUS}/corpus.json (run \`node scripts/fetch-corpus.mjs\`)`);
  return e;
};
export const source = (name: string) => {
  const e = entry(name);
  const pinned = e.pinned ? ` (pinned ${e.pinned} no longer in the archive)` : '';
  return `${e.kind === 'npm' ? 'npm' : 'deb'} ${e.name}@${e.version}${pinned}`;
};

// ---------------------------------------------------------------- laying out repositories

export function copy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}

export function listFiles(dir: string): string[] {
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
export function layoutSchemaAndUpgrades(
  repo: string,
  schema: string[],
  upgrades: { file: string; name: string }[],
): number {
  for (const [i, f] of schema.entries()) {
    copy(f, join(repo, 'db', 'schema', `${pad(i + 1)}_${posix.basename(f).replace(/(\.sql)?$/, '.sql')}`));
  }
  for (const [i, u] of upgrades.entries()) {
    copy(u.file, join(repo, 'db', 'migrations', `${pad(i + 1)}_${u.name.replace(/(\.sql)?$/, '.sql')}`));
  }
  return schema.length + upgrades.length;
}

/** pdns: `schema.<dialect>.sql` (+ extras) and `<from>_to_<to>_schema.<dialect>.sql` upgrades. */
export function layoutPdns(pkg: string, dialect: string): (repo: string) => number {
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
export function layoutDbconfig(pkg: string, app: string, db: string): (repo: string) => number {
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

export interface Corpus {
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

/** A path under a Debian package's extracted /usr/share. */
export const share = (pkg: string, ...p: string[]) => join(entry(pkg).dir, 'usr', 'share', ...p);

export function debianCorpora(): Corpus[] {
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
