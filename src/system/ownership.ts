// Who serves each API contract and which datastore holds each migration set, when the sources
// show it. Every answer names its evidence; a contract or migration set no rule places is listed in
// `unknowns` rather than guessed.
//
// APIs: an Ingress route whose host is a host of the spec's `servers` (the path too, when both
// have one); else the spec living in a service's folder (`services/orders/openapi.yaml` for
// `orders` / `orders-api`); else a `servers` URL whose port only one service listens on.
// Migrations: a set under a service's folder whose service connects to exactly one SQL datastore;
// else the system's only SQL datastore.

import { posix } from 'node:path';
import type { ApiSpec, FactModel, SystemComponent, SystemEdge } from '../facts/model.js';
import { isRunningRole } from './component-roles.js';
import { compareText, serviceStem, slugify } from './names.js';

const SQL = /^(postgres|mysql|sqlserver|oracle|cockroachdb|sqlite)$/;

export function assignOwnership(
  facts: FactModel,
  components: SystemComponent[],
  edges: SystemEdge[],
  unknowns: string[],
): void {
  const rawById = new Map(facts.infra.components.map((c) => [c.id, c]));
  const running = components.filter((c) => isRunningRole(c.role) && c.role !== 'gateway');

  for (const spec of facts.api.specs) {
    if (spec.protocol === 'grpc' && assignGrpcServices(facts, spec, running, unknowns)) continue;
    const owner =
      ownerByRoute(spec.servers, components, rawById) ??
      ownerByFolder(spec.file, running) ??
      ownerByPort(spec.servers, running, rawById);
    if (!owner) {
      unknowns.push(`No service is shown serving the API \`${spec.file}\` (no route host, folder or port matches).`);
      continue;
    }
    owner.component.provides.push(spec.id);
    owner.component.evidence.push({ facts: [spec.id, ...owner.facts], rule: `serves \`${spec.file}\`: ${owner.rule}` });
  }

  const sets = new Map<string, string[]>();
  for (const m of facts.schema.migrations) {
    const dir = migrationSetDir(m.file);
    sets.set(dir, [...(sets.get(dir) ?? []), m.id]);
  }
  const sqlStores = components.filter((c) => c.role === 'datastore' && SQL.test(c.technology ?? ''));
  for (const [dir, migrationIds] of [...sets.entries()].sort(([a], [b]) => compareText(a, b))) {
    const id = `migrations:${dir}`;
    const service = ownerByFolder(`${dir}/x`, running);
    if (service) {
      const stores = edges
        .filter((e) => e.from === service.component.id)
        .map((e) => components.find((c) => c.id === e.to))
        .filter((c): c is SystemComponent => c !== undefined && sqlStores.includes(c));
      if (stores.length === 1) {
        stores[0]!.provides.push(id);
        stores[0]!.evidence.push({
          facts: [migrationIds[0]!, service.component.id],
          rule:
            `holds \`${dir}\`: the migrations live in \`${service.component.name}\`'s folder ` +
            'and it connects only to this SQL datastore',
        });
        service.component.evidence.push({
          facts: [migrationIds[0]!],
          rule: `owns the schema in \`${dir}\` (folder layout)`,
        });
        continue;
      }
    }
    if (sqlStores.length === 1) {
      sqlStores[0]!.provides.push(id);
      sqlStores[0]!.evidence.push({
        facts: [migrationIds[0]!],
        rule: `holds \`${dir}\`: the only SQL datastore in the system`,
      });
      continue;
    }
    unknowns.push(
      `The sources do not show which datastore holds the migrations in \`${dir}\`` +
        (sqlStores.length === 0 ? ' (no SQL datastore is defined here).' : ` (${sqlStores.length} SQL datastores).`),
    );
  }
}

/**
 * The folder that holds a migration set. Most tools keep a set's files side by side; Prisma keeps
 * each migration in a folder of its own (`migrations/20240101_init/migration.sql`), so the set is
 * the folder above.
 */
export function migrationSetDir(file: string): string {
  const dir = posix.dirname(file);
  if (posix.basename(file) === 'migration.sql' && /^\d{8,}_/.test(posix.basename(dir))) return posix.dirname(dir);
  return dir;
}

/**
 * A proto file often declares the services of many deployables (microservices-demo's demo.proto
 * holds nine): each gRPC service goes to the one running component named like it
 * (`hipstershop.CartService` → `cartservice`, `cart-service`, `cart`). A component serving every
 * service of the file serves the file; the others provide `grpc:<package.Service>`. When no
 * service finds its component the file goes through the other rules; a service left over when
 * others found theirs is an unknown.
 */
