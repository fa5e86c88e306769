// One API description written out twice, as `swagger.json` and `swagger.yaml` side by side: what
// generators such as swaggo (`swag init`) and many build scripts leave in a repository. Reading both
// documented every operation twice and reported each one as defined twice. Files of one folder and
// one name, differing only in `.json`/`.yaml`/`.yml`, that hold the same value once parsed are one
// description: the JSON file is read (the cheaper of the two to parse and to cite line by line) and
// a notice says which files were left out. Twins that differ are both read, and the duplicate
// operations they define are reported, since one of them is stale.

import { isDeepStrictEqual } from 'node:util';
import { parse as parseYaml } from 'yaml';
import type { Diagnostic } from '../../facts/model.js';
import type { Selected } from '../source-kind.js';

const SPEC_EXTENSION = /\.(json|ya?ml)$/i;

/** Groups of files (folder and name without extension) with more than one member. */
function twinGroups(files: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const stem = file.replace(SPEC_EXTENSION, '');
    if (stem === file) continue;
    groups.set(stem, [...(groups.get(stem) ?? []), file]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** `files` without the rendered twins of another, with a notice for each group of twins. */
export function dropRenderedTwins(files: readonly string[], text: (file: string) => string): Selected {
  const dropped = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const group of twinGroups(files)) {
    // JSON first, then by name: the file kept does not depend on the order discovery found them.
    const ordered = [...group].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    const values = new Map(ordered.map((f) => [f, parsed(f, text(f))]));
    const kept = ordered[0]!;
    const keptValue = values.get(kept);
    if (keptValue === undefined) continue;
    const same = ordered.slice(1).filter((f) => {
      const v = values.get(f);
      return v !== undefined && isDeepStrictEqual(v, keptValue);
    });
    if (same.length === 0) continue;
    for (const f of same) dropped.add(f);
    diagnostics.push({
      severity: 'notice',
      stage: 'openapi',
      file: same[0]!,
      message:
        `${same.join(', ')} ${same.length === 1 ? 'holds' : 'hold'} the same API description as ${kept}, ` +
        `only written in another format; ${kept} was read`,
    });
  }
  return { files: files.filter((f) => !dropped.has(f)), diagnostics };
}

function rank(file: string): number {
  return /\.json$/i.test(file) ? 0 : 1;
}

/** The file's value, or undefined when it does not parse (its own reader reports that). */
function parsed(file: string, source: string): unknown {
  try {
    return /\.json$/i.test(file) ? JSON.parse(source) : parseYaml(source, { merge: true, maxAliasCount: 1000 });
  } catch {
    return undefined;
  }
}
