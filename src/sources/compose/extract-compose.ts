// Reads a Docker Compose file into infra facts: one component per service, and the edges the file
// states (`depends_on`, `links`) or implies (an environment variable whose URL or host:port
// names another service).
//
// Compose files lean on YAML anchors and `<<` merge keys (`x-common: &common` shared by every
// service), so the file is parsed with `merge: true`; js-yaml would leave `<<` as a plain key.
// Environment values are read only to find host names and are never kept (only each host, its
// URL scheme and port, as `hosts`): Compose files routinely hold passwords in plain text. The
// same goes for commands and health checks, whose secret-shaped arguments are masked.

import { isMap, isPair, isScalar, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import type { Component, Diagnostic, Edge, InfraFacts, Probe } from '../../facts/model.js';
import type { Extracted } from '../extract-result.js';
import { commandLine } from '../common/command-line.js';
import { envHostsInValue, hostsInEnvValue } from '../common/env-value-hosts.js';
import { lineOfNode, pairOf, syntaxErrorDiagnostics } from '../common/yaml-positions.js';

/** A published range like `9000-9999` is listed port by port only while that stays readable. */
const MAX_RANGE_PORTS = 64;

type Json = Record<string, unknown>;

interface ServiceEntry {
  name: string;
  line: number;
  body: Json;
}

export function extractCompose(file: string, text: string): Extracted<InfraFacts> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, merge: true, prettyErrors: false });
  const empty: InfraFacts = { components: [], edges: [] };
  if (doc.errors.length > 0) return { facts: empty, diagnostics: syntaxErrorDiagnostics(file, doc, lineCounter) };

  const diagnostics: Diagnostic[] = [];
  let root: unknown;
  try {
    root = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    // e.g. an alias to an undefined anchor, or an alias bomb past the limit.
    const message = error instanceof Error ? error.message : String(error);
    return {
      facts: empty,
      diagnostics: [{ severity: 'error', stage: 'infra', file, line: 1, message: `cannot read YAML: ${message}` }],
    };
  }
  const services = asRecord(asRecord(root)?.services);
  const servicesNode = pairOf(doc.contents, 'services')?.value;
  if (!services || !isMap(servicesNode)) {
    diagnostics.push({
      severity: 'notice',
      stage: 'infra',
      file,
      line: 1,
      message: 'no `services` section: nothing to read in this Compose file',
    });
    return { facts: empty, diagnostics };
  }

  const entries: ServiceEntry[] = [];
  for (const item of (servicesNode as YAMLMap).items) {
    if (!isPair(item) || !isScalar(item.key)) continue;
    const name = String(item.key.value);
    if (name === '<<') continue;
    entries.push({ name, line: lineOfNode(lineCounter, item.key), body: asRecord(services[name]) ?? {} });
  }

  const components = entries.map((s) => serviceComponent(file, s));
  const edges = serviceEdges(file, entries, diagnostics);
  components.sort((a, b) => compareText(a.id, b.id));
  return { facts: { components, edges }, diagnostics };
}

export function composeServiceId(name: string): string {
  return `compose:service/${name}`;
}

function serviceComponent(file: string, service: ServiceEntry): Component {
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
    source: { file, line: service.line },
  };
  if (image !== undefined) component.image = image;
  const replicas = asRecord(body.deploy)?.replicas ?? body.scale;
  if (typeof replicas === 'number' && Number.isInteger(replicas)) component.replicas = replicas;
  const labels = serviceLabels(body.labels);
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

function serviceEdges(file: string, services: ServiceEntry[], diagnostics: Diagnostic[]): Edge[] {
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
    for (const [target, via] of dependencies(s.body)) {
      if (!names.has(target)) {
        diagnostics.push({
          severity: 'notice',
          stage: 'infra',
          file,
          line: s.line,
          message: `service \`${s.name}\` ${via} \`${target}\`, which is not a service in this file`,
        });
        continue;
      }
      const edge: Edge = { from, to: composeServiceId(target), kind: 'depends_on' };
      if (via === 'links') edge.via = 'links';
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

/** `depends_on` (list or map form) and legacy `links` (`db` or `db:alias`). */
function dependencies(body: Json): Array<[string, 'depends on' | 'links']> {
  const out: Array<[string, 'depends on' | 'links']> = [];
  const dependsOn = body.depends_on;
  if (Array.isArray(dependsOn)) {
    for (const d of dependsOn) if (typeof d === 'string') out.push([d, 'depends on']);
  } else {
    for (const d of Object.keys(asRecord(dependsOn) ?? {})) out.push([d, 'depends on']);
  }
  if (Array.isArray(body.links)) {
    for (const link of body.links) if (typeof link === 'string') out.push([link.split(':')[0]!, 'links']);
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
