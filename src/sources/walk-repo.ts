import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';

// Folders that never hold a service's own source of truth; skipping them keeps discovery fast
// and keeps third-party specs/migrations out of the docs.
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', 'vendor', 'third_party', 'bower_components', '.terraform', '.venv', 'venv', '__pycache__', 'dist', 'build', 'target', 'coverage']);

/** Every file under `root` that git would not ignore, as sorted repo-relative posix paths. */
export async function walkRepo(root: string, skipDirs: string[] = []): Promise<string[]> {
  const out: string[] = [];
  const skipped = new Set(skipDirs);
  // Each level carries the .gitignore rules of the folders above it, with the folder they apply to.
  async function walk(rel: string, rules: { base: string; ig: Ignore }[]): Promise<void> {
    const abs = join(root, rel);
    const entries = await readdir(abs, { withFileTypes: true });
    const here = await readGitignore(abs);
    const levelRules = here ? [...rules, { base: rel, ig: here }] : rules;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      const isDir = entry.isDirectory();
      if (isDir && (ALWAYS_SKIPPED.has(entry.name) || skipped.has(path))) continue;
      if (!isDir && !entry.isFile()) continue; // links and devices are not sources
      if (isIgnored(levelRules, path, isDir)) continue;
      if (isDir) await walk(path, levelRules);
      else out.push(path);
    }
  }
  await walk('', []);
  return out;
}

async function readGitignore(dir: string): Promise<Ignore | undefined> {
  try {
    return ignore().add(await readFile(join(dir, '.gitignore'), 'utf8'));
  } catch {
    return undefined;
  }
}

function isIgnored(rules: { base: string; ig: Ignore }[], path: string, isDir: boolean): boolean {
  for (const { base, ig } of rules) {
    const relToBase = base ? path.slice(base.length + 1) : path;
    if (ig.ignores(isDir ? `${relToBase}/` : relToBase)) return true;
  }
  return false;
}
