// Once a whole tree is built, the fields that name another object (an Ingress backend's Service,
// a container's `envFrom` ConfigMap, a pod's ServiceAccount, an HPA's target …) are pointed at
// that object's final name, as kustomize's name-reference transformer does: the referenced object
// is the one of the right kind that was *once* called the name written, in the referrer's
// namespace; of several, the one that got the same prefixes and suffixes as the referrer.

import type { Diagnostic } from '../../../facts/model.js';
import { CLUSTER_SCOPED_KINDS } from './builtin-transformers.js';
import { visitField } from './field-paths.js';
import { type KustomizeResource, kindOf, namespaceOf } from './kustomize-resource.js';

/** A field naming an object of `kinds`; `kindField` is a sibling that must say which kind. */
interface Referral {
  kinds: string[];
  /** Kinds of referrer, or undefined for every kind. */
  in?: string[];
  /** Path to the map that holds the name. */
  path: string;
  field: string;
  kindField?: string;
  /** The name's sibling namespace field, updated with the name (binding subjects). */
  namespaceField?: string;
}

const POD_SPECS: Array<{ in: string[]; prefix: string }> = [
  { in: ['Pod'], prefix: 'spec' },
  {
    in: ['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'Job', 'ReplicationController'],
    prefix: 'spec/template/spec',
  },
  { in: ['CronJob'], prefix: 'spec/jobTemplate/spec/template/spec' },
];
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];

function podReferrals(): Referral[] {
  const out: Referral[] = [];
  for (const { in: kinds, prefix } of POD_SPECS) {
    const at = (kind: string, path: string, field: string) =>
      out.push({ kinds: [kind], in: kinds, path: `${prefix}/${path}`, field });
    at('ConfigMap', 'volumes/configMap', 'name');
    at('ConfigMap', 'volumes/projected/sources/configMap', 'name');
    at('Secret', 'volumes/secret', 'secretName');
    at('Secret', 'volumes/projected/sources/secret', 'name');
    at('Secret', 'imagePullSecrets', 'name');
    at('PersistentVolumeClaim', 'volumes/persistentVolumeClaim', 'claimName');
    for (const list of CONTAINER_LISTS) {
      at('ConfigMap', `${list}/env/valueFrom/configMapKeyRef`, 'name');
      at('ConfigMap', `${list}/envFrom/configMapRef`, 'name');
      at('Secret', `${list}/env/valueFrom/secretKeyRef`, 'name');
      at('Secret', `${list}/envFrom/secretRef`, 'name');
    }
    out.push({ kinds: ['ServiceAccount'], in: kinds, path: prefix, field: 'serviceAccountName' });
    out.push({ kinds: ['ServiceAccount'], in: kinds, path: prefix, field: 'serviceAccount' });
    out.push({ kinds: ['PriorityClass'], in: kinds, path: prefix, field: 'priorityClassName' });
  }
  return out;
}

const REFERRALS: Referral[] = [
  ...podReferrals(),
  { kinds: ['Service'], in: ['Ingress'], path: 'spec/rules/http/paths/backend/service', field: 'name' },
  { kinds: ['Service'], in: ['Ingress'], path: 'spec/defaultBackend/service', field: 'name' },
  { kinds: ['Service'], in: ['Ingress'], path: 'spec/rules/http/paths/backend', field: 'serviceName' },
  { kinds: ['Service'], in: ['Ingress'], path: 'spec/backend', field: 'serviceName' },
  { kinds: ['Secret'], in: ['Ingress'], path: 'spec/tls', field: 'secretName' },
  { kinds: ['Service'], in: ['StatefulSet'], path: 'spec', field: 'serviceName' },
  { kinds: ['Service'], in: ['APIService'], path: 'spec/service', field: 'name' },
  { kinds: ['Secret'], in: ['ServiceAccount'], path: 'imagePullSecrets', field: 'name' },
  { kinds: ['Secret'], in: ['ServiceAccount'], path: 'secrets', field: 'name' },
  {
    kinds: ['ServiceAccount'],
    in: ['RoleBinding', 'ClusterRoleBinding'],
    path: 'subjects',
    field: 'name',
    kindField: 'kind',
    namespaceField: 'namespace',
  },
  {
    kinds: ['Role', 'ClusterRole'],
    in: ['RoleBinding', 'ClusterRoleBinding'],
    path: 'roleRef',
    field: 'name',
    kindField: 'kind',
  },
  {
    kinds: ['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController'],
    in: ['HorizontalPodAutoscaler'],
    path: 'spec/scaleTargetRef',
    field: 'name',
    kindField: 'kind',
  },
  { kinds: ['PersistentVolume'], in: ['PersistentVolumeClaim'], path: 'spec', field: 'volumeName' },
  { kinds: ['StorageClass'], in: ['PersistentVolumeClaim'], path: 'spec', field: 'storageClassName' },
  { kinds: ['StorageClass'], in: ['StatefulSet'], path: 'spec/volumeClaimTemplates/spec', field: 'storageClassName' },
  {
    kinds: ['PersistentVolumeClaim'],
    in: ['StatefulSet'],
    path: 'spec/template/spec/volumes/persistentVolumeClaim',
    field: 'claimName',
  },
];

