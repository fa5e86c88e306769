import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import picomatch from 'picomatch';
import type { SourcesConfig } from '../config/config-schema.js';
import type { Diagnostic, InputFile, SourceKind } from '../facts/model.js';
import { sha256 } from '../facts/hash.js';
import { groupMigrations, sectionFromContent, type MigrationSet } from './migrations/migration-layout.js';
import { isOpenApiDocument } from './openapi/sniff-openapi.js';
import { decodeSource } from './decode-text.js';
import { isTestFolderName, walkRepo } from './walk-repo.js';

/** What discovery found: which files feed which extractor, and their bytes (read once). */
export interface DiscoveredSources {
  openapi: string[];
  migrationSets: MigrationSet[];
  compose: string[];
  kubernetes: string[];
  terraform: string[];
  /** Every input with its kind and content hash, sorted by path: the key of incremental runs. */
  inputs: InputFile[];
  texts: Map<string, string>;
  diagnostics: Diagnostic[];
}

const COMPOSE_NAME = /^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/i;
/** `docker-compose.test.yml`, `compose.ci.yaml`: the stack a test suite starts, not the system's. */
const TEST_COMPOSE_NAME = /^(docker-)?compose[.-](.+[.-])?(test|tests|e2e|ci|integration)([.-].+)?\.ya?ml$/i;
const YAML_OR_JSON = /\.(ya?ml|json)$/i;
/** Files discovery would look at by name: what a skipped test folder is counted by. */
const SOURCE_LIKE = /\.(ya?ml|json|sql|tf)$/i;
const KUBE_API_VERSION = /^apiVersion:\s*\S/m;
const KUBE_KIND = /^kind:\s*\S/m;
/** Sniffing looks at the head only: a 13 MB spec announces itself in its first lines. */
const SNIFF_BYTES = 64 * 1024;

export async function discoverSources(repoRoot: string, sources: SourcesConfig, skipDirs: string[]): Promise<DiscoveredSources> {
  const walked = await walkRepo(repoRoot, skipDirs);
  const diagnostics: Diagnostic[] = walked.unreadable.map(({ dir, message }) => ({ severity: 'warning', stage: 'discovery', file: dir, message: `folder not readable, not searched: ${message}` }));
  const texts = new Map<string, string>();
  const excluded = matcher(sources.exclude);
  const forced = { openapi: matcher(sources.openapi), migrations: matcher(sources.migrations), infra: matcher(sources.infra) };
  const auto = sources['auto-discover'];
  const named = (file: string) => forced.openapi(file) || forced.migrations(file) || forced.migrations(posix.dirname(file)) || forced.infra(file);

  const found: Record<SourceKind, string[]> = { openapi: [], migration: [], compose: [], kubernetes: [], terraform: [] };
  // Test folders are read only when the config asks, or a glob of its names the file.
  const testLike = [...walked.testFiles, ...walked.files.filter((f) => TEST_COMPOSE_NAME.test(posix.basename(f)))];
  const skippedTests = sources['include-test-folders'] || !auto ? [] : testLike.filter((f) => !named(f) && !excluded(f) && SOURCE_LIKE.test(f));
  const skippedSet = new Set(skippedTests);
  const files = [...walked.files, ...walked.testFiles].filter((f) => !skippedSet.has(f)).sort(compareText);
  if (skippedTests.length > 0) diagnostics.push(testFolderNotice(skippedTests));

  for (const file of files) {
    if (excluded(file)) continue;
    try {
      const kind = await classify(repoRoot, file, { auto, forced, diagnostics, texts });
      if (kind) found[kind].push(file);
    } catch (err) {
      // Discovery must not end the run over one file (a vanished file, a read error).
      diagnostics.push({ severity: 'error', stage: 'discovery', file, message: `could not read this file: ${(err as Error).message}` });
      texts.delete(file);
    }
  }

  const { sets, unplaced } = groupMigrations(found.migration, (f) => sectionFromContent(texts.get(f) ?? ''));
  for (const file of unplaced) {
    diagnostics.push({ severity: 'notice', stage: 'discovery', file, message: 'SQL file outside any migration folder and without a version prefix; not replayed' });
    texts.delete(file);
  }
  const migrationFiles = new Set(sets.flatMap((s) => s.files.map((f) => f.file)));
  found.migration = found.migration.filter((f) => migrationFiles.has(f));

  const inputs: InputFile[] = [];
  for (const [kind, list] of Object.entries(found) as [SourceKind, string[]][]) {
    for (const file of list) inputs.push({ file, kind, sha256: sha256(texts.get(file)!) });
  }
  inputs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  return {
    openapi: found.openapi,
    migrationSets: sets,
    compose: found.compose,
    kubernetes: found.kubernetes,
    terraform: found.terraform,
    inputs,
    texts,
    diagnostics,
  };
}

