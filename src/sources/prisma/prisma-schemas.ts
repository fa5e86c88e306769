import { existsSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';

// Which `.prisma` files make one schema. A schema is a single `schema.prisma`, or (Prisma's
// multi-file schemas, `prisma/schema/*.prisma`) a folder of files one of which holds the
// `datasource` block: the files below that file's folder belong to it. Files under no datasource
// are kept together by folder, and reported, since without a provider no SQL can be rendered.

export interface PrismaSchemaSet {
  /** The folder of the file holding the datasource (or of the files, when none does). */
  dir: string;
  /** The file holding the datasource block, when there is one. */
  main?: string;
  /** Every file of the schema, sorted, the main file first. */
  files: string[];
}

const DATASOURCE = /^\s*datasource\s+\w+\s*\{/m;

export function groupPrismaSchemas(files: readonly string[], text: (file: string) => string): PrismaSchemaSet[] {
  const mains = [...files].filter((f) => DATASOURCE.test(text(f))).sort(byPath);
  const sets = new Map<string, PrismaSchemaSet>();
  for (const main of mains) sets.set(main, { dir: posix.dirname(main), main, files: [main] });
  const orphans = new Map<string, PrismaSchemaSet>();
  for (const file of [...files].sort(byPath)) {
    if (sets.has(file)) continue;
    const owner = ownerOf(file, mains);
    if (owner) sets.get(owner)!.files.push(file);
    else {
      const dir = posix.dirname(file);
      const set = orphans.get(dir) ?? { dir, files: [] };
      set.files.push(file);
      orphans.set(dir, set);
    }
  }
  return [...sets.values(), ...orphans.values()].sort(
    (a, b) => byPath(a.dir, b.dir) || byPath(a.files[0]!, b.files[0]!),
  );
}

/** The datasource file whose folder holds the file most closely; `schema.prisma` wins a tie. */
function ownerOf(file: string, mains: readonly string[]): string | undefined {
  const holding = mains.filter((m) => {
    const dir = posix.dirname(m);
    return dir === '.' || file.startsWith(`${dir}/`);
  });
  holding.sort(
    (a, b) =>
      posix.dirname(b).length - posix.dirname(a).length ||
      Number(posix.basename(b) === 'schema.prisma') - Number(posix.basename(a) === 'schema.prisma') ||
      byPath(a, b),
  );
  return holding[0];
}

/**
 * The Prisma migrations folder of a schema, when it holds migrations: `migrations/` beside the
 * schema file (or beside the `schema/` folder of a multi-file schema) with `<name>/migration.sql`
 * folders (`<timestamp>_<name>` when `prisma migrate` names them, any name when a team does:
 * Prisma applies them in the order of their names). Read from the file system, because those
 * files are another kind's.
 */
export function prismaMigrationsFolder(
  repoRoot: string,
  set: PrismaSchemaSet,
  /** The config's `sources.exclude`: excluded migrations are not read, so they document nothing. */
  excluded: (file: string) => boolean = () => false,
): string | undefined {
  const candidates = [posix.join(set.dir, 'migrations')];
  if (posix.basename(set.dir) === 'schema') candidates.push(posix.join(posix.dirname(set.dir), 'migrations'));
  return candidates.find((dir) => {
    const abs = join(repoRoot, dir);
    try {
      return readdirSync(abs, { withFileTypes: true }).some(
        (e) =>
          e.isDirectory() &&
          existsSync(join(abs, e.name, 'migration.sql')) &&
          !excluded(posix.join(dir, e.name, 'migration.sql')),
      );
    } catch {
      return false;
    }
  });
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
