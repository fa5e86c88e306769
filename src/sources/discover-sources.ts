import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import picomatch from 'picomatch';
import type { SourcesConfig } from '../config/config-schema.js';
import { sha256 } from '../facts/hash.js';
import type { Diagnostic, InputFile } from '../facts/model.js';
import { decodeSource } from './common/decode-text.js';
import { sourceKinds } from './registry.js';
import type { SourceKind } from './source-kind.js';
import { isTestFolderName, walkRepo } from './walk-repo.js';

/** What discovery found: which files feed which kind, and their text (read once). */
export interface DiscoveredSources {
  /** Files by kind name, sorted; every registered kind has an entry. */
  files: Record<string, string[]>;
  /** Every input with its kind and content hash, sorted by path: the key of incremental runs. */
  inputs: InputFile[];
  texts: Map<string, string>;
  diagnostics: Diagnostic[];
  /** The settings discovery ran with; extraction reads the keys of each kind from them. */
  settings: SourcesConfig;
}

/** `docker-compose.test.yml`, `compose.ci.yaml`: the stack a test suite starts, not the system's. */
const TEST_COMPOSE_NAME = /^(docker-)?compose[.-](.+[.-])?(test|tests|e2e|ci|integration)([.-].+)?\.ya?ml$/i;
/** Sniffing looks at the head only: a 13 MB spec announces itself in its first lines. */
const SNIFF_BYTES = 64 * 1024;

export async function discoverSources(
  repoRoot: string,
  sources: SourcesConfig,
  skipDirs: string[],
): Promise<DiscoveredSources> {
  const kinds = sourceKinds();
  const walked = await walkRepo(repoRoot, skipDirs);
  const diagnostics: Diagnostic[] = walked.unreadable.map(({ dir, message }) => ({
    severity: 'warning',
    stage: 'discovery',
    file: dir,
    message: `folder not readable, not searched: ${message}`,
  }));
  const texts = new Map<string, string>();
  const excluded = matcher(sources.exclude);
  const globs = {
    openapi: matcher(sources.openapi),
    contracts: matcher(sources.contracts),
    migrations: matcher(sources.migrations),
    infra: matcher(sources.infra),
  };
  const forcedKinds = (file: string) =>
    kinds.filter((k) => (k.forcedBy ? k.forcedBy(file, globs[k.configKey]) : globs[k.configKey](file)));
  const auto = sources['auto-discover'];
  // A monorepo's system searches its own folders only; its globs may still name files anywhere.
  const folders = sources.paths ?? [];
  const within = (file: string) => folders.length === 0 || folders.some((d) => file.startsWith(`${d}/`));
  const sourceLike = (file: string) => kinds.some((k) => k.fileName.test(posix.basename(file)));

  const found: Record<string, string[]> = Object.fromEntries(kinds.map((k) => [k.name, []]));
  // Test folders are read only when the config asks, or a glob of its names the file.
  const testLike = [...walked.testFiles, ...walked.files.filter((f) => TEST_COMPOSE_NAME.test(posix.basename(f)))];
  const skippedTests =
    sources['include-test-folders'] || !auto
      ? []
      : testLike.filter((f) => forcedKinds(f).length === 0 && !excluded(f) && sourceLike(f) && within(f));
  const skippedSet = new Set(skippedTests);
  const files = [...walked.files, ...walked.testFiles].filter((f) => !skippedSet.has(f)).sort(compareText);
  if (skippedTests.length > 0) diagnostics.push(testFolderNotice(skippedTests));

  for (const file of files) {
    if (excluded(file)) continue;
    const forced = forcedKinds(file);
    const searched = auto && within(file);
    if (forced.length === 0 && !(searched && sourceLike(file))) continue;
    try {
      const kind = classify(repoRoot, file, forced, searched ? kinds : [], diagnostics, texts);
      if (kind) found[kind.name]!.push(file);
    } catch (err) {
      // Discovery must not end the run over one file (a vanished file, a read error).
      diagnostics.push({
        severity: 'error',
        stage: 'discovery',
        file,
        message: `could not read this file: ${(err as Error).message}`,
      });
      texts.delete(file);
    }
  }

  for (const kind of kinds) {
    if (!kind.select || found[kind.name]!.length === 0) continue;
    const kept = await kind.select(found[kind.name]!, (f) => texts.get(f) ?? '');
    diagnostics.push(...kept.diagnostics);
    const keep = new Set(kept.files);
    for (const f of found[kind.name]!) if (!keep.has(f)) texts.delete(f);
    found[kind.name] = kept.files;
  }

  const inputs: InputFile[] = [];
  for (const [kind, list] of Object.entries(found))
    for (const file of list) inputs.push({ file, kind, sha256: sha256(texts.get(file)!) });
  inputs.sort((a, b) => compareText(a.file, b.file));
  if (inputs.length === 0) diagnostics.push(nothingFound(files.length, folders));
  return { files: found, inputs, texts, diagnostics, settings: sources };
}

