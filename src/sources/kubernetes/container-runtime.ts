// What the first container of a pod says about how it runs: its health probes, the CPU and
// memory it asks for and is capped at, and its command. The first container is the one
// `kubectl` treats as the default and the one sidecars are listed after, so it stands for the
// workload in a runbook.

import type { Probe, Resources } from '../../facts/model.js';
import { commandLine } from '../common/command-line.js';

type Json = Record<string, unknown>;

const PROBE_FIELDS = [
  ['livenessProbe', 'liveness'],
  ['readinessProbe', 'readiness'],
  ['startupProbe', 'startup'],
] as const;

/** Liveness, readiness and startup probes, in that order; a probe of no known handler is skipped. */
export function containerProbes(container: Json): Probe[] {
  const out: Probe[] = [];
  for (const [field, kind] of PROBE_FIELDS) {
    const probe = asRecord(container[field]);
    if (!probe) continue;
    const http = asRecord(probe.httpGet);
    const tcp = asRecord(probe.tcpSocket);
    const grpc = asRecord(probe.grpc);
    const exec = asRecord(probe.exec);
    if (http) {
      const found: Probe = { kind, type: 'http', path: typeof http.path === 'string' ? http.path : '/' };
      const port = probePort(http.port);
      if (port !== undefined) found.port = port;
      out.push(found);
    } else if (tcp) {
      const found: Probe = { kind, type: 'tcp' };
      const port = probePort(tcp.port);
      if (port !== undefined) found.port = port;
      out.push(found);
    } else if (grpc) {
      const found: Probe = { kind, type: 'grpc' };
      const port = probePort(grpc.port);
      if (port !== undefined) found.port = port;
      out.push(found);
    } else if (exec) {
      const found: Probe = { kind, type: 'exec' };
      const command = commandLine(stringList(exec.command));
      if (command !== undefined) found.command = command;
      out.push(found);
    }
  }
  return out;
}

/** `resources.requests` / `.limits` cpu and memory, as written (`250m`, `0.5`, `512Mi`). */
export function containerResources(container: Json): Resources | undefined {
  const resources = asRecord(container.resources);
  if (!resources) return undefined;
  const out: Resources = {};
  for (const side of ['requests', 'limits'] as const) {
    const values = asRecord(resources[side]);
    const picked: { cpu?: string; memory?: string } = {};
    for (const key of ['cpu', 'memory'] as const) {
      const v = values?.[key];
      if (typeof v === 'string' || typeof v === 'number') picked[key] = String(v);
    }
    if (picked.cpu !== undefined || picked.memory !== undefined) out[side] = picked;
  }
  return out.requests || out.limits ? out : undefined;
}

/** `command` then `args`, as one short line with secret-shaped values masked. */
export function containerCommand(container: Json): string | undefined {
  return commandLine([...stringList(container.command), ...stringList(container.args)]);
}

function probePort(value: unknown): number | string | undefined {
  return typeof value === 'number' || (typeof value === 'string' && value !== '') ? value : undefined;
}

function stringList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
}

function asRecord(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}
