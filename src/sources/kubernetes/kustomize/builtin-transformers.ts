// The field transformers a kustomization turns on by its fields: `namespace`, `namePrefix` /
// `nameSuffix`, `commonLabels` / `labels`, `commonAnnotations`, `replicas` and `images`, each over
// the fields kustomize's built-in configuration names for the common kinds.

import type { Diagnostic } from '../../../facts/model.js';
import { mergeStringMap, visitField } from './field-paths.js';
import { isJsonObject, type Json, type KustomizeResource, kindOf, rename, setNamespace } from './kustomize-resource.js';

/** Kinds that live outside namespaces: `namespace:` leaves them without one. */
export const CLUSTER_SCOPED_KINDS = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'StorageClass',
  'CSIDriver',
  'CSINode',
  'VolumeAttachment',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'APIService',
  'PriorityClass',
  'IngressClass',
  'RuntimeClass',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'CertificateSigningRequest',
  'PodSecurityPolicy',
  'ComponentStatus',
  'FlowSchema',
  'PriorityLevelConfiguration',
]);

/** Kustomize leaves these names alone under `namePrefix` / `nameSuffix`. */
const UNPREFIXED_KINDS = new Set(['Namespace', 'CustomResourceDefinition', 'APIService']);

const POD_TEMPLATE_KINDS = ['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'Job', 'ReplicationController'];
const SELECTOR_KINDS = ['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet'];
const POD_SPEC = 'spec/template/spec';
const AFFINITY_SELECTORS = [
  ...['podAffinity', 'podAntiAffinity'].flatMap((affinity) => [
    `${POD_SPEC}/affinity/${affinity}/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector`,
    `${POD_SPEC}/affinity/${affinity}/requiredDuringSchedulingIgnoredDuringExecution/labelSelector`,
  ]),
  `${POD_SPEC}/topologySpreadConstraints/labelSelector`,
].map((selector) => `${selector}/matchLabels`);

export function setNamespaceOf(resources: KustomizeResource[], namespace: string): void {
  for (const r of resources) {
    const kind = kindOf(r.object);
    if (kind === 'Namespace') rename(r, namespace);
    if (CLUSTER_SCOPED_KINDS.has(kind)) {
      if (kind === 'ClusterRoleBinding') defaultServiceAccountSubjects(r.object, namespace);
      continue;
    }
    setNamespace(r, namespace);
    if (kind === 'RoleBinding') defaultServiceAccountSubjects(r.object, namespace);
  }
}

/** Kustomize moves a binding's subject `default` (the namespace's own ServiceAccount) along. */
function defaultServiceAccountSubjects(object: Json, namespace: string): void {
  if (!Array.isArray(object.subjects)) return;
  for (const s of object.subjects)
    if (isJsonObject(s) && s.kind === 'ServiceAccount' && s.name === 'default') s.namespace = namespace;
}

export function addNamePrefixSuffix(resources: KustomizeResource[], prefix: string, suffix: string): void {
  for (const r of resources) {
    if (UNPREFIXED_KINDS.has(kindOf(r.object))) continue;
    const name = r.names.at(-1) ?? '';
    rename(r, `${prefix}${name}${suffix}`);
    if (prefix) r.prefixes.push(prefix);
    if (suffix) r.suffixes.push(suffix);
  }
}

export interface LabelSpec {
  pairs: Record<string, string>;
  includeSelectors: boolean;
  includeTemplates: boolean;
}

/** `commonLabels` is `{pairs, includeSelectors: true}`; `labels` entries say for themselves. */
export function addLabels(resources: KustomizeResource[], spec: LabelSpec): void {
  const { pairs } = spec;
  for (const r of resources) {
    const o = r.object;
    const kind = kindOf(o);
    mergeStringMap(o, 'metadata/labels', pairs, true);
    const templates = spec.includeSelectors || spec.includeTemplates;
    if (templates) {
      if (POD_TEMPLATE_KINDS.includes(kind)) mergeStringMap(o, 'spec/template/metadata/labels', pairs, true);
      if (kind === 'StatefulSet') mergeStringMap(o, 'spec/volumeClaimTemplates/metadata/labels', pairs, true);
      if (kind === 'CronJob') {
        mergeStringMap(o, 'spec/jobTemplate/metadata/labels', pairs, true);
        mergeStringMap(o, 'spec/jobTemplate/spec/template/metadata/labels', pairs, true);
      }
    }
    if (!spec.includeSelectors) continue;
    if (kind === 'Service' || kind === 'ReplicationController') mergeStringMap(o, 'spec/selector', pairs, true);
    if (SELECTOR_KINDS.includes(kind)) {
      mergeStringMap(o, 'spec/selector/matchLabels', pairs, true);
      for (const path of AFFINITY_SELECTORS) mergeStringMap(o, path, pairs, false);
    }
    if (kind === 'Job') mergeStringMap(o, 'spec/selector/matchLabels', pairs, false);
    if (kind === 'CronJob') mergeStringMap(o, 'spec/jobTemplate/spec/selector/matchLabels', pairs, false);
    if (kind === 'PodDisruptionBudget') mergeStringMap(o, 'spec/selector/matchLabels', pairs, false);
    if (kind === 'NetworkPolicy') {
      mergeStringMap(o, 'spec/podSelector/matchLabels', pairs, false);
      mergeStringMap(o, 'spec/ingress/from/podSelector/matchLabels', pairs, false);
      mergeStringMap(o, 'spec/egress/to/podSelector/matchLabels', pairs, false);
    }
  }
}

export function addAnnotations(resources: KustomizeResource[], pairs: Record<string, string>): void {
  for (const r of resources) {
    const o = r.object;
    const kind = kindOf(o);
    mergeStringMap(o, 'metadata/annotations', pairs, true);
    if (POD_TEMPLATE_KINDS.includes(kind)) mergeStringMap(o, 'spec/template/metadata/annotations', pairs, true);
    if (kind === 'CronJob') {
      mergeStringMap(o, 'spec/jobTemplate/metadata/annotations', pairs, true);
      mergeStringMap(o, 'spec/jobTemplate/spec/template/metadata/annotations', pairs, true);
    }
  }
}

const SCALABLE_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController']);

/** Sets `spec.replicas` of the workloads once called `name`; false when none is. */
export function setReplicas(resources: KustomizeResource[], name: string, count: number): boolean {
  let matched = false;
  for (const r of resources) {
    if (!SCALABLE_KINDS.has(kindOf(r.object)) || !r.names.includes(name)) continue;
    matched = true;
    visitField(r.object, 'spec/replicas', true, (holder, field) => {
      holder[field] = count;
    });
  }
  return matched;
}

export interface ImageSpec {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

/** Rewrites every container and init container image named `spec.name`; false when none is. */
export function setImages(resources: KustomizeResource[], spec: ImageSpec): boolean {
  let matched = false;
  const visit = (value: unknown, depth: number): void => {
    if (depth > 50) return;
    if (Array.isArray(value)) for (const e of value) visit(e, depth + 1);
    else if (isJsonObject(value))
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'containers' || key === 'initContainers') && Array.isArray(child)) {
          for (const c of child)
            if (isJsonObject(c) && typeof c.image === 'string') {
              const changed = retag(c.image, spec);
              if (changed !== undefined) {
                c.image = changed;
                matched = true;
              }
            }
        }
        visit(child, depth + 1);
      }
  };
  for (const r of resources) visit(r.object, 0);
  return matched;
}

