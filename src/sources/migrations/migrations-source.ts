import type { Diagnostic } from '../../facts/model.js';
import type { SourceKind } from '../source-kind.js';
import { groupMigrations, sectionFromContent } from './migration-layout.js';

const SQL = /\.sql$/i;

/** SQL migrations, replayed into embedded PostgreSQL; the schema is read from its catalog. */
export const migrationsSource = {
  name: 'migration',
  label: 'migrations',
  stage: 'migrations',
  area: 'data',
  loadsEngine: true,
  configKey: 'migrations',
  fileName: SQL,
  // A glob may name the migration folder rather than the files in it.
  forcedBy: (file, matches) => matches(file) || matches(file.slice(0, Math.max(0, file.lastIndexOf('/')))),
  detect: (c) => SQL.test(c.base),
  select(files, text) {
    const { sets, unplaced, besideMigrations } = groupMigrations(files, (f) => sectionFromContent(text(f)));
    // Files for another dialect than the one replayed are inputs too (a changed MySQL variant is
    // a changed input), but they are not read.
    const diagnostics: Diagnostic[] = unplaced.map((file) => ({
      severity: 'notice',
      stage: 'discovery',
      file,
      message: 'SQL file outside any migration folder and without a version prefix; not replayed',
    }));
    for (const { file, migrations } of besideMigrations)
      diagnostics.push({
        severity: 'notice',
        stage: 'discovery',
        file,
        message: `a schema dump beside the migrations in ${migrations}/: the schema is read from the migrations`,
      });
    // A migration's `.down.sql` is kept as an input too: the docs say whether a release can be
    // rolled back, so a changed rollback is a changed input. It is never replayed.
    const kept = new Set(
      sets.flatMap((s) => [
        ...s.files.flatMap((f) => (f.down ? [f.file, f.down] : [f.file])),
        ...(s.otherDialects?.files ?? []),
      ]),
    );
    return { files: files.filter((f) => kept.has(f)), diagnostics };
  },
  async extract({ files, text, settings }) {
    const { replaySets } = await import('./replay-sets.js');
    const { openReplayCache } = await import('./replay-cache.js');
    const dialect = settings['migration-dialect'];
    const { sets } = groupMigrations(files, (f) => sectionFromContent(text(f)), {
      ...(dialect ? { dialect } : {}),
      text,
    });
    const texts = new Map(files.map((f) => [f, text(f)]));
    const r = await replaySets(sets, texts, {
      placeholders: settings['migration-placeholders'] ?? {},
      // Replays under two seconds are not stored: a dump costs more than replaying them again.
      cache: openReplayCache(undefined, undefined, 2_000),
    });
    return { facts: { schema: r.facts, findings: r.findings }, diagnostics: r.diagnostics };
  },
  changeGroups: [
    { prefix: 'table:', title: 'Schema' },
    { prefix: 'fk:', title: 'Relationships' },
    { prefix: 'index:', title: 'Indexes' },
  ],
} satisfies SourceKind;
