// Reads Kubernetes manifests (multi-document YAML) into infra facts.
//
// Every object with `apiVersion` and `kind` becomes a component `k8s:<Kind>/<namespace>/<name>`
// (namespace `default` when the manifest names none, as kubectl would apply it; none at all for
// cluster-scoped kinds: `k8s:Namespace/shop`). Objects of a deployment environment (a Kustomize
// overlay, a rendered Helm chart) carry it after an `@`: `k8s:Deployment/prod/prod-orders@deploy/overlays/prod`.
// Edges need the objects of a whole set at once: a Service in `service.yaml` selects the pods of
// a Deployment in `deployment.yaml`, and a prod Service only the prod pods. So the work is in
// `extractManifestSets`; `extractKubernetesFiles` is the case of plain files.
//
// Edges made, all only towards objects present in the manifests read:
// - `selects`: Service → workloads whose pod template labels match its selector; also
//   PodDisruptionBudget → workloads it protects (the same label matching).
// - `reference`: Ingress, HTTPRoute, GRPCRoute and Istio VirtualService → backend Service (via the
//   host and path it routes), chosen over
//   `selects` because an Ingress names its Service, it does not match labels;
//   HorizontalPodAutoscaler → its scaleTargetRef; workload → ConfigMap / Secret / PVC it reads
//   through envFrom, env valueFrom or volumes.
//   Workload → ServiceAccount its pod runs as (via `serviceAccountName`); RoleBinding /
//   ClusterRoleBinding → its ServiceAccount subjects (via `subject`) and its role (via `roleRef`).
// - `selects`: NetworkPolicy → workloads its podSelector matches (an empty podSelector is every
//   pod of its namespace).
// - `env`: workload → Service whose DNS name (`db`, `db.shop`, `db.shop.svc.cluster.local`)
//   an environment value's URL or host:port names.
// Secret and ConfigMap data are never read; env values only to find host names (kept as
// `hosts`: host, scheme and port only).

import { gatewayRoutes, ROUTE_KINDS } from './gateway-routes.js';
import type { Component, ContainerFact, Diagnostic, Edge, EnvHost, InfraFacts, Route } from '../../facts/model.js';
import type { Extracted } from '../extract-result.js';
import { envHostsInValue, hostsInEnvValue } from '../common/env-value-hosts.js';
import { containerCommand, containerProbes, containerResources } from './container-runtime.js';
import { readSelector, selectorMatches } from './label-selector.js';
import { hpaAutoscaling, pdbBudget } from './scaling-objects.js';
import { isClusterScoped } from './cluster-scoped-kinds.js';
import { isHelmTestHook, testHookNotice } from './helm-test-hooks.js';
import type { ManifestSet } from './manifest-set.js';
import { mainContainer } from './main-container.js';
import { dataKeys, objectSettings } from './object-settings.js';
import { readManifestFile } from './read-manifest-file.js';

type Json = Record<string, unknown>;

/**
 * Kinds that run code someone ships, and so get a runbook. Pod and ReplicaSet are rare in manifests
 * but run code too.
 */
const DEPLOYABLE_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicaSet', 'Pod']);

/** One object as read, with what linking needs beyond the component itself. */
interface KubeObject {
  component: Component;
  kind: string;
  /** `''` for a cluster-scoped object. */
  namespace: string;
  spec: Json;
  /** The whole object: RBAC bindings keep `subjects` and `roleRef` beside, not in, a spec. */
  raw: Json;
  /** Pod template (for workloads), where containers, volumes and pod labels live. */
  pod?: { labels: Record<string, string>; spec: Json };
}

export function kubernetesId(kind: string, namespace: string | undefined, name: string, environment?: string): string {
  const scope = isClusterScoped(kind) || !namespace ? '' : `${namespace}/`;
  return `k8s:${kind}/${scope}${name}${environment ? `@${environment}` : ''}`;
}

/** One manifest file. Edges are only made within it; prefer `extractKubernetesFiles` for a repo. */
export function extractKubernetes(file: string, text: string): Extracted<InfraFacts> {
  return extractKubernetesFiles([{ file, text }]);
}

