// Kubernetes kinds as a text may spell them (kubectl accepts the plural, the short name and any
// case), reduced to one canonical lower-case kind so that `deploy/x`, `deployments x` and
// `Deployment/x` all look up the same object.

const KIND_SPELLINGS: Record<string, string> = {
  deployment: 'deployment',
  deployments: 'deployment',
  deploy: 'deployment',
  service: 'service',
  services: 'service',
  svc: 'service',
  statefulset: 'statefulset',
  statefulsets: 'statefulset',
  sts: 'statefulset',
  daemonset: 'daemonset',
  daemonsets: 'daemonset',
  ds: 'daemonset',
  configmap: 'configmap',
  configmaps: 'configmap',
  cm: 'configmap',
  secret: 'secret',
  secrets: 'secret',
  ingress: 'ingress',
  ingresses: 'ingress',
  ing: 'ingress',
  horizontalpodautoscaler: 'horizontalpodautoscaler',
  horizontalpodautoscalers: 'horizontalpodautoscaler',
  hpa: 'horizontalpodautoscaler',
  namespace: 'namespace',
  namespaces: 'namespace',
  ns: 'namespace',
  cronjob: 'cronjob',
  cronjobs: 'cronjob',
  cj: 'cronjob',
  persistentvolumeclaim: 'persistentvolumeclaim',
  persistentvolumeclaims: 'persistentvolumeclaim',
  pvc: 'persistentvolumeclaim',
  serviceaccount: 'serviceaccount',
  serviceaccounts: 'serviceaccount',
  sa: 'serviceaccount',
  networkpolicy: 'networkpolicy',
  networkpolicies: 'networkpolicy',
  netpol: 'networkpolicy',
  poddisruptionbudget: 'poddisruptionbudget',
  poddisruptionbudgets: 'poddisruptionbudget',
  pdb: 'poddisruptionbudget',
  // Objects whose names are generated at run time: a reference to one is never checked.
  pod: 'pod',
  pods: 'pod',
  po: 'pod',
  replicaset: 'replicaset',
  replicasets: 'replicaset',
  rs: 'replicaset',
  job: 'job',
  jobs: 'job',
};
const EPHEMERAL_KINDS = new Set(['pod', 'replicaset', 'job']);

/** The canonical kind a word spells (`deploy` → `deployment`), undefined when it is no kind. */
export function canonicalKind(word: string): string | undefined {
  return KIND_SPELLINGS[word.toLowerCase()];
}

/** A kind whose objects get generated names (pods, replica sets, jobs): never checked. */
export function isEphemeralKind(kind: string): boolean {
  return EPHEMERAL_KINDS.has(kind);
}
