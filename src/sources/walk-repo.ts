import { execFile } from 'node:child_process';
import type { Dirent } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ignore, { type Ignore } from 'ignore';

// Folders that never hold a service's own source of truth; skipping them keeps discovery fast
// and keeps third-party specs/migrations out of the docs.
const ALWAYS_SKIPPED = new Set([
  '.git',
  'node_modules',
  'vendor',
  'third_party',
  'bower_components',
  '.terraform',
  '.venv',
  'venv',
  '__pycache__',
  'dist',
  'build',
  'target',
  'coverage',
]);

/**
 * Folders of tests and their fixtures, of examples, and of CI pipelines. What they hold (a
 * Compose file for the test database, a fixture spec, a vendored tool's stub migrations, an
 * example's Terraform, the CI cluster's manifests under `.github/`) describes the harness around
 * the system, not the system, so it is left out unless the config asks for it. `spec/` is not
 * here: many repositories keep their API description there.
 */
const TEST_FOLDERS = new Set([
  'test',
  'tests',
  '__tests__',
  '__test__',
  'testdata',
  'test-data',
  'test_data',
  'testfixtures',
  'fixtures',
  '__fixtures__',
  'integrationtest',
  'integration-tests',
  'integration_tests',
  'e2e',
  'cypress',
  'playwright',
  'mock',
  'mocks',
  '__mocks__',
  'stub',
  'stubs',
  'example',
  'examples',
  'sample',
  'samples',
  '.github',
  '.gitlab',
  '.circleci',
  '.buildkite',
]);

export function isTestFolderName(name: string): boolean {
  return TEST_FOLDERS.has(name.toLowerCase());
}

export interface WalkedRepo {
  /** Files outside test folders, sorted repo-relative posix paths. */
  files: string[];
  /** Files inside test and fixture folders, sorted. */
  testFiles: string[];
  /** Folders that could not be listed (permissions, a vanished folder), with the reason. */
  unreadable: { dir: string; message: string }[];
}

/**
 * Every file under `root` that git would not ignore, split into the system's files and test
 * files. In a git checkout git itself answers: a tracked file is never ignored, whatever
 * `.gitignore` says (a pattern like `hanko`, meant for a built binary, also matches the tracked
 * `deploy/k8s/base/hanko/` folder). Elsewhere the folders are walked and `.gitignore` applied.
 */
export async function walkRepo(root: string, skipDirs: string[] = []): Promise<WalkedRepo> {
  return (await listWithGit(root, skipDirs)) ?? (await walkFolders(root, skipDirs));
}

const run = promisify(execFile);

async function listWithGit(root: string, skipDirs: string[]): Promise<WalkedRepo | undefined> {
  let stdout: string;
  try {
    // Tracked files plus untracked ones git does not ignore: what `git add -A` would consider.
    ({ stdout } = await run('git', ['-C', root, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      maxBuffer: 512 * 1024 * 1024,
      encoding: 'utf8',
    }));
  } catch {
    return undefined; // not a git checkout, or no git on this machine
  }
  const result: WalkedRepo = { files: [], testFiles: [], unreadable: [] };
  const paths = [...new Set(stdout.split('\0').filter(Boolean))].sort(compareText);
  for (const path of paths) {
    const dirs = path.split('/').slice(0, -1);
    if (dirs.some((d) => ALWAYS_SKIPPED.has(d)) || skipDirs.some((d) => path === d || path.startsWith(`${d}/`)))
      continue;
    // Deleted in the work tree but still in the index, a submodule, a symlink: not a source file.
    const stat = await lstat(join(root, path)).catch(() => undefined);
    if (!stat?.isFile()) continue;
    (dirs.some(isTestFolderName) ? result.testFiles : result.files).push(path);
  }
  return result;
}

async function walkFolders(root: string, skipDirs: string[]): Promise<WalkedRepo> {
  const result: WalkedRepo = { files: [], testFiles: [], unreadable: [] };
  const skipped = new Set(skipDirs);
  // Each level carries the .gitignore rules of the folders above it, with the folder they apply to.
  async function walk(rel: string, rules: { base: string; ig: Ignore }[], inTests: boolean): Promise<void> {
    const abs = join(root, rel);
    let entries: Dirent[];
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch (err) {
      result.unreadable.push({ dir: rel || '.', message: (err as Error).message });
      return;
    }
    const here = await readGitignore(abs);
    const levelRules = here ? [...rules, { base: rel, ig: here }] : rules;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      const isDir = entry.isDirectory();
      if (isDir && (ALWAYS_SKIPPED.has(entry.name) || skipped.has(path))) continue;
      if (!isDir && !entry.isFile()) continue; // links and devices are not sources
      if (isIgnored(levelRules, path, isDir)) continue;
      if (isDir) await walk(path, levelRules, inTests || isTestFolderName(entry.name));
      else (inTests ? result.testFiles : result.files).push(path);
    }
  }
  await walk('', [], false);
  return result;
}

async function readGitignore(dir: string): Promise<Ignore | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
  try {
    return ignore().add(text);
  } catch {
    // A pattern the ignore library cannot compile: ignoring nothing is safer than stopping.
    return undefined;
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isIgnored(rules: { base: string; ig: Ignore }[], path: string, isDir: boolean): boolean {
  for (const { base, ig } of rules) {
    const relToBase = base ? path.slice(base.length + 1) : path;
    if (ig.ignores(isDir ? `${relToBase}/` : relToBase)) return true;
  }
  return false;
}