/** Plain manifest files of a repository, applied as they are: one set, edges across files. */
export function extractKubernetesFiles(files: Array<{ file: string; text: string }>): Extracted<InfraFacts> {
  const diagnostics: Diagnostic[] = [];
  const set: ManifestSet = { documents: [] };
  for (const { file, text } of [...files].sort((a, b) => compareText(a.file, b.file))) {
    const read = readManifestFile(file, text);
    set.documents.push(...read.documents);
    diagnostics.push(...read.diagnostics);
  }
  const result = extractManifestSets([set]);
  return { facts: result.facts, diagnostics: sortDiagnostics([...diagnostics, ...result.diagnostics]) };
}

/** Sets of objects (plain files, overlays, charts): components per object, edges within each set. */
export function extractManifestSets(sets: ManifestSet[]): Extracted<InfraFacts> {
  const diagnostics: Diagnostic[] = [];
  const components: Component[] = [];
  const edges: Edge[] = [];
  // The plain manifests' objects (the first set without an environment): what an overlay's env
  // value may name across namespaces.
  let shared = new Map<string, KubeObject>();
  for (const set of sets) {
    const environment = set.environment?.id;
    const objects = new Map<string, KubeObject>();
    const testHooks = set.documents.filter((d) => isHelmTestHook(d.value));
    if (testHooks.length > 0) diagnostics.push(testHookNotice(testHooks));
    const skipped = new Set(testHooks);
    for (const document of set.documents) {
      if (skipped.has(document)) continue;
      const object = readObject(
        document.source.file,
        asRecord(document.value),
        document.source.line,
        environment,
        diagnostics,
      );
      if (!object) continue;
      const seen = objects.get(object.component.id);
      if (seen) {
        diagnostics.push({
          severity: 'warning',
          stage: 'infra',
          file: document.source.file,
          line: object.component.source.line,
          message:
            `${object.component.id} is also defined in ` +
            `${seen.component.source.file}:${seen.component.source.line}; ` +
            `the first definition is documented`,
        });
        continue;
      }
      objects.set(object.component.id, object);
    }
    const list = [...objects.values()];
    components.push(...list.map((o) => o.component));
    if (!environment) shared = objects;
    edges.push(...linkObjects(list, objects, environment, environment ? shared : new Map()));
  }
  components.sort((a, b) => compareText(a.id, b.id));
  return { facts: { components, edges }, diagnostics: sortDiagnostics(diagnostics) };
}

// ---------------------------------------------------------------- reading

function readObject(
  file: string,
  root: Json | undefined,
  line: number,
  environment: string | undefined,
  diagnostics: Diagnostic[],
): KubeObject | undefined {
  if (!root || typeof root.apiVersion !== 'string' || typeof root.kind !== 'string') return undefined;
  const kind = root.kind;
  const metadata = asRecord(root.metadata) ?? {};
  const name = typeof metadata.name === 'string' ? metadata.name : undefined;
  if (name === undefined) {
    diagnostics.push({
      severity: 'notice',
      stage: 'infra',
      file,
      line,
      message: `${kind} without metadata.name (generateName?) is not documented`,
    });
    return undefined;
  }
  const namespace = isClusterScoped(kind)
    ? ''
    : typeof metadata.namespace === 'string' && metadata.namespace !== ''
      ? metadata.namespace
      : 'default';
  const spec = asRecord(root.spec) ?? {};
  const pod = podTemplate(kind, root, spec);
  const containers = pod ? containerList(pod.spec.containers) : [];
  const component: Component = {
    id: kubernetesId(kind, namespace, name, environment),
    platform: 'kubernetes',
    kind,
    name,
    ...(namespace ? { namespace } : {}),
    ...(environment ? { environment } : {}),
    deployable: DEPLOYABLE_KINDS.has(kind),
    ports: kind === 'Service' ? servicePorts(spec) : containerPorts(containers),
    env: pod ? envNames([...containerList(pod.spec.initContainers), ...containers]) : [],
    source: { file, line },
  };
  const main = pod ? mainContainer(containers, name, pod.labels) : undefined;
  const image = main?.image;
  if (typeof image === 'string') component.image = image;
  if (typeof spec.replicas === 'number' && Number.isInteger(spec.replicas)) component.replicas = spec.replicas;
  describeObject(component, kind, metadata, spec, pod, main);
  const settings = objectSettings(kind, spec, pod?.spec, main);
  if (Object.keys(settings).length) component.settings = settings;
  const keys = dataKeys(kind, root);
  if (keys.length) component.keys = keys;
  const all = pod ? containerFacts(pod.spec) : [];
  if (all.length > 1) component.containers = all;
  const object: KubeObject = { component, kind, namespace, spec, raw: root };
  if (pod) object.pod = pod;
  return object;
}