/** The new image reference, or undefined when `image` is not the one the spec names. */
export function retag(image: string, spec: ImageSpec): string | undefined {
  const { name, tag } = splitImage(image);
  if (name !== spec.name) return undefined;
  let suffix = tag;
  if (spec.digest) suffix = `@${spec.digest}`;
  else if (spec.newTag) suffix = `:${spec.newTag}`;
  return `${spec.newName || name}${suffix}`;
}

/** `registry:5000/team/app:1.2@sha256:…` → name `registry:5000/team/app`, tag `:1.2@sha256:…`. */
export function splitImage(image: string): { name: string; tag: string } {
  const at = image.indexOf('@');
  const beforeDigest = at < 0 ? image : image.slice(0, at);
  const lastSlash = beforeDigest.lastIndexOf('/');
  const colon = beforeDigest.indexOf(':', lastSlash + 1);
  const end = colon >= 0 ? colon : at >= 0 ? at : image.length;
  return { name: image.slice(0, end), tag: image.slice(end) };
}

/** Reads a `key: value` map of strings (labels, annotations); values of other types are stringified. */
export function readStringPairs(value: unknown, where: { file: string; line: number }, diagnostics: Diagnostic[]) {
  const out: Record<string, string> = {};
  if (value === undefined || value === null) return out;
  if (!isJsonObject(value)) {
    diagnostics.push({ severity: 'warning', stage: 'infra', ...where, message: 'expected a map of strings; ignored' });
    return out;
  }
  for (const [k, v] of Object.entries(value)) out[k] = typeof v === 'string' ? v : JSON.stringify(v);
  return out;
}