/**
 * The kind a file feeds, if any: kinds whose glob names it first, then the others in registry order.
 * Read synchronously: discovery reads thousands of small files one after another with nothing to
 * overlap, and each asynchronous read paid four thread-pool round trips (2.1 s of a 5,000-migration
 * monorepo's 3.5 s of discovery was spent waiting for them).
 */
function classify(
  repoRoot: string,
  file: string,
  forced: SourceKind[],
  automatic: readonly SourceKind[],
  diagnostics: Diagnostic[],
  texts: Map<string, string>,
): SourceKind | undefined {
  const base = posix.basename(file);
  const bytes = readFileSync(join(repoRoot, file));
  if (looksBinary(bytes) && !isUtf16(bytes)) {
    // A binary file behind a source-like name is worth telling about: someone expected it read.
    const byName = [...forced, ...automatic].some(
      (k) => k.fileName.test(base) && k.detect({ file, base, text: '', head: '' }, false) === true,
    );
    if (forced.length > 0 || byName)
      diagnostics.push({
        severity: 'warning',
        stage: 'discovery',
        file,
        message: 'binary file (contains NUL bytes) with a source file name; not read',
      });
    return undefined;
  }
  const { text, problem } = decodeSource(bytes);
  const candidate = { file, base, text, head: text.slice(0, SNIFF_BYTES) };
  const asked: [SourceKind, boolean][] = [
    ...forced.map((k): [SourceKind, boolean] => [k, true]),
    ...automatic.filter((k) => k.fileName.test(base)).map((k): [SourceKind, boolean] => [k, false]),
  ];
  for (const [kind, isForced] of asked) {
    const verdict = kind.detect(candidate, isForced);
    if (verdict === false) continue;
    if (verdict !== true) {
      diagnostics.push({ severity: 'notice', stage: 'discovery', file, message: verdict.skip });
      return undefined;
    }
    texts.set(file, text);
    if (problem) diagnostics.push({ severity: 'warning', stage: 'discovery', file, message: problem });
    return kind;
  }
  return undefined;
}

/**
 * A repository where no kind found anything: said as a warning, since docs of zero tables and zero
 * operations would otherwise read as a finding about the system rather than about where we looked.
 */
function nothingFound(searched: number, folders: readonly string[]): Diagnostic {
  const where = folders.length > 0 ? ` under ${folders.join(', ')}` : '';
  return {
    severity: 'warning',
    stage: 'discovery',
    file: '.',
    message:
      `no API contract, migration or infrastructure file found among the ${searched} ` +
      `file${searched === 1 ? '' : 's'} searched${where}: these docs describe nothing yet. ` +
      `Sources under other names: name them in the config file (sources.openapi, contracts, migrations, infra)`,
  };
}

/** One notice for all skipped test files: how many, and under which test folders. */
function testFolderNotice(files: string[]): Diagnostic {
  const folders = [...new Set(files.map(testFolderOf))].sort(compareText);
  // A folder ends in a test folder's name; a test Compose file outside any is shown as itself.
  const shown = folders.slice(0, 6).map((f) => (isTestFolderName(posix.basename(f)) ? `${f}/` : f));
  const more = folders.length > shown.length ? `, and ${folders.length - shown.length} more` : '';
  return {
    severity: 'notice',
    stage: 'discovery',
    file: '.',
    message:
      `${files.length} file${files.length === 1 ? '' : 's'} in test, fixture, example and CI folders ` +
      `(${shown.join(', ')}${more}) ` +
      `${files.length === 1 ? 'was' : 'were'} not read: ` +
      `they describe the harness around the system, not the system. ` +
      `Set sources.include-test-folders: true in the config file, ` +
      `or name them in sources.openapi/migrations/infra, to read them`,
  };
}

/**
 * The path up to and including its first test folder: `internal/store/testdata/x.yaml` →
 * `internal/store/testdata`.
 */
function testFolderOf(file: string): string {
  const parts = file.split('/');
  const at = parts.findIndex((p, i) => i < parts.length - 1 && isTestFolderName(p));
  // A test Compose file outside any test folder is named as itself.
  return at < 0 ? file : parts.slice(0, at + 1).join('/');
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function matcher(globs: string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  return picomatch(globs, { dot: true });
}

/** UTF-16 text is full of NUL bytes but is text: its byte-order mark says so. */
function isUtf16(bytes: Buffer): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8000).includes(0);
}
