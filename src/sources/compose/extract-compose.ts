// Reads Docker Compose projects into infra facts: one component per service, and the edges the
// project states (`depends_on`, `links`, `network_mode: service:x`, `volumes_from`) or implies (an
// environment variable whose URL or host:port names another service).
//
// Each project is first resolved as `docker compose config` would (compose-project.ts): main file
// and override merged, `include`, `extends`, interpolation from `.env`, profiles. With
// `render-tools: auto` and the Compose plugin on PATH, the tool's own resolution is used instead.
//
// Compose files lean on YAML anchors and `<<` merge keys (`x-common: &common` shared by every
// service), so files are parsed with `merge: true`; js-yaml would leave `<<` as a plain key.
// Environment values are read only to find host names and are never kept (only each host, its
// URL scheme and port, as `hosts`): Compose files routinely hold passwords in plain text. The
// same goes for commands and health checks, whose secret-shaped arguments are masked.

import type { Component, Diagnostic, Edge, InfraFacts, Probe, SourceLocation } from '../../facts/model.js';
import type { Extracted } from '../extract-result.js';
import type { ExtractInput } from '../source-kind.js';
import { commandLine } from '../common/command-line.js';
import { envHostsInValue, hostsInEnvValue } from '../common/env-value-hosts.js';
import { type RepoReader, repoReader } from '../common/repo-reader.js';
import { readComposeFile } from './compose-file.js';
import { referencedText } from '../referenced-inputs.js';
import { composeConfigServices, dockerCompose } from './compose-config-tool.js';
import { type ComposeProject, loadComposeProject } from './compose-project.js';
import { planProjects } from './project-files.js';

/** A published range like `9000-9999` is listed port by port only while that stays readable. */
const MAX_RANGE_PORTS = 64;
/** The label a service's profiles are shown under (Compose itself sets no such label). */
export const PROFILES_LABEL = 'com.docker.compose.profiles';

type Json = Record<string, unknown>;

interface ServiceEntry {
  name: string;
  source: SourceLocation;
  body: Json;
  profiles: string[];
}

/** One Compose file read as a project of its own (no override, no files beside it). */
export function extractCompose(file: string, text: string): Extracted<InfraFacts> {
  const reader: RepoReader = {
    read: (f) => (f === file ? { text } : { error: `${f} is not read by a one-file extraction` }),
    isDirectory: () => false,
    list: () => [],
    readFiles: new Map(),
  };
  const diagnostics: Diagnostic[] = [];
  const project = loadComposeProject([file], { reader, profiles: undefined, diagnostics });
  return { facts: projectFacts(project, diagnostics), diagnostics };
}

/** Every Compose project among the discovered files, each file read once and in its place. */
export async function extractComposeProjects(input: ExtractInput): Promise<Extracted<InfraFacts>> {
  const { repoRoot, files, text, settings } = input;
  const discovered = new Set(files);
  const reader = repoReader(repoRoot, (f) => (discovered.has(f) ? text(f) : undefined));
  const diagnostics: Diagnostic[] = [];
  const plan = planProjects(files, (f) => {
    const read = reader.read(f);
    return 'text' in read ? readComposeFile(f, read.text, false, [])?.root : undefined;
  });
  diagnostics.push(...plan.diagnostics);

  // Files a project reads (its own, includes, extends) are not read again as projects of their own.
  const used = new Set<string>();
  const tracking: RepoReader = {
    ...reader,
    read(f) {
      used.add(f);
      return reader.read(f);
    },
  };
  const profiles = settings['compose-profiles'];
  const docker = settings['render-tools'] === 'auto' ? await dockerCompose() : undefined;
  const projects: ComposeProject[] = [];
  const queue = plan.projects.map((p) => p.files);
  for (;;) {
    // Then files no project read, left only by an include or extends cycle: from the first of them.
    const left = files.find((f) => !used.has(f) && !plan.skipped.has(f));
    const next = queue.shift() ?? (left ? [left] : undefined);
    if (!next) break;
    if (next.every((f) => used.has(f))) continue;
    const project = loadComposeProject(next, { reader: tracking, profiles, diagnostics });
    if (docker) await resolveWithTool(docker, repoRoot, project, profiles, diagnostics);
    projects.push(project);
  }

  // Two projects that define the same service (`docker/development/compose.yml` and
  // `docker/production/compose.yml` both run `database`) are two environments: the later project's
  // components carry its main file after an `@`, as an overlay's objects do, and link among themselves.
  const components: Component[] = [];
  const edges: Edge[] = [];
  const defined = new Set<string>();
  for (const project of projects) {
    const facts = projectFacts(project, diagnostics);
    const clash = facts.components.some((c) => defined.has(c.id));
    const environment = project.files[0] ?? project.dir;
    const idOf = (id: string) => (clash && id.startsWith('compose:') ? `${id}@${environment}` : id);
    for (const c of facts.components) {
      const component = clash ? { ...c, id: idOf(c.id), environment } : c;
      defined.add(component.id);
      components.push(component);
    }
    edges.push(...facts.edges.map((e) => (clash ? { ...e, from: idOf(e.from), to: idOf(e.to) } : e)));
  }
  // Every file read beyond the discovered ones (a `.env`, an `env_file`, an included file) is
  // hashed without its secret values: referenced-inputs.ts re-hashes them the same way.
  const alsoRead = new Map<string, string>();
  for (const [f, t] of reader.readFiles) if (!discovered.has(f)) alsoRead.set(f, referencedText('compose', t));
  return { facts: { components, edges }, diagnostics, ...(alsoRead.size ? { alsoRead } : {}) };
}