function assignGrpcServices(facts: FactModel, spec: ApiSpec, running: SystemComponent[], unknowns: string[]): boolean {
  const services = [
    ...new Set(facts.api.operations.filter((o) => o.spec === spec.id).map((o) => o.path.split('/')[1]!)),
  ].sort(compareText);
  const owners = new Map<string, SystemComponent>();
  for (const service of services) {
    const stem = serviceStem(slugify(service.slice(service.lastIndexOf('.') + 1)).replace(/[-_]/g, ''));
    const matches = running.filter((c) => serviceStem(slugify(c.name).replace(/[-_]/g, '')) === stem);
    if (matches.length === 1) owners.set(service, matches[0]!);
  }
  if (owners.size === 0) return false;
  for (const service of services.filter((s) => !owners.has(s)))
    unknowns.push(`No service is shown serving gRPC \`${service}\` of \`${spec.file}\` (none is named like it).`);
  for (const [service, component] of owners) {
    const all = services.every((s) => owners.get(s) === component);
    component.provides.push(all ? spec.id : `grpc:${service}`);
    component.evidence.push({
      facts: [spec.id],
      rule: `serves gRPC \`${service}\` of \`${spec.file}\`: the service is named like it`,
    });
  }
  return true;
}

interface Owner {
  component: SystemComponent;
  facts: string[];
  rule: string;
}

function hostAndPath(url: string): { host: string; path: string; port?: number } | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)(?::(\d+))?([^?#]*)/i.exec(url.trim());
  if (!m) return undefined;
  const out: { host: string; path: string; port?: number } = { host: m[1]!.toLowerCase(), path: m[3] || '/' };
  if (m[2]) out.port = Number(m[2]);
  return out;
}

function ownerByRoute(
  servers: string[],
  components: SystemComponent[],
  rawById: Map<string, import('../facts/model.js').Component>,
): Owner | undefined {
  for (const url of servers) {
    const server = hostAndPath(url);
    if (!server) continue;
    for (const gateway of components.filter((c) => c.role === 'gateway')) {
      for (const rawId of gateway.runsAs) {
        for (const route of rawById.get(rawId)?.routes ?? []) {
          if (route.host.toLowerCase() !== server.host) continue;
          const routePath = route.path || '/';
          if (routePath !== '/' && server.path !== '/' && !server.path.startsWith(routePath.replace(/\/?\*?$/, '')))
            continue;
          // The Service the route names, in the gateway's own namespace and environment.
          const gatewayRaw = rawById.get(rawId);
          const isRouted = (id: string, serviceOnly: boolean) => {
            const raw = rawById.get(id);
            return (
              raw !== undefined &&
              (!serviceOnly || raw.kind === 'Service') &&
              raw.name === route.service &&
              raw.namespace === gatewayRaw?.namespace &&
              raw.environment === gatewayRaw?.environment
            );
          };
          const target = components.find(
            (c) =>
              c.role !== 'gateway' &&
              c.runsAs.some((id) => rawById.get(id)?.namespace === gatewayRaw?.namespace) &&
              (c.supporting.some((s) => isRouted(s, true)) || c.runsAs.some((s) => isRouted(s, false))),
          );
          if (target)
            return {
              component: target,
              facts: [rawId],
              rule: `route ${route.host}${routePath} → Service \`${route.service}\``,
            };
        }
      }
    }
  }
  return undefined;
}

function ownerByFolder(file: string, running: SystemComponent[]): Owner | undefined {
  const folders = posix.dirname(file).split('/').map(slugify);
  const matches = running.filter((c) => {
    const slug = slugify(c.name);
    return folders.some((f) => f === slug || serviceStem(f) === serviceStem(slug));
  });
  if (matches.length !== 1) return undefined;
  return { component: matches[0]!, facts: [], rule: `it lives in \`${posix.dirname(file)}\`` };
}

function ownerByPort(
  servers: string[],
  running: SystemComponent[],
  rawById: Map<string, import('../facts/model.js').Component>,
): Owner | undefined {
  for (const url of servers) {
    const port = hostAndPath(url)?.port;
    if (!port) continue;
    const matches = running.filter((c) => c.runsAs.some((id) => rawById.get(id)?.ports.includes(port)));
    if (matches.length === 1)
      return { component: matches[0]!, facts: [], rule: `\`${url}\` is port ${port}, which only it listens on` };
  }
  return undefined;
}
