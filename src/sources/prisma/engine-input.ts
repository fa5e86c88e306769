import type { SchemaFiles } from './load-prisma-engine.js';

// The schema text as the engine gets it. Every edit keeps each line where it was (and each
// character's offset), so the engine's file:line still points into the file as written.

const DATASOURCE_START = /^\s*datasource\s+\w+\s*\{/;
const CONNECTION_SETTING = /^(\s*)(url|directUrl|shadowDatabaseUrl)(\s*=)/;

/**
 * Prisma 7's engine (the one packaged) refuses connection URLs in the datasource block (they
 * moved to `prisma.config.ts`), and nearly every schema written for Prisma ≤ 6 has one. They say
 * nothing about the data model, so they are turned into comments.
 */
export function withoutConnectionUrls(files: SchemaFiles): SchemaFiles {
  return files.map(([file, text]) => {
    let inDatasource = false;
    const lines = text.split('\n').map((line) => {
      if (!inDatasource) {
        inDatasource = DATASOURCE_START.test(line) && !/\}\s*$/.test(line);
        return line;
      }
      if (/^\s*\}/.test(line)) {
        inDatasource = false;
        return line;
      }
      return line.replace(CONNECTION_SETTING, '$1//$2$3');
    });
    return [file, lines.join('\n')];
  });
}

/**
 * `@ignore` / `@@ignore` hide a field or model from Prisma Client, but `prisma migrate` still
 * creates its column or table, and the DMMF leaves ignored things out. Blanking the attribute
 * keeps them in the data model; when the engine then rejects the schema (an ignored model without
 * a unique key, say) the schema is read as written and they are missing (the caller says so).
 */
export function withIgnoredIncluded(files: SchemaFiles): { files: SchemaFiles; changed: boolean } {
  let changed = false;
  const out = files.map(([file, text]): [string, string] => [
    file,
    // Strings and comments are matched too, so that an `@ignore` inside them is left alone.
    text.replace(/"(?:[^"\\\n]|\\.)*"|\/\/.*$|@@?ignore\b/gm, (m) => {
      if (!m.startsWith('@')) return m;
      changed = true;
      return ' '.repeat(m.length);
    }),
  ]);
  return { files: out, changed };
}
