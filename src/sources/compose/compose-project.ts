// A Compose project resolved the way `docker compose config` resolves it: the main file and its
// override merged, each file's `include`d projects joined in, every `extends` followed, variables
// interpolated from the project's `.env`, and services of inactive profiles left out.

import { posix } from 'node:path';
import type { Diagnostic, SourceLocation } from '../../facts/model.js';
import type { RepoReader } from '../common/repo-reader.js';
import { readComposeFile, type ComposeFile } from './compose-file.js';
import { type DotEnv, NO_DOT_ENV, parseDotEnv } from './dot-env.js';
import { type Json, keyed, mergeService, settle } from './merge-services.js';

/** `include` inside `include` deeper than this is a mistake or a trap. */
export const MAX_INCLUDE_DEPTH = 8;
/** `extends` chains longer than this are not followed further. */
export const MAX_EXTENDS_DEPTH = 10;

export interface ProjectService {
  name: string;
  body: Json;
  /** Where the service is first defined (its key in the main file, an override, or an included file). */
  source: SourceLocation;
  profiles: string[];
}

export interface ComposeProject {
  /** Repo-relative project directory (the main file's folder; `.` at the root). */
  dir: string;
  /** The files `docker compose -f` would be given, in order: the main file, then its override. */
  files: string[];
  /** The services `docker compose config` would print, in definition order. */
  services: ProjectService[];
  /** Services left out because none of their profiles is active, with those profiles. */
  inactive: Map<string, string[]>;
  env: DotEnv;
  /** The `env_file`s its services read (hashed without their secret values, like `.env`). */
  envFiles: Set<string>;
}

export interface ProjectOptions {
  reader: RepoReader;
  /** Active profiles; undefined documents every service. */
  profiles: string[] | undefined;
  diagnostics: Diagnostic[];
}

/** Resolves the project of `files` (main first). Never throws. */
export function loadComposeProject(files: string[], options: ProjectOptions): ComposeProject {
  const dir = posix.dirname(files[0]!);
  const env = readDotEnv(options.reader, posix.join(dir, '.env'));
  const loader = new ProjectLoader(options);
  const all = loader.layers(files, env, [], true);
  const services: ProjectService[] = [];
  const inactive = new Map<string, string[]>();
  const envFiles = new Set<string>();
  const unreadable: UnreadableEnvFiles = new Map();
  for (const s of all.values()) {
    s.body = withEnvFiles(settle(s.body) as Json, s, options, envFiles, unreadable);
    s.profiles = profilesOf(s.body);
    const active = options.profiles === undefined || s.profiles.length === 0;
    if (active || s.profiles.some((p) => options.profiles!.includes(p))) services.push(s);
    else inactive.set(s.name, s.profiles);
  }
  // One notice per missing file, not per service naming it: a project's ten services sharing one
  // untracked `.env` (hoppscotch) made ten identical lines.
  for (const [file, { error, at, services: names }] of unreadable) {
    const by = names.length === 1 ? '' : `, named by ${names.length} services (${listed(names)})`;
    const message = `env_file ${file} cannot be read (${error})${by}; its variables are not listed`;
    options.diagnostics.push({ severity: 'notice', stage: 'infra', ...at, message });
  }
  return { dir, files, services, inactive, env, envFiles };
}

/** Env files that could not be read: the error, the first service's place, every service naming it. */
type UnreadableEnvFiles = Map<string, { error: string; at: SourceLocation; services: string[] }>;