/**
 * The runtime facts a runbook and the system stage read: labels and selectors, the first
 * container's probes, resources and command, env hosts, and what HPAs, PDBs and Ingresses say.
 * Fields are set only when the manifest states them.
 */
function describeObject(
  component: Component,
  kind: string,
  metadata: Json,
  spec: Json,
  pod: KubeObject['pod'],
  main: Json | undefined,
): void {
  const labels = pod ? pod.labels : stringMap(metadata.labels);
  if (Object.keys(labels).length) component.labels = labels;
  const selector = objectSelector(kind, spec, pod !== undefined);
  if (Object.keys(selector).length) component.selector = selector;
  if (main) {
    const probes = containerProbes(main);
    if (probes.length) component.probes = probes;
    const resources = containerResources(main);
    if (resources) component.resources = resources;
    const command = containerCommand(main);
    if (command !== undefined) component.command = command;
  }
  if (pod) {
    const hosts = envHosts(pod.spec);
    if (hosts.length) component.hosts = hosts;
  }
  if (kind === 'HorizontalPodAutoscaler') {
    const autoscaling = hpaAutoscaling(spec);
    if (autoscaling) component.autoscaling = autoscaling;
  }
  if (kind === 'PodDisruptionBudget') {
    const budget = pdbBudget(spec);
    if (budget) component.disruptionBudget = budget;
  }
  if (kind === 'Ingress' || ROUTE_KINDS.has(kind)) {
    const routes = routesOf(kind, spec).map((r) => r.route);
    if (routes.length) component.routes = routes;
  }
}

/** Service `spec.selector`; PDB and workload `spec.selector.matchLabels`; NetworkPolicy `podSelector`. */
function objectSelector(kind: string, spec: Json, isWorkload: boolean): Record<string, string> {
  if (kind === 'Service') return stringMap(spec.selector);
  if (kind === 'NetworkPolicy') return readSelector(spec.podSelector).matchLabels;
  if (kind === 'PodDisruptionBudget' || isWorkload) return readSelector(spec.selector).matchLabels;
  return {};
}

/** Hosts named by literal env values of every container, one per variable, host, scheme and port. */
function envHosts(podSpec: Json): EnvHost[] {
  const out = new Map<string, EnvHost>();
  for (const [variable, value] of envValues(podSpec)) {
    for (const h of envHostsInValue(variable, value)) {
      out.set(`${h.variable}\u0000${h.host}\u0000${h.scheme ?? ''}\u0000${h.port ?? ''}`, h);
    }
  }
  return [...out.values()];
}

/** Where each workload kind keeps its pod template. */
function podTemplate(kind: string, root: Json, spec: Json): KubeObject['pod'] {
  let template: Json | undefined;
  switch (kind) {
    case 'Pod':
      template = root;
      break;
    case 'CronJob':
      template = asRecord(asRecord(asRecord(spec.jobTemplate)?.spec)?.template);
      break;
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'Job':
      template = asRecord(spec.template);
      break;
    default:
      return undefined;
  }
  if (!template) return undefined;
  return { labels: stringMap(asRecord(template.metadata)?.labels), spec: asRecord(template.spec) ?? {} };
}

function containerList(value: unknown): Json[] {
  return Array.isArray(value) ? value.map(asRecord).filter((c): c is Json => c !== undefined) : [];
}

