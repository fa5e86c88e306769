// Reads Kubernetes manifests (multi-document YAML) into infra facts.
//
// Every object with `apiVersion` and `kind` becomes a component `k8s:<Kind>/<namespace>/<name>`
// (namespace `default` when the manifest names none, as kubectl would apply it). Edges need the
// objects of all files at once: a Service in `service.yaml` selects the pods of a Deployment in
// `deployment.yaml`. So the work is in `extractKubernetesFiles`; `extractKubernetes` is the
// one-file case.
//
// Edges made, all only towards objects present in the manifests read:
// - `selects`: Service → workloads whose pod template labels match its selector; also
//   PodDisruptionBudget → workloads it protects (the same label matching).
// - `reference`: Ingress → backend Service (via the host and path it routes), chosen over
//   `selects` because an Ingress names its Service, it does not match labels;
//   HorizontalPodAutoscaler → its scaleTargetRef; workload → ConfigMap / Secret / PVC it reads
//   through envFrom, env valueFrom or volumes.
// - `env`: workload → Service whose DNS name (`db`, `db.shop`, `db.shop.svc.cluster.local`)
//   an environment value's URL or host:port names.
// Secret and ConfigMap data are never read; env values only to find host names.

import { LineCounter, parseAllDocuments, isMap, isSeq, type Document } from 'yaml';
import type { Component, Diagnostic, Edge, InfraFacts } from '../../facts/model.js';
import type { Extracted } from '../extract-result.js';
import { hostsInEnvValue } from '../common/env-value-hosts.js';
import { lineOfNode, pairOf, syntaxErrorDiagnostics } from '../common/yaml-positions.js';

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
  namespace: string;
  spec: Json;
  /** Pod template (for workloads), where containers, volumes and pod labels live. */
  pod?: { labels: Record<string, string>; spec: Json };
}

export function kubernetesId(kind: string, namespace: string, name: string): string {
  return `k8s:${kind}/${namespace}/${name}`;
}

/** One manifest file. Edges are only made within it; prefer `extractKubernetesFiles` for a repo. */
export function extractKubernetes(file: string, text: string): Extracted<InfraFacts> {
  return extractKubernetesFiles([{ file, text }]);
}

/** All manifest files of a repository: components per object, edges across files. */
export function extractKubernetesFiles(files: Array<{ file: string; text: string }>): Extracted<InfraFacts> {
  const diagnostics: Diagnostic[] = [];
  const objects = new Map<string, KubeObject>();
  for (const { file, text } of [...files].sort((a, b) => compareText(a.file, b.file))) {
    for (const object of readFile(file, text, diagnostics)) {
      const seen = objects.get(object.component.id);
      if (seen) {
        diagnostics.push({
          severity: 'warning',
          stage: 'infra',
          file,
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
  }
  const list = [...objects.values()];
  const components = list.map((o) => o.component).sort((a, b) => compareText(a.id, b.id));
  return { facts: { components, edges: linkObjects(list, objects) }, diagnostics: sortDiagnostics(diagnostics) };
}

// ---------------------------------------------------------------- reading

function readFile(file: string, text: string, diagnostics: Diagnostic[]): KubeObject[] {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false });
  const docs: Document[] = Array.isArray(parsed) ? parsed : [];
  const out: KubeObject[] = [];
  for (const doc of docs) {
    // A broken document costs only itself: the others in the stream are still read.
    if (doc.errors.length > 0) {
      diagnostics.push(...syntaxErrorDiagnostics(file, doc, lineCounter));
      continue;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 1000 });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      diagnostics.push({
        severity: 'error',
        stage: 'infra',
        file,
        line: lineOfNode(lineCounter, doc.contents),
        message: `cannot read YAML: ${message}`,
      });
      continue;
    }
    const root = asRecord(value);
    if (!root) continue; // an empty document between `---` separators
    const line = lineOfNode(lineCounter, doc.contents);
    // `kind: List` (what `kubectl get -o yaml` writes) wraps objects in `items`.
    if (typeof root.kind === 'string' && root.kind.endsWith('List') && Array.isArray(root.items)) {
      const itemsNode = pairOf(doc.contents, 'items')?.value;
      root.items.forEach((item, i) => {
        const itemNode = isSeq(itemsNode) ? itemsNode.items[i] : undefined;
        const object = readObject(
          file,
          asRecord(item),
          itemNode ? lineOfNode(lineCounter, itemNode) : line,
          diagnostics,
        );
        if (object) out.push(object);
      });
      continue;
    }
    const object = readObject(file, root, isMap(doc.contents) ? line : 1, diagnostics);
    if (object) out.push(object);
  }
  return out;
}