interface ClassifyContext {
  auto: boolean;
  forced: { openapi: (p: string) => boolean; migrations: (p: string) => boolean; infra: (p: string) => boolean };
  diagnostics: Diagnostic[];
  texts: Map<string, string>;
}

/** Which extractor a file feeds, if any; keeps its text for the extractors. */
async function classify(repoRoot: string, file: string, ctx: ClassifyContext): Promise<SourceKind | undefined> {
  const { auto, forced, diagnostics, texts } = ctx;
  const base = posix.basename(file);
  const wantsOpenapi = forced.openapi(file);
  const wantsMigration = forced.migrations(file) || forced.migrations(posix.dirname(file));
  const wantsInfra = forced.infra(file);
  const isSql = /\.sql$/i.test(base);
  const isTf = /\.tf$/i.test(base);
  const isStructured = YAML_OR_JSON.test(base);
  const candidate = wantsOpenapi || wantsMigration || wantsInfra || (auto && (isSql || isTf || isStructured));
  if (!candidate) return undefined;

  const bytes = await readFile(join(repoRoot, file));
  if (looksBinary(bytes) && !isUtf16(bytes)) {
    // A binary file behind a source-like name is worth telling about: someone expected it read.
    if (isSql || isTf || wantsOpenapi || wantsMigration || wantsInfra) {
      diagnostics.push({ severity: 'warning', stage: 'discovery', file, message: 'binary file (contains NUL bytes) with a source file name; not read' });
    }
    return undefined;
  }
  const { text, problem } = decodeSource(bytes);
  const head = text.slice(0, SNIFF_BYTES);

  let kind: SourceKind | undefined;
  if (wantsOpenapi) kind = 'openapi';
  else if (wantsMigration && isSql) kind = 'migration';
  else if (isTf && (wantsInfra || auto)) kind = 'terraform';
  else if (isStructured && COMPOSE_NAME.test(base) && (wantsInfra || auto)) kind = 'compose';
  else if (/\.ya?ml$/i.test(base) && KUBE_API_VERSION.test(head) && KUBE_KIND.test(head) && (wantsInfra || auto)) {
    // Helm chart templates are Go templates, not YAML yet: they need rendering first.
    if (head.includes('{{')) {
      diagnostics.push({ severity: 'notice', stage: 'discovery', file, message: 'Kubernetes manifest with Go template syntax ({{ }}), e.g. a Helm template; not read' });
      return undefined;
    }
    kind = 'kubernetes';
  } else if (isStructured && auto && isOpenApiDocument(head)) kind = 'openapi';
  else if (isSql && auto) kind = 'migration';
  if (!kind) return undefined;
  texts.set(file, text);
  if (problem) diagnostics.push({ severity: 'warning', stage: 'discovery', file, message: problem });
  return kind;
}

/** One notice for all skipped test files: how many, and under which test folders. */
function testFolderNotice(files: string[]): Diagnostic {
  const folders = [...new Set(files.map(testFolderOf))].sort(compareText);
  const shown = folders.slice(0, 6).map((f) => (SOURCE_LIKE.test(f) ? f : `${f}/`));
  const more = folders.length > shown.length ? `, and ${folders.length - shown.length} more` : '';
  return {
    severity: 'notice',
    stage: 'discovery',
    file: '.',
    message: `${files.length} file${files.length === 1 ? '' : 's'} in test and fixture folders (${shown.join(', ')}${more}) were not read: they describe tests, not the system. Set sources.include-test-folders: true in the config file, or name them in sources.openapi/migrations/infra, to read them`,
  };
}

/** The path up to and including its first test folder: `internal/store/testdata/x.yaml` → `internal/store/testdata`. */
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
