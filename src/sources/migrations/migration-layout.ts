import { posix } from 'node:path';
import type { SqlDialect } from '../../facts/model.js';
import {
  chooseTag,
  dialectTag,
  replayDialect,
  sniffDialect,
  unsupportedDialect,
  withoutDialectTag,
} from './migration-dialects.js';
import { type DumpBesideMigrations, dumpsBesideMigrations, SCHEMA_DUMP } from './dumps-beside-migrations.js';
import { type VersionedFile, versionFolders } from './version-folders.js';

// Migration tools name their files in a handful of ways; recognising the layout tells us both
// which .sql files are migrations and in which order they were applied.

export interface MigrationFile {
  file: string;
  /** Sort key: the numeric/timestamp version as written, compared numerically. */
  version: string;
  /** Which part of the file is the forward migration. */
  section: 'whole' | 'dbmate-up' | 'goose-up';
  /** The rollback: golang-migrate's `<version>_<name>.down.sql`, any tool's `<name>.down.sql`. */
  down?: string;
}

export interface MigrationSet {
  /** Folder holding the set (repo-relative). */
  dir: string;
  layout: 'golang-migrate' | 'flyway' | 'prisma' | 'numbered' | 'folder' | 'version-folders' | 'dump';
  files: MigrationFile[];
  /** The engine the set is replayed in. */
  dialect: SqlDialect;
  /** Files written for other dialects than the one replayed (per-dialect folders), left out. */
  otherDialects?: { tags: string[]; files: string[] };
  /** Written for a database we have no engine for (ClickHouse, SQL Server, Oracle): not replayed. */
  unsupported?: string;
}

export interface GroupOptions {
  /** The configured dialect (`sources.migration-dialect`). */
  dialect?: SqlDialect;
  /** The files' text, to tell the dialect of an untagged folder. */
  text?: (file: string) => string;
}

const GOLANG_MIGRATE = /^(\d+)_[^/]*?\.up\.sql$/i;
const GOLANG_MIGRATE_DOWN = /^(\d+)_[^/]*?\.down\.sql$/i;
const FLYWAY = /^V(\d+(?:[._]\d+)*)__[^/]*\.sql$/;
/** Flyway's repeatable migrations run after every versioned one, ordered by their description. */
const FLYWAY_REPEATABLE = /^R__([^/]*)\.sql$/;
/** Flyway's undo migrations are rollbacks: never replayed. */
const FLYWAY_UNDO = /^U\d+(?:[._]\d+)*__[^/]*\.sql$/;
/** `0001_x.sql`, `V0001.Initial_Schema.up.sql` (authelia): a leading version, any separator. */
const NUMBERED = /^[Vv]?(\d+)[._-][^/]*\.sql$/;
/** Any tool's rollback file: `<name>.down.sql` beside `<name>.up.sql`; never replayed. */
const ANY_DOWN = /^(.+)\.down\.sql$/i;
const MIGRATION_DIR = /(^|\/)(migrations?|migrate|db\/migrate|schema)(\/|$)/i;

/**
 * Groups candidate .sql files into migration sets. Files that do not look like migrations
 * (a lone `seed.sql`, say) are returned in `unplaced` so discovery can say so.
 */