/** Replaces the built-in bodies by `docker compose config`'s; keeps the built-in lines and profiles. */
async function resolveWithTool(
  docker: string,
  repoRoot: string,
  project: ComposeProject,
  profiles: string[] | undefined,
  diagnostics: Diagnostic[],
): Promise<void> {
  const out = await composeConfigServices(docker, repoRoot, project, profiles);
  if ('error' in out) {
    diagnostics.push({
      severity: 'notice',
      stage: 'infra',
      file: project.files[0]!,
      line: 1,
      message: `docker compose config failed (${out.error}); the built-in reader is used`,
    });
    return;
  }
  const builtIn = new Map(project.services.map((s) => [s.name, s]));
  project.services = Object.entries(out.services).map(([name, toolBody]) => {
    const known = builtIn.get(name);
    // The tool rewrites every `depends_on` list as `{condition: service_started, required: true}` and
    // adds one for each link, `network_mode` and `volumes_from`: the written form says more, and
    // keeps the edges the same on machines with and without Docker.
    const body = known ? { ...toolBody, depends_on: known.body.depends_on } : toolBody;
    const profilesOf = Array.isArray(body.profiles) ? body.profiles.map(String) : (known?.profiles ?? []);
    return { name, body, source: known?.source ?? { file: project.files[0]!, line: 1 }, profiles: profilesOf };
  });
}

/** The components and edges of one resolved project. */
export function projectFacts(project: ComposeProject, diagnostics: Diagnostic[]): InfraFacts {
  const entries: ServiceEntry[] = project.services.map((s) => ({ ...s }));
  const components = entries.map((s) => serviceComponent(s));
  const edges = serviceEdges(entries, project.inactive, diagnostics);
  components.sort((a, b) => compareText(a.id, b.id));
  return { components, edges };
}

export function composeServiceId(name: string): string {
  return `compose:service/${name}`;
}

function serviceComponent(service: ServiceEntry): Component {
  const body = service.body;
  const image = typeof body.image === 'string' ? body.image : undefined;
  const component: Component = {
    id: composeServiceId(service.name),
    platform: 'compose',
    kind: 'service',
    name: service.name,
    deployable: image !== undefined || body.build !== undefined,
    ports: containerPorts(body),
    env: environment(body.environment).map(([name]) => name),
    source: service.source,
  };
  if (image !== undefined) component.image = image;
  // An interpolated `replicas: ${N:-2}` is a string until Compose casts it.
  const replicas = Number(asRecord(body.deploy)?.replicas ?? body.scale ?? Number.NaN);
  if (Number.isInteger(replicas) && replicas >= 0) component.replicas = replicas;
  const labels = serviceLabels(body.labels);
  if (service.profiles.length) labels[PROFILES_LABEL] = service.profiles.join(',');
  if (Object.keys(labels).length) component.labels = labels;
  const probe = healthcheckProbe(body.healthcheck);
  if (probe) component.probes = [probe];
  const command = commandLine(commandWords(body.command));
  if (command !== undefined) component.command = command;
  const hosts = environment(body.environment).flatMap(([name, value]) =>
    value === undefined ? [] : envHostsInValue(name, value),
  );
  if (hosts.length) component.hosts = hosts;
  return component;
}

