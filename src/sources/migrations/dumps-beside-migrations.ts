import { posix } from 'node:path';
import type { MigrationSet } from './migration-layout.js';

// A schema dump beside the migrations that produce it is the same database read twice: dbmate
// writes `db/schema.sql` after every `db/migrations/` run, Temporal keeps `temporal/schema.sql`
// over `temporal/versioned/`. Replayed both ways, every table was "also defined by another
// migration folder" and the dump was listed as one more migration. The migrations are read (they
// carry the history: each one's changes and risks), the dump is left out and said so once.

/** A dump left out, and the migrations folder read instead. */
export interface DumpBesideMigrations {
  file: string;
  migrations: string;
}

/** A whole-schema dump (Rails' `db/structure.sql`, a `schema.sql`): one file, the whole schema. */
export const SCHEMA_DUMP = /^(structure|schema)\.sql$/i;

/** How far below a dump's folder its migrations may sit: `db/` → `db/migrations/`, or one more. */
const MAX_DEPTH_BELOW = 2;

export function dumpsBesideMigrations(sets: MigrationSet[]): {
  sets: MigrationSet[];
  besideMigrations: DumpBesideMigrations[];
} {
  const histories = sets.filter((s) => s.layout !== 'dump' && s.unsupported === undefined);
  const besideMigrations: DumpBesideMigrations[] = [];
  const out: MigrationSet[] = [];
  for (const set of sets) {
    // A dump's entry is versioned by its own name; a `schema.sql` inside a version folder (`v1.0/`)
    // carries that folder's version and is a step of the history, not a dump.
    const dumps = set.files.filter((f) => f.version === posix.basename(f.file) && SCHEMA_DUMP.test(f.version));
    const history = dumps.length > 0 ? histories.find((h) => h !== set && isBelow(h.dir, set.dir)) : undefined;
    if (!history) {
      out.push(set);
      continue;
    }
    for (const d of dumps) besideMigrations.push({ file: d.file, migrations: history.dir });
    const rest = set.files.filter((f) => !dumps.includes(f));
    if (rest.length > 0) out.push({ ...set, files: rest });
  }
  return { sets: out, besideMigrations };
}

function isBelow(dir: string, above: string): boolean {
  const prefix = above === '.' ? '' : `${above}/`;
  if (!dir.startsWith(prefix) || dir === above) return false;
  return dir.slice(prefix.length).split('/').length <= MAX_DEPTH_BELOW;
}