/** Points every reference field at the final name of the object it names. */
export function fixNameReferences(resources: KustomizeResource[], diagnostics: Diagnostic[]): void {
  const byKind = new Map<string, KustomizeResource[]>();
  for (const r of resources) {
    const kind = kindOf(r.object);
    byKind.set(kind, [...(byKind.get(kind) ?? []), r]);
  }
  for (const referrer of resources) {
    const referrerKind = kindOf(referrer.object);
    for (const referral of REFERRALS) {
      if (referral.in && !referral.in.includes(referrerKind)) continue;
      visitField(referrer.object, `${referral.path}/${referral.field}`, false, (holder, field) => {
        const written = holder[field];
        if (typeof written !== 'string') return;
        const kind = referral.kindField ? holder[referral.kindField] : referral.kinds[0];
        if (typeof kind !== 'string' || !referral.kinds.includes(kind)) return;
        const wantedNamespace = referral.namespaceField
          ? typeof holder[referral.namespaceField] === 'string'
            ? (holder[referral.namespaceField] as string)
            : namespaceOf(referrer.object)
          : namespaceOf(referrer.object);
        const target = referredObject(byKind.get(kind) ?? [], written, kind, wantedNamespace, referrer);
        if (target === 'ambiguous') {
          diagnostics.push({
            severity: 'warning',
            stage: 'infra',
            file: referrer.source.file,
            line: referrer.source.line,
            message:
              `${referrerKind} names ${kind} ${written}, which more than one object was once called; ` +
              'left as written',
          });
          return;
        }
        if (!target) return;
        holder[field] = target.names.at(-1);
        if (referral.namespaceField && namespaceOf(target.object))
          holder[referral.namespaceField] = namespaceOf(target.object);
      });
    }
  }
}

function referredObject(
  candidates: KustomizeResource[],
  written: string,
  kind: string,
  namespace: string,
  referrer: KustomizeResource,
): KustomizeResource | 'ambiguous' | undefined {
  let found = candidates.filter((c) => c !== referrer && c.names.includes(written));
  // As kustomize: the namespace the referrer means, against where the candidate is now or was first.
  if (!CLUSTER_SCOPED_KINDS.has(kind))
    found = found.filter(
      (c) => sameNamespace(namespaceOf(c.object), namespace) || sameNamespace(c.namespaces[0] ?? '', namespace),
    );
  if (found.length <= 1) return found[0];
  const sameAffixes = found.filter(
    (c) =>
      c.prefixes.join('\n') === referrer.prefixes.join('\n') && c.suffixes.join('\n') === referrer.suffixes.join('\n'),
  );
  if (sameAffixes.length === 1) return sameAffixes[0];
  const current = found.filter((c) => c.names.at(-1) === written);
  return current.length === 1 ? current[0] : 'ambiguous';
}

function sameNamespace(a: string, b: string): boolean {
  return (a || 'default') === (b || 'default');
}