function listed(names: readonly string[]): string {
  return names.length <= 4 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

/**
 * `env_file:` joined into `environment` as `docker compose config` does (the service's own
 * `environment` wins). Only names and non-secret values come in: a secret-named variable keeps its
 * name with no value. Paths are relative to the file that defines the service.
 */
function withEnvFiles(
  body: Json,
  service: ProjectService,
  options: ProjectOptions,
  envFiles: Set<string>,
  unreadable: UnreadableEnvFiles,
): Json {
  const { source } = service;
  const spec = body.env_file;
  if (spec === undefined) return body;
  const entries = (Array.isArray(spec) ? spec : [spec]).map((e) =>
    typeof e === 'string'
      ? { path: e, required: true }
      : { path: asRecord(e)?.path, required: asRecord(e)?.required !== false },
  );
  const fromFiles: Json = {};
  for (const { path, required } of entries) {
    if (typeof path !== 'string') continue;
    const file = posix.normalize(posix.join(posix.dirname(source.file), path));
    const read = options.reader.read(file);
    if ('error' in read) {
      // Often a developer's own untracked file (`.env.local`): worth a notice, not a warning.
      if (required) {
        const seen = unreadable.get(file);
        if (seen) seen.services.push(service.name);
        else unreadable.set(file, { error: read.error, at: source, services: [service.name] });
      }
      continue;
    }
    envFiles.add(file);
    const parsed = parseDotEnv(read.text);
    for (const name of parsed.withheld) fromFiles[name] = null;
    for (const [name, value] of parsed.usable) fromFiles[name] = value;
  }
  const { env_file: _, ...rest } = body;
  return { ...rest, environment: { ...fromFiles, ...keyed(body.environment) } };
}

function readDotEnv(reader: RepoReader, file: string): DotEnv {
  const read = reader.read(file);
  return 'text' in read ? parseDotEnv(read.text) : NO_DOT_ENV;
}

class ProjectLoader {
  /** Parsed files by path and the `.env` they were interpolated with (each file is read once). */
  private readonly parsed = new Map<string, { env: DotEnv; file: ComposeFile | undefined }>();

  constructor(private readonly options: ProjectOptions) {}

  /** Files merged in order (main, then overrides), each with its includes and extends resolved. */
  layers(files: string[], env: DotEnv, includeChain: string[], top: boolean): Map<string, ProjectService> {
    const merged = new Map<string, ProjectService>();
    for (const [i, file] of files.entries()) {
      for (const s of this.layer(file, env, includeChain, top && i === 0).values()) {
        const seen = merged.get(s.name);
        if (!seen) merged.set(s.name, s);
        else {
          const body = mergeService(seen.body, s.body);
          merged.set(s.name, { ...seen, body, profiles: profilesOf(body) });
        }
      }
    }
    return merged;
  }

  private layer(file: string, env: DotEnv, includeChain: string[], main: boolean): Map<string, ProjectService> {
    const out = new Map<string, ProjectService>();
    const cf = this.parse(file, env);
    if (!cf) return out;
    const services = asRecord(cf.root.services);
    if (main && !services && !Array.isArray(cf.root.include)) {
      this.note('notice', file, 1, 'no `services` section: nothing to read in this Compose file');
    }
    this.includes(cf, env, [...includeChain, file], out);
    for (const name of Object.keys(services ?? {})) {
      if (name === '<<') continue;
      const line = cf.serviceLines.get(name) ?? 1;
      const body = this.resolveExtends(cf, name, env, [], { file, line });
      if (out.has(name)) {
        const from = out.get(name)!.source;
        this.note(
          'warning',
          file,
          line,
          `service \`${name}\` is also imported from ${from.file}:${from.line}; ` +
            'docker compose refuses this conflict; the definition here is documented',
        );
      }
      out.set(name, { name, body, source: { file, line }, profiles: profilesOf(body) });
    }
    return out;
  }

  private parse(file: string, env: DotEnv): ComposeFile | undefined {
    const cached = this.parsed.get(file);
    if (cached && cached.env === env) return cached.file;
    const read = this.options.reader.read(file);
    const cf = 'text' in read ? readComposeFile(file, read.text, env, this.options.diagnostics) : undefined;
    this.parsed.set(file, { env, file: cf });
    return cf;
  }

  /** `include:` entries: a path, or `{path, project_directory, env_file}` with one path or a list. */
  private includes(cf: ComposeFile, env: DotEnv, chain: string[], out: Map<string, ProjectService>): void {
    const list = cf.root.include;
    if (!Array.isArray(list)) return;
    const here = posix.dirname(cf.file);
    for (const [i, entry] of list.entries()) {
      const line = cf.includeLines[i] ?? 1;
      const record = asRecord(entry);
      const raw = record ? record.path : entry;
      const paths = (Array.isArray(raw) ? raw : [raw]).filter((p): p is string => typeof p === 'string');
      if (paths.length === 0) {
        this.note('warning', cf.file, line, 'an `include` entry names no file; skipped');
        continue;
      }
      const files = paths.map((p) => posix.normalize(posix.join(here, p)));
      const cycle = files.find((f) => chain.includes(f));
      if (cycle) {
        const loop = [...chain.slice(chain.indexOf(cycle)), cycle].join(' → ');
        this.note('error', cf.file, line, `include cycle: ${loop}; not followed`);
        continue;
      }
      if (chain.length > MAX_INCLUDE_DEPTH) {
        this.note('error', cf.file, line, `includes nested deeper than ${MAX_INCLUDE_DEPTH}; not followed`);
        continue;
      }
      const missing = files.find((f) => 'error' in this.options.reader.read(f));
      if (missing) {
        const why = this.options.reader.read(missing);
        this.note('error', cf.file, line, `cannot include ${missing}: ${'error' in why ? why.error : ''}`);
        continue;
      }
      // The included project interpolates with its own `.env`; the including project's values win.
      const dir =
        typeof record?.project_directory === 'string'
          ? posix.normalize(posix.join(here, record.project_directory))
          : posix.dirname(files[0]!);
      const envFile =
        typeof record?.env_file === 'string' ? posix.join(here, record.env_file) : posix.join(dir, '.env');
      const own = readDotEnv(this.options.reader, envFile);
      const included = own === NO_DOT_ENV ? env : joinEnv(own, env);
      for (const s of this.layers(files, included, chain, false).values()) {
        if (out.has(s.name)) {
          this.note('warning', cf.file, line, `service \`${s.name}\` is imported twice; the first is documented`);
          continue;
        }
        out.set(s.name, s);
      }
    }
  }

  /** The service with its `extends` chain merged in (same file, or `file:` relative to this one). */
  /** `origin`: the service a chain started from, where its problems are reported. */
  private resolveExtends(cf: ComposeFile, name: string, env: DotEnv, chain: string[], origin: SourceLocation): Json {
    const body = asRecord(asRecord(cf.root.services)?.[name]) ?? {};
    const ext = body.extends;
    if (ext === undefined) return body;
    const { extends: _, ...own } = body;
    const spec = typeof ext === 'string' ? { service: ext } : asRecord(ext);
    const service = spec?.service;
    if (typeof service !== 'string') {
      this.note('warning', origin.file, origin.line, `service \`${name}\`: \`extends\` names no service; ignored`);
      return own;
    }
    const target =
      typeof spec?.file === 'string' ? posix.normalize(posix.join(posix.dirname(cf.file), spec.file)) : cf.file;
    const key = `${target}#${service}`;
    const here = `${cf.file}#${name}`;
    if (chain.includes(key) || key === here) {
      this.note('error', origin.file, origin.line, `extends cycle: ${[...chain, here, key].join(' → ')}; not followed`);
      return own;
    }
    if (chain.length >= MAX_EXTENDS_DEPTH) {
      this.note(
        'error',
        origin.file,
        origin.line,
        `extends chain longer than ${MAX_EXTENDS_DEPTH}; not followed further`,
      );
      return own;
    }
    if (target !== cf.file) {
      const read = this.options.reader.read(target);
      if ('error' in read) {
        this.note(
          'error',
          origin.file,
          origin.line,
          `service \`${name}\` extends a service in ${target}: ${read.error}`,
        );
        return own;
      }
    }
    const base = target === cf.file ? cf : this.parse(target, env);
    if (!base) return own; // its syntax errors are reported already
    if (!asRecord(asRecord(base.root.services)?.[service])) {
      this.note(
        'error',
        origin.file,
        origin.line,
        `service \`${name}\` extends \`${service}\`, which ${target} does not define`,
      );
      return own;
    }
    return mergeService(this.resolveExtends(base, service, env, [...chain, here], origin), own);
  }

  private note(severity: Diagnostic['severity'], file: string, line: number, message: string): void {
    this.options.diagnostics.push({ severity, stage: 'infra', file, line, message });
  }
}

function joinEnv(own: DotEnv, parent: DotEnv): DotEnv {
  const usable = new Map(own.usable);
  for (const [k, v] of parent.usable) usable.set(k, v);
  const withheld = new Set([...own.withheld, ...parent.withheld]);
  for (const k of withheld) usable.delete(k);
  return { usable, withheld, withheldValues: [...own.withheldValues, ...parent.withheldValues] };
}

function profilesOf(body: Json): string[] {
  return Array.isArray(body.profiles) ? [...new Set(body.profiles.filter((p) => typeof p === 'string'))] : [];
}

function asRecord(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}