/** Name, image and ports of each container, init containers first (they run first). */
function containerFacts(podSpec: Json): ContainerFact[] {
  const out: ContainerFact[] = [];
  const add = (c: Json, init: boolean) => {
    if (typeof c.name !== 'string') return;
    const fact: ContainerFact = { name: c.name, ports: containerPorts([c]) };
    if (typeof c.image === 'string') fact.image = c.image;
    if (init) fact.init = true;
    out.push(fact);
  };
  for (const c of containerList(podSpec.initContainers)) add(c, true);
  for (const c of containerList(podSpec.containers)) add(c, false);
  return out;
}

function containerPorts(containers: Json[]): number[] {
  const ports = new Set<number>();
  for (const c of containers) {
    for (const p of Array.isArray(c.ports) ? c.ports : []) {
      const port = asRecord(p)?.containerPort;
      if (typeof port === 'number') ports.add(port);
    }
  }
  return [...ports].sort((a, b) => a - b);
}

function servicePorts(spec: Json): number[] {
  const ports = new Set<number>();
  for (const p of Array.isArray(spec.ports) ? spec.ports : []) {
    const port = asRecord(p)?.port;
    if (typeof port === 'number') ports.add(port);
  }
  return [...ports].sort((a, b) => a - b);
}

/**
 * `env[].name`, plus whole ConfigMaps / Secrets pulled in by `envFrom` as `configMapRef:<name>` /
 * `secretRef:<name>`.
 */
function envNames(containers: Json[]): string[] {
  const names = new Set<string>();
  for (const c of containers) {
    for (const e of Array.isArray(c.env) ? c.env : []) {
      const name = asRecord(e)?.name;
      if (typeof name === 'string') names.add(name);
    }
    for (const from of Array.isArray(c.envFrom) ? c.envFrom : []) {
      const f = asRecord(from);
      const configMap = asRecord(f?.configMapRef)?.name;
      const secret = asRecord(f?.secretRef)?.name;
      if (typeof configMap === 'string') names.add(`configMapRef:${configMap}`);
      if (typeof secret === 'string') names.add(`secretRef:${secret}`);
    }
  }
  return [...names];
}

// ---------------------------------------------------------------- linking

function linkObjects(
  objects: KubeObject[],
  byId: Map<string, KubeObject>,
  environment: string | undefined,
  shared: Map<string, KubeObject>,
): Edge[] {
  const edges = new Map<string, Edge>();
  const idOf = (kind: string, namespace: string, name: string) => kubernetesId(kind, namespace, name, environment);
  const add = (from: string, to: string, kind: Edge['kind'], via?: string) => {
    if (from === to || (!byId.has(to) && !shared.has(to))) return;
    const edge: Edge = { from, to, kind };
    if (via !== undefined) edge.via = via;
    edges.set(`${from}\u0000${kind}\u0000${to}\u0000${via ?? ''}`, edge);
  };
  const workloads = objects.filter((o) => o.pod !== undefined);

  for (const o of objects) {
    const id = o.component.id;
    switch (o.kind) {
      case 'Service': {
        // No selector (or ExternalName) means endpoints are managed by hand: nothing to match.
        const selector = stringMap(o.spec.selector);
        if (o.spec.type === 'ExternalName' || Object.keys(selector).length === 0) break;
        for (const w of matching(workloads, o.namespace, selector)) add(id, w.component.id, 'selects');
        break;
      }
      case 'PodDisruptionBudget': {
        const selector = stringMap(asRecord(o.spec.selector)?.matchLabels);
        if (Object.keys(selector).length === 0) break;
        for (const w of matching(workloads, o.namespace, selector)) add(id, w.component.id, 'selects');
        break;
      }
      case 'Ingress':
      case 'HTTPRoute':
      case 'GRPCRoute':
      case 'VirtualService':
        for (const { route, via } of routesOf(o.kind, o.spec))
          add(id, idOf('Service', o.namespace, route.service), 'reference', via);
        break;
      case 'NetworkPolicy': {
        const selector = readSelector(o.spec.podSelector);
        for (const w of workloads) {
          if (w.namespace === o.namespace && selectorMatches(selector, w.pod!.labels))
            add(id, w.component.id, 'selects');
        }
        break;
      }
      case 'RoleBinding':
      case 'ClusterRoleBinding':
        for (const [target, via] of bindingReferences(o, objects, idOf)) add(id, target, 'reference', via);
        break;
      case 'HorizontalPodAutoscaler': {
        const target = asRecord(o.spec.scaleTargetRef);
        if (typeof target?.kind === 'string' && typeof target.name === 'string') {
          add(id, idOf(target.kind, o.namespace, target.name), 'reference', 'scaleTargetRef');
        }
        break;
      }
    }
    if (o.pod) {
      const account = o.pod.spec.serviceAccountName ?? o.pod.spec.serviceAccount;
      if (typeof account === 'string' && account !== '')
        add(id, idOf('ServiceAccount', o.namespace, account), 'reference', 'serviceAccountName');
      for (const [kind, name, via] of podReferences(o.pod.spec))
        add(id, idOf(kind, o.namespace, name), 'reference', via);
      for (const [variable, value] of envValues(o.pod.spec)) {
        for (const host of hostsInEnvValue(variable, value)) {
          const service = serviceForHost(host, o.namespace, idOf);
          if (service && byId.has(service)) add(id, service, 'env', variable);
          else if (environment && host.includes('.')) {
            // `orders.shop.svc` from an overlay names the shop namespace's Service wherever it is
            // deployed: the plain manifests' one when the overlay has none of its own.
            const plain = serviceForHost(host, o.namespace, (k, ns, n) => kubernetesId(k, ns, n));
            if (plain && shared.has(plain)) add(id, plain, 'env', variable);
          }
        }
      }
    }
  }
  return [...edges.entries()].sort(([a], [b]) => compareText(a, b)).map(([, e]) => e);
}

