import type { Diagnostic, Finding, SchemaFacts } from '../../facts/model.js';
import type { Extracted } from '../extract-result.js';
import type { MigrationSet } from './migration-layout.js';
import { replayPostgres } from './replay-postgres.js';

// Each migration set is replayed in the engine of its dialect, and the schemas are joined into the
// one the docs describe. A set written for several dialects was narrowed to one on grouping; what
// was left out is said once per set here.

export interface ReplayOptions {
  /** `sources.migration-placeholders`: values for template and Flyway/Liquibase placeholders. */
  placeholders: Readonly<Record<string, string>>;
}

export async function replaySets(
  sets: MigrationSet[],
  texts: Map<string, string>,
  options: ReplayOptions,
): Promise<Extracted<SchemaFacts> & { findings: Finding[] }> {
  const diagnostics: Diagnostic[] = [];
  for (const set of sets) {
    if (!set.otherDialects) continue;
    const { tags, files } = set.otherDialects;
    diagnostics.push({
      severity: 'notice',
      stage: 'migrations',
      file: set.dir,
      message:
        `${files.length} migration file${files.length === 1 ? '' : 's'} for ${tags.join(', ')} not replayed: ` +
        `the ${set.dialect} files and the dialect-neutral ones are ` +
        '(set sources.migration-dialect in the config file to choose another)',
    });
  }
  const r = await replayPostgres(sets, texts, options);
  return { ...r, diagnostics: [...diagnostics, ...r.diagnostics] };
}
