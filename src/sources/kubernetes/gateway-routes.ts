// Routes of the objects besides Ingress that send outside traffic to Services: Gateway API's
// HTTPRoute and GRPCRoute, and Istio's VirtualService. Each route names a host, a path and the
// backend Service, the same shape an Ingress rule has, so the system model treats them alike.

import type { Route } from '../../facts/model.js';

type Json = Record<string, unknown>;

export const ROUTE_KINDS = new Set(['HTTPRoute', 'GRPCRoute', 'VirtualService']);

/** `{route, via}` for every backend a route object sends traffic to. */
export function gatewayRoutes(kind: string, spec: Json): Array<{ route: Route; via: string }> {
  return kind === 'VirtualService' ? virtualServiceRoutes(spec) : gatewayApiRoutes(spec);
}

function gatewayApiRoutes(spec: Json): Array<{ route: Route; via: string }> {
  const hosts = strings(spec.hostnames);
  const out: Array<{ route: Route; via: string }> = [];
  for (const rule of records(spec.rules)) {
    const paths = records(rule.matches)
      .map((m) => asRecord(m.path)?.value)
      .filter((p): p is string => typeof p === 'string');
    for (const ref of records(rule.backendRefs)) {
      // A backendRef is a Service unless it says another kind.
      if (typeof ref.name !== 'string' || (ref.kind !== undefined && ref.kind !== 'Service')) continue;
      for (const host of hosts.length ? hosts : ['*']) {
        for (const path of paths.length ? paths : ['/']) {
          const route: Route = { host, path, service: ref.name };
          if (typeof ref.port === 'number') route.port = ref.port;
          out.push({ route, via: `${host}${path}` });
        }
      }
    }
  }
  return out;
}

function virtualServiceRoutes(spec: Json): Array<{ route: Route; via: string }> {
  const hosts = strings(spec.hosts).filter((h) => h.includes('.') || h === '*');
  const out: Array<{ route: Route; via: string }> = [];
  for (const http of records(spec.http)) {
    const paths = records(http.match)
      .map((m) => asRecord(m.uri))
      .map((u) => u?.prefix ?? u?.exact)
      .filter((p): p is string => typeof p === 'string');
    for (const dest of records(http.route)) {
      const destination = asRecord(dest.destination);
      // `frontend`, `frontend.shop`, `frontend.shop.svc.cluster.local`: the Service is the first label.
      const target = typeof destination?.host === 'string' ? destination.host.split('.')[0] : undefined;
      if (!target) continue;
      for (const host of hosts.length ? hosts : ['*']) {
        for (const path of paths.length ? paths : ['/']) {
          const route: Route = { host, path, service: target };
          const port = asRecord(destination?.port)?.number;
          if (typeof port === 'number') route.port = port;
          out.push({ route, via: `${host}${path}` });
        }
      }
    }
  }
  return out;
}

function records(value: unknown): Json[] {
  return Array.isArray(value) ? value.map(asRecord).filter((r): r is Json => r !== undefined) : [];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function asRecord(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}