function matching(workloads: KubeObject[], namespace: string, selector: Record<string, string>): KubeObject[] {
  return workloads.filter(
    (w) => w.namespace === namespace && Object.entries(selector).every(([k, v]) => w.pod!.labels[k] === v),
  );
}

/**
 * Every route to a backend Service, networking.k8s.io/v1 and the older v1beta1 shape, with the
 * edge's `via`: `host/path`, or `default backend` for the catch-all (kept as host `*`, path `/`).
 */
/** An Ingress's rules, or the routes of a Gateway API route or an Istio VirtualService. */
function routesOf(kind: string, spec: Json): Array<{ route: Route; via: string }> {
  return kind === 'Ingress' ? ingressRoutes(spec) : gatewayRoutes(kind, spec);
}

function ingressRoutes(spec: Json): Array<{ route: Route; via: string }> {
  const out: Array<{ route: Route; via: string }> = [];
  const backendRoute = (backend: unknown, host: string, path: string): Route | undefined => {
    const b = asRecord(backend);
    const service = asRecord(b?.service);
    const name = service?.name ?? b?.serviceName;
    if (typeof name !== 'string') return undefined;
    const route: Route = { host, path, service: name };
    const servicePort = asRecord(service?.port);
    const port = servicePort?.number ?? servicePort?.name ?? b?.servicePort;
    if (typeof port === 'number' || (typeof port === 'string' && port !== '')) route.port = port;
    return route;
  };
  const fallback = backendRoute(spec.defaultBackend ?? spec.backend, '*', '/');
  if (fallback) out.push({ route: fallback, via: 'default backend' });
  for (const rule of Array.isArray(spec.rules) ? spec.rules : []) {
    const r = asRecord(rule);
    const host = typeof r?.host === 'string' ? r.host : '*';
    const paths = asRecord(r?.http)?.paths;
    for (const p of Array.isArray(paths) ? paths : []) {
      const entry = asRecord(p);
      const path = typeof entry?.path === 'string' ? entry.path : '/';
      const route = backendRoute(entry?.backend, host, path);
      if (route) out.push({ route, via: `${host}${path}` });
    }
  }
  return out;
}

/**
 * A binding's ServiceAccount subjects (namespace from the subject, else the binding's) and its
 * role. A ClusterRole is cluster-scoped, so it is found by name whatever namespace its id has.
 */