// ---------------------------------------------------------------- runtime

/** `labels:` as a map or as a list of `key=value` (a bare `key` is an empty label). */
function serviceLabels(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item !== 'string') continue;
      const eq = item.indexOf('=');
      const key = (eq === -1 ? item : item.slice(0, eq)).trim();
      if (key !== '') out[key] = eq === -1 ? '' : item.slice(eq + 1);
    }
    return out;
  }
  for (const [k, v] of Object.entries(asRecord(value) ?? {})) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
    else if (v === null) out[k] = '';
  }
  return out;
}

/**
 * `healthcheck.test` as an exec probe: `["CMD", "pg_isready", "-U", "shop"]`,
 * `["CMD-SHELL", "curl -f http://localhost/health"]` or a plain string (run by the shell).
 * `disable: true` and `["NONE"]` turn the image's own check off, so there is none.
 */
function healthcheckProbe(value: unknown): Probe | undefined {
  const check = asRecord(value);
  if (!check || check.disable === true) return undefined;
  const test = check.test;
  let words: string[];
  if (typeof test === 'string') words = [test];
  else if (Array.isArray(test)) {
    const [form, ...rest] = test.map(String);
    if (form === 'NONE') return undefined;
    words = form === 'CMD' || form === 'CMD-SHELL' ? rest : [form ?? '', ...rest];
  } else return undefined;
  const command = commandLine(words);
  return command === undefined ? undefined : { kind: 'healthcheck', type: 'exec', command };
}

/** `command:` in the string form or the list (exec) form. */
function commandWords(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
  return [];
}

// ---------------------------------------------------------------- ports

/** The ports the container listens on (`ports` targets and `expose`), ascending. */
function containerPorts(body: Json): number[] {
  const ports = new Set<number>();
  const entries = [
    ...(Array.isArray(body.ports) ? body.ports : []),
    ...(Array.isArray(body.expose) ? body.expose : []),
  ];
  for (const entry of entries) {
    const record = asRecord(entry);
    if (record) {
      // Long syntax: `{ target: 80, published: "8080", protocol: tcp }`.
      for (const p of portRange(String(record.target ?? ''))) ports.add(p);
    } else if (typeof entry === 'string' || typeof entry === 'number') {
      for (const p of portRange(containerPart(String(entry)))) ports.add(p);
    }
  }
  return [...ports].sort((a, b) => a - b);
}

/**
 * The container side of a short-syntax mapping: `80`, `8080:80`, `127.0.0.1:8080:80`,
 * `[::1]:6001:6001`, `9090-9091:8080-8081`, each optionally with `/tcp` or `/udp`. It is always
 * the last `:`-separated part.
 */
function containerPart(spec: string): string {
  const withoutProtocol = spec.trim().replace(/\/[a-z]+$/i, '');
  const parts = withoutProtocol.split(':');
  return parts[parts.length - 1] ?? '';
}

function portRange(text: string): number[] {
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text.trim());
  if (!match) return []; // an interpolated `${PORT}` or something Compose itself would reject
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  if (start < 1 || start > 65535 || end < start || end > 65535) return [];
  if (end - start + 1 > MAX_RANGE_PORTS) return [start];
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}

// ---------------------------------------------------------------- environment

/**
 * Variables as `[name, value]`, from the list form (`- KEY=value`, `- KEY`) or the map form
 * (`KEY: value`, `KEY:`). Names keep their written order, without repeats.
 */
function environment(value: unknown): Array<[string, string | undefined]> {
  const out = new Map<string, string | undefined>();
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item !== 'string') continue;
      const eq = item.indexOf('=');
      const name = (eq === -1 ? item : item.slice(0, eq)).trim();
      if (name !== '') out.set(name, eq === -1 ? undefined : item.slice(eq + 1));
    }
  } else {
    const map = asRecord(value);
    for (const [name, v] of Object.entries(map ?? {})) {
      out.set(name, v === null || v === undefined ? undefined : typeof v === 'object' ? undefined : String(v));
    }
  }
  return [...out.entries()];
}

// ---------------------------------------------------------------- edges

