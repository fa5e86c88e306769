import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import picomatch from 'picomatch';
import type { SourcesConfig } from '../config/config-schema.js';
import type { Diagnostic, InputFile, SourceKind } from '../facts/model.js';
import { sha256 } from '../facts/hash.js';
import { groupMigrations, sectionFromContent, type MigrationSet } from './migrations/migration-layout.js';
import { isOpenApiDocument } from './openapi/sniff-openapi.js';
import { walkRepo } from './walk-repo.js';

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
const YAML_OR_JSON = /\.(ya?ml|json)$/i;
const KUBE_API_VERSION = /^apiVersion:\s*\S/m;
const KUBE_KIND = /^kind:\s*\S/m;
/** Sniffing looks at the head only: a 13 MB spec announces itself in its first lines. */
const SNIFF_BYTES = 64 * 1024;

export async function discoverSources(repoRoot: string, sources: SourcesConfig, skipDirs: string[]): Promise<DiscoveredSources> {
  const files = await walkRepo(repoRoot, skipDirs);
  const diagnostics: Diagnostic[] = [];
  const texts = new Map<string, string>();
  const excluded = matcher(sources.exclude);
  const forced = { openapi: matcher(sources.openapi), migrations: matcher(sources.migrations), infra: matcher(sources.infra) };
  const auto = sources['auto-discover'];

  const found: Record<SourceKind, string[]> = { openapi: [], migration: [], compose: [], kubernetes: [], terraform: [] };

  for (const file of files) {
    if (excluded(file)) continue;
    const base = posix.basename(file);
    const wantsOpenapi = forced.openapi(file);
    const wantsMigration = forced.migrations(file) || forced.migrations(posix.dirname(file));
    const wantsInfra = forced.infra(file);
    const isSql = /\.sql$/i.test(base);
    const isTf = /\.tf$/i.test(base);
    const isStructured = YAML_OR_JSON.test(base);
    const candidate = wantsOpenapi || wantsMigration || wantsInfra || (auto && (isSql || isTf || isStructured));
    if (!candidate) continue;

    const bytes = await readFile(join(repoRoot, file));
    if (looksBinary(bytes)) {
      // A binary file behind a source-like name is worth telling about: someone expected it read.
      if (isSql || isTf || wantsOpenapi || wantsMigration || wantsInfra) {
        diagnostics.push({ severity: 'warning', stage: 'discovery', file, message: 'binary file (contains NUL bytes) with a source file name; not read' });
      }
      continue;
    }
    const text = bytes.toString('utf8');
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
        continue;
      }
      kind = 'kubernetes';
    } else if (isStructured && auto && isOpenApiDocument(head)) kind = 'openapi';
    else if (isSql && auto) kind = 'migration';
    if (!kind) continue;
    found[kind].push(file);
    texts.set(file, text);
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

function matcher(globs: string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  return picomatch(globs, { dot: true });
}

function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8000).includes(0);
}