function bindingReferences(
  binding: KubeObject,
  objects: KubeObject[],
  idOf: (kind: string, namespace: string, name: string) => string,
): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const root = binding.raw;
  for (const item of Array.isArray(root.subjects) ? root.subjects : []) {
    const subject = asRecord(item);
    if (subject?.kind !== 'ServiceAccount' || typeof subject.name !== 'string') continue;
    const ns =
      typeof subject.namespace === 'string' && subject.namespace !== '' ? subject.namespace : binding.namespace;
    out.push([idOf('ServiceAccount', ns, subject.name), 'subject']);
  }
  const roleRef = asRecord(root.roleRef);
  if (typeof roleRef?.kind === 'string' && typeof roleRef.name === 'string') {
    const role =
      roleRef.kind === 'ClusterRole'
        ? objects.find((o) => o.kind === 'ClusterRole' && o.component.name === roleRef.name)?.component.id
        : idOf(roleRef.kind, binding.namespace, roleRef.name);
    if (role) out.push([role, 'roleRef']);
  }
  return out;
}

/** ConfigMaps, Secrets and PVCs a pod reads: `[kind, name, via]`. */
function podReferences(podSpec: Json): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  for (const c of [...containerList(podSpec.initContainers), ...containerList(podSpec.containers)]) {
    for (const from of Array.isArray(c.envFrom) ? c.envFrom : []) {
      const f = asRecord(from);
      const cm = asRecord(f?.configMapRef)?.name;
      const secret = asRecord(f?.secretRef)?.name;
      if (typeof cm === 'string') out.push(['ConfigMap', cm, 'envFrom']);
      if (typeof secret === 'string') out.push(['Secret', secret, 'envFrom']);
    }
    for (const e of Array.isArray(c.env) ? c.env : []) {
      const from = asRecord(asRecord(e)?.valueFrom);
      const cm = asRecord(from?.configMapKeyRef)?.name;
      const secret = asRecord(from?.secretKeyRef)?.name;
      if (typeof cm === 'string') out.push(['ConfigMap', cm, 'env']);
      if (typeof secret === 'string') out.push(['Secret', secret, 'env']);
    }
  }
  for (const volume of Array.isArray(podSpec.volumes) ? podSpec.volumes : []) {
    const v = asRecord(volume);
    const cm = asRecord(v?.configMap)?.name;
    const secret = asRecord(v?.secret)?.secretName;
    const claim = asRecord(v?.persistentVolumeClaim)?.claimName;
    if (typeof cm === 'string') out.push(['ConfigMap', cm, 'volume']);
    if (typeof secret === 'string') out.push(['Secret', secret, 'volume']);
    if (typeof claim === 'string') out.push(['PersistentVolumeClaim', claim, 'volume']);
  }
  return out;
}

/** Literal `env[].value`s of all containers (values from refs are not known here). */
function envValues(podSpec: Json): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const c of [...containerList(podSpec.initContainers), ...containerList(podSpec.containers)]) {
    for (const e of Array.isArray(c.env) ? c.env : []) {
      const entry = asRecord(e);
      if (typeof entry?.name === 'string' && typeof entry.value === 'string') out.push([entry.name, entry.value]);
    }
  }
  return out;
}

/** Cluster DNS: `svc`, `svc.ns`, `svc.ns.svc`, `svc.ns.svc.cluster.local` name a Service. */
function serviceForHost(
  host: string,
  namespace: string,
  idOf: (kind: string, namespace: string, name: string) => string,
): string | undefined {
  const parts = host.split('.');
  const [service, ns] = parts;
  if (!service) return undefined;
  if (parts.length === 1) return idOf('Service', namespace, service);
  const clusterSuffix = parts.slice(2).join('.');
  if (ns && (clusterSuffix === '' || clusterSuffix === 'svc' || /^svc\.cluster\.local$/.test(clusterSuffix))) {
    return idOf('Service', ns, service);
  }
  return undefined;
}

function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(asRecord(value) ?? {})) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  }
  return out;
}

function asRecord(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort(
    (a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareText(a.message, b.message),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