function readObject(
  file: string,
  root: Json | undefined,
  line: number,
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
  const namespace =
    typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : 'default';
  const spec = asRecord(root.spec) ?? {};
  const pod = podTemplate(kind, root, spec);
  const containers = pod ? containerList(pod.spec.containers) : [];
  const component: Component = {
    id: kubernetesId(kind, namespace, name),
    platform: 'kubernetes',
    kind,
    name,
    namespace,
    deployable: DEPLOYABLE_KINDS.has(kind),
    ports: kind === 'Service' ? servicePorts(spec) : containerPorts(containers),
    env: pod ? envNames([...containerList(pod.spec.initContainers), ...containers]) : [],
    source: { file, line },
  };
  const image = containers[0]?.image;
  if (typeof image === 'string') component.image = image;
  if (typeof spec.replicas === 'number' && Number.isInteger(spec.replicas)) component.replicas = spec.replicas;
  const object: KubeObject = { component, kind, namespace, spec };
  if (pod) object.pod = pod;
  return object;
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

function linkObjects(objects: KubeObject[], byId: Map<string, KubeObject>): Edge[] {
  const edges = new Map<string, Edge>();
  const add = (from: string, to: string, kind: Edge['kind'], via?: string) => {
    if (from === to || !byId.has(to)) return;
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
        for (const [service, route] of ingressBackends(o.spec))
          add(id, kubernetesId('Service', o.namespace, service), 'reference', route);
        break;
      case 'HorizontalPodAutoscaler': {
        const target = asRecord(o.spec.scaleTargetRef);
        if (typeof target?.kind === 'string' && typeof target.name === 'string') {
          add(id, kubernetesId(target.kind, o.namespace, target.name), 'reference', 'scaleTargetRef');
        }
        break;
      }
    }
    if (o.pod) {
      for (const [kind, name, via] of podReferences(o.pod.spec))
        add(id, kubernetesId(kind, o.namespace, name), 'reference', via);
      for (const [variable, value] of envValues(o.pod.spec)) {
        for (const host of hostsInEnvValue(variable, value)) {
          const service = serviceForHost(host, o.namespace);
          if (service) add(id, service, 'env', variable);
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

/** `[serviceName, route]` for every backend: networking.k8s.io/v1 and the older v1beta1 shape. */
function ingressBackends(spec: Json): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const backendService = (backend: unknown): string | undefined => {
    const b = asRecord(backend);
    const name = asRecord(b?.service)?.name ?? b?.serviceName;
    return typeof name === 'string' ? name : undefined;
  };
  const fallback = backendService(spec.defaultBackend ?? spec.backend);
  if (fallback) out.push([fallback, 'default backend']);
  for (const rule of Array.isArray(spec.rules) ? spec.rules : []) {
    const r = asRecord(rule);
    const host = typeof r?.host === 'string' ? r.host : '*';
    const paths = asRecord(r?.http)?.paths;
    for (const p of Array.isArray(paths) ? paths : []) {
      const path = asRecord(p);
      const service = backendService(path?.backend);
      if (service) out.push([service, `${host}${typeof path?.path === 'string' ? path.path : '/'}`]);
    }
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
function serviceForHost(host: string, namespace: string): string | undefined {
  const parts = host.split('.');
  const [service, ns] = parts;
  if (!service) return undefined;
  if (parts.length === 1) return kubernetesId('Service', namespace, service);
  const clusterSuffix = parts.slice(2).join('.');
  if (ns && (clusterSuffix === '' || clusterSuffix === 'svc' || /^svc\.cluster\.local$/.test(clusterSuffix))) {
    return kubernetesId('Service', ns, service);
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