export function groupMigrations(
  sqlFiles: string[],
  sectionOf: (file: string) => MigrationFile['section'],
  options: GroupOptions = {},
): { sets: MigrationSet[]; unplaced: string[]; besideMigrations: DumpBesideMigrations[] } {
  const byDir = new Map<string, string[]>();
  const unplaced: string[] = [];
  const versioned = versionFolders(sqlFiles);
  for (const file of sqlFiles) {
    // Prisma keeps each migration in its own folder: <dir>/<timestamp>_<name>/migration.sql
    const base = posix.basename(file);
    const parent = posix.dirname(file);
    // Prisma applies every folder holding a migration.sql, in name order (`20240101000000_init/`,
    // umami's `01_init/`).
    const prismaVersion = base === 'migration.sql' && parent.includes('/') ? posix.basename(parent) : undefined;
    const dir = prismaVersion ? posix.dirname(parent) : (versioned.get(file)?.dir ?? parent);
    const list = byDir.get(dir) ?? [];
    list.push(file);
    byDir.set(dir, list);
  }
  const sets: MigrationSet[] = [];
  for (const [dir, files] of [...byDir.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const { kept, other } = oneDialect(files, options.dialect);
    const set = classify(dir, kept, sectionOf, versioned);
    if (set) {
      const named = folderDialect(dir)?.tag;
      // A folder named for its database (`schema/postgresql/v12/…`, `db/sqlite/migrations`) says
      // what its SQL is better than a sniff of it: Temporal's PostgreSQL schema, whose few
      // signals tied, was replayed as MySQL.
      const byName = named === undefined ? undefined : replayDialect(named);
      set.dialect =
        other.chosen ?? byName ?? options.dialect ?? (options.text ? sniffDialect(kept.map(options.text)) : 'postgres');
      if (other.files.length > 0) set.otherDialects = { tags: other.tags, files: other.files };
      // A folder named for a database we cannot replay (`db/clickhouse/migrations`), or SQL only
      // that database speaks, is said once instead of failing statement by statement.
      const foreign =
        (named !== undefined && replayDialect(named) === undefined ? named : undefined) ??
        (options.text ? unsupportedDialect(kept.map(options.text)) : undefined);
      if (foreign && !other.chosen && !options.dialect) set.unsupported = foreign;
      sets.push(set);
    } else unplaced.push(...files);
  }
  return { ...dumpsBesideMigrations(oneDialectFolder(sets, options.dialect)), unplaced };
}

/** The last folder of `dir` named for a database (`mysql`, `postgresql`, `sqlite3` …), and where it is. */
function folderDialect(dir: string): { tag: string; at: number } | undefined {
  const parts = dir.split('/');
  for (let at = parts.length - 1; at >= 0; at--) {
    const tag = dialectTag(`.${parts[at]}.sql`);
    if (tag !== undefined) return { tag, at };
  }
  return undefined;
}

/**
 * Sibling folders one per dialect (`migrations/mysql/`, `migrations/postgres/`, `migrations/sqlite/`,
 * as authelia keeps them) are one history written three times: one is replayed, the others are
 * said once, like per-dialect files. The dialect may name a folder higher up: Temporal keeps
 * `schema/mysql/v8/temporal/versioned/`, `schema/postgresql/v12/temporal/versioned/` and
 * `schema/sqlite/v3/…`, so every set below one folder's dialect-named children is one family, and
 * a dropped set's files are said with the kept set of the same path below the dialect (versions
 * aside), else with the first.
 */
function oneDialectFolder(sets: MigrationSet[], wanted: SqlDialect | undefined): MigrationSet[] {
  const families = new Map<string, { tag: string; below: string; set: MigrationSet }[]>();
  for (const set of sets) {
    const named = folderDialect(set.dir);
    if (named === undefined) continue;
    const parts = set.dir.split('/');
    const key = parts.slice(0, named.at).join('/');
    const below = parts
      .slice(named.at + 1)
      .filter((p) => !VERSION_SEGMENT.test(p))
      .join('/');
    const list = families.get(key) ?? [];
    list.push({ tag: named.tag, below, set });
    families.set(key, list);
  }
  const dropped = new Set<MigrationSet>();
  for (const family of families.values()) {
    const chosen = chooseTag(new Set(family.map((f) => f.tag)), wanted);
    const kept = family.filter((f) => f.tag === chosen);
    if (kept.length === 0 || kept.length === family.length) continue;
    for (const k of kept) k.set.dialect = replayDialect(chosen!) ?? k.set.dialect;
    for (const other of family) {
      if (other.tag === chosen) continue;
      dropped.add(other.set);
      const home = (kept.find((k) => k.below === other.below) ?? kept[0]!).set;
      home.otherDialects = {
        tags: [...new Set([...(home.otherDialects?.tags ?? []), other.tag])].sort(),
        files: [
          ...(home.otherDialects?.files ?? []),
          ...other.set.files.flatMap((f) => (f.down ? [f.file, f.down] : [f.file])),
        ],
      };
    }
  }
  return sets.filter((s) => !dropped.has(s));
}

/** A folder named as a version of the database it is for (`v8`, `v12`): not part of the path to match. */
const VERSION_SEGMENT = /^v?\d+(?:\.\d+)*$/i;

/** A folder's files for one dialect: the chosen tag's and the untagged ones; the rest apart. */
function oneDialect(
  files: string[],
  wanted: SqlDialect | undefined,
): { kept: string[]; other: { chosen?: SqlDialect; tags: string[]; files: string[] } } {
  const tags = new Set(files.map((f) => dialectTag(posix.basename(f))).filter((t): t is string => t !== undefined));
  if (tags.size === 0) return { kept: files, other: { tags: [], files: [] } };
  const chosen = chooseTag(tags, wanted);
  const kept: string[] = [];
  const left: string[] = [];
  // A dialect's own file stands in for the neutral one of the same migration (popx: a
  // `x.postgres.up.sql` replaces `x.up.sql` for PostgreSQL; the neutral file serves the others).
  const overridden = new Set(
    files.filter((f) => dialectTag(posix.basename(f)) === chosen).map((f) => withoutDialectTag(f).toLowerCase()),
  );
  for (const f of files) {
    const tag = dialectTag(posix.basename(f));
    const own = tag === chosen || (tag === undefined && !overridden.has(f.toLowerCase()));
    (own ? kept : left).push(f);
  }
  const dialect = chosen === undefined ? undefined : replayDialect(chosen);
  return {
    kept,
    other: { ...(dialect ? { chosen: dialect } : {}), tags: [...tags].filter((t) => t !== chosen).sort(), files: left },
  };
}

function classify(
  dir: string,
  files: string[],
  sectionOf: (file: string) => MigrationFile['section'],
  versioned: ReadonlyMap<string, VersionedFile>,
): MigrationSet | undefined {
  const entries: MigrationFile[] = [];
  const layouts = new Set<MigrationSet['layout']>();
  const downs = new Map<string, string>();
  const downByUp = new Map<string, string>();
  for (const file of files) {
    const down = GOLANG_MIGRATE_DOWN.exec(posix.basename(file));
    if (down && !downs.has(down[1]!)) downs.set(down[1]!, file);
    const stem = ANY_DOWN.exec(posix.basename(file));
    if (stem) downByUp.set(`${stem[1]}.up.sql`.toLowerCase(), file);
  }
  for (const file of files) {
    const base = posix.basename(file);
    if (base === 'migration.sql') {
      const folder = posix.basename(posix.dirname(file));
      const v = /^(\d{8,})_/.exec(folder)?.[1] ?? (posix.dirname(file).includes('/') ? folder : undefined);
      if (v) {
        layouts.add('prisma');
        entries.push({ file, version: v, section: 'whole' });
        continue;
      }
    }
    if (ANY_DOWN.test(base) || FLYWAY_UNDO.test(base)) continue; // rollbacks are not replayed
    const repeatable = FLYWAY_REPEATABLE.exec(base);
    if (repeatable) {
      layouts.add('flyway');
      // `~` sorts after every digit: repeatables come last, by description.
      entries.push({ file, version: `~${repeatable[1]}`, section: 'whole' });
      continue;
    }
    const inVersion = versioned.get(file);
    if (inVersion) {
      // Its folder's version orders it (Flyway's repeatables above still run last); the files of
      // one version go by name (the sort below).
      layouts.add('version-folders');
      entries.push({ file, version: inVersion.version, section: sectionOf(file) });
      continue;
    }
    if (SCHEMA_DUMP.test(base)) {
      layouts.add('dump');
      entries.push({ file, version: base, section: sectionOf(file) });
      continue;
    }
    // None of these patterns is global or sticky, so `exec` keeps no state; each runs only if the one before failed.
    const golangMigrate = GOLANG_MIGRATE.exec(base);
    const flyway = golangMigrate ? null : FLYWAY.exec(base);
    const numbered = golangMigrate || flyway ? null : NUMBERED.exec(base);
    if (golangMigrate) {
      layouts.add('golang-migrate');
      const entry: MigrationFile = { file, version: golangMigrate[1]!, section: 'whole' };
      const down = downs.get(golangMigrate[1]!);
      if (down !== undefined) entry.down = down;
      entries.push(entry);
    } else if (flyway) {
      layouts.add('flyway');
      entries.push({ file, version: flyway[1]!.replaceAll('_', '.'), section: 'whole' });
    } else if (numbered) {
      layouts.add('numbered');
      const down = downByUp.get(base.toLowerCase());
      entries.push({ file, version: numbered[1]!, section: sectionOf(file), ...(down ? { down } : {}) });
    } else if (MIGRATION_DIR.test(dir)) {
      layouts.add('folder');
      const down = downByUp.get(base.toLowerCase());
      entries.push({ file, version: base, section: sectionOf(file), ...(down ? { down } : {}) });
    }
  }
  if (entries.length === 0) return undefined;
  entries.sort((a, b) => compareVersions(a.version, b.version) || a.file.localeCompare(b.file));
  const layout =
    layouts.size === 1 ? [...layouts][0]! : layouts.has('golang-migrate') ? 'golang-migrate' : [...layouts][0]!;
  return { dir, layout, files: entries, dialect: 'postgres' };
}

/** Compares dotted numeric versions numerically, falling back to text. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (/^\d+$/.test(x) && /^\d+$/.test(y)) {
      const d = BigInt(x) - BigInt(y);
      if (d !== 0n) return d < 0n ? -1 : 1;
    } else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * Whether a dbmate / goose file's down section holds a statement (not only comments): then the
 * file itself is the migration's rollback.
 */
export function hasDownSection(text: string, section: MigrationFile['section']): boolean {
  if (section === 'whole') return false;
  const marker = section === 'dbmate-up' ? /^--\s*migrate:down\b.*$/m : /^--\s*\+goose\s+Down\b.*$/im;
  const start = marker.exec(text);
  if (!start) return false;
  const body = text.slice(start.index + start[0].length);
  return body.split('\n').some((line) => {
    const code = line.trim();
    return code !== '' && !code.startsWith('--');
  });
}

/** dbmate and goose keep up and down in one file, marked by comments. */
export function sectionFromContent(text: string): MigrationFile['section'] {
  if (/^--\s*migrate:up\b/m.test(text)) return 'dbmate-up';
  if (/^--\s*\+goose\s+Up\b/im.test(text)) return 'goose-up';
  return 'whole';
}