function serviceEdges(services: ServiceEntry[], inactive: Map<string, string[]>, diagnostics: Diagnostic[]): Edge[] {
  const names = new Set(services.map((s) => s.name));
  // Other services reach a service by its name, or by its container_name, hostname or network aliases.
  const byHost = new Map<string, string>();
  for (const s of services) {
    for (const alias of hostAliases(s)) if (!byHost.has(alias)) byHost.set(alias, s.name);
  }
  for (const s of services) byHost.set(s.name.toLowerCase(), s.name);

  const edges = new Map<string, Edge>();
  const add = (edge: Edge) => edges.set(`${edge.from}\u0000${edge.kind}\u0000${edge.to}\u0000${edge.via ?? ''}`, edge);

  for (const s of services) {
    const from = composeServiceId(s.name);
    for (const dep of dependencies(s.body)) {
      if (!names.has(dep.target)) {
        const profiles = inactive.get(dep.target);
        const why = profiles
          ? `whose profile${profiles.length > 1 ? 's' : ''} ${profiles.map((p) => `\`${p}\``).join(', ')} ` +
            `${profiles.length > 1 ? 'are' : 'is'} not active`
          : 'which is not a service of this project';
        diagnostics.push({
          severity: 'notice',
          stage: 'infra',
          file: s.source.file,
          line: s.source.line,
          message: `service \`${s.name}\` ${dep.verb} \`${dep.target}\`, ${why}`,
        });
        continue;
      }
      if (dep.target === s.name) continue;
      const edge: Edge = { from, to: composeServiceId(dep.target), kind: 'depends_on' };
      if (dep.via) edge.via = dep.via;
      add(edge);
    }
    for (const [variable, value] of environment(s.body.environment)) {
      if (value === undefined) continue;
      for (const host of hostsInEnvValue(variable, value)) {
        const target = byHost.get(host);
        if (target !== undefined && target !== s.name)
          add({ from, to: composeServiceId(target), kind: 'env', via: variable });
      }
    }
  }
  return [...edges.entries()].sort(([a], [b]) => compareText(a, b)).map(([, e]) => e);
}

interface Dependency {
  target: string;
  verb: string;
  /** `service_healthy` …, `links`, `network_mode`, `volumes_from`; none for a plain `depends_on` list. */
  via?: string;
}

/**
 * `depends_on` (list, or map with `condition` and `required`), legacy `links` (`db` or `db:alias`),
 * and the implicit dependencies Compose adds for `network_mode: service:x` and `volumes_from: [x]`.
 */
function dependencies(body: Json): Dependency[] {
  const out: Dependency[] = [];
  const dependsOn = body.depends_on;
  if (Array.isArray(dependsOn)) {
    for (const d of dependsOn) if (typeof d === 'string') out.push({ target: d, verb: 'depends on' });
  } else {
    for (const [target, spec] of Object.entries(asRecord(dependsOn) ?? {})) {
      const condition = asRecord(spec)?.condition;
      const optional = asRecord(spec)?.required === false ? 'optional' : undefined;
      const via = [typeof condition === 'string' ? condition : undefined, optional].filter(Boolean).join(', ');
      out.push({ target, verb: 'depends on', ...(via ? { via } : {}) });
    }
  }
  if (Array.isArray(body.links)) {
    for (const link of body.links) {
      if (typeof link === 'string') out.push({ target: link.split(':')[0]!, verb: 'links', via: 'links' });
    }
  }
  const network = typeof body.network_mode === 'string' ? /^service:(.+)$/.exec(body.network_mode) : null;
  if (network) out.push({ target: network[1]!, verb: 'shares the network of', via: 'network_mode' });
  if (Array.isArray(body.volumes_from)) {
    for (const v of body.volumes_from) {
      // `service`, `service:ro`, `container:name` (a container outside the project: no edge).
      if (typeof v !== 'string' || v.startsWith('container:')) continue;
      out.push({ target: v.replace(/^service:/, '').split(':')[0]!, verb: 'mounts volumes from', via: 'volumes_from' });
    }
  }
  return out;
}

function hostAliases(service: ServiceEntry): string[] {
  const body = service.body;
  const aliases: string[] = [];
  for (const key of ['container_name', 'hostname'] as const) {
    if (typeof body[key] === 'string') aliases.push(body[key].toLowerCase());
  }
  for (const network of Object.values(asRecord(body.networks) ?? {})) {
    const list = asRecord(network)?.aliases;
    if (Array.isArray(list)) for (const a of list) if (typeof a === 'string') aliases.push(a.toLowerCase());
  }
  return aliases;
}

function asRecord(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
