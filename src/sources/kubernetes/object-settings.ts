// The literal settings of a Kubernetes object that say how it runs, kept in `Component.settings`
// beside what Terraform keeps for cloud resources: a claim's size and access modes, the pod's
// security context, a Service's type. Only literal values that are never secret are read.

type Json = Record<string, unknown>;

/** Security-context fields a reviewer checks, pod level first, then the main container's. */
const SECURITY_FIELDS = [
  'runAsNonRoot',
  'runAsUser',
  'readOnlyRootFilesystem',
  'allowPrivilegeEscalation',
  'privileged',
] as const;

export function objectSettings(
  kind: string,
  spec: Json,
  podSpec: Json | undefined,
  main: Json | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (kind === 'PersistentVolumeClaim') {
    const storage = record(record(spec.resources)?.requests)?.storage;
    if (isLiteral(storage)) out.storage = String(storage);
    if (Array.isArray(spec.accessModes)) out.accessModes = spec.accessModes.filter(isLiteral).join(', ');
    if (typeof spec.storageClassName === 'string') out.storageClassName = spec.storageClassName;
  }
  if (kind === 'Service' && typeof spec.type === 'string') out.type = spec.type;
  if (kind === 'CronJob' && typeof spec.schedule === 'string') out.schedule = spec.schedule;
  if (kind === 'StatefulSet') {
    for (const claim of Array.isArray(spec.volumeClaimTemplates) ? spec.volumeClaimTemplates : []) {
      const c = record(claim);
      const name = record(c?.metadata)?.name;
      const storage = record(record(record(c?.spec)?.resources)?.requests)?.storage;
      if (typeof name === 'string' && isLiteral(storage)) out[`volumeClaim.${name}`] = String(storage);
    }
  }
  if (podSpec) {
    const pod = record(podSpec.securityContext) ?? {};
    const container = record(main?.securityContext) ?? {};
    for (const field of SECURITY_FIELDS) {
      const value = container[field] ?? pod[field];
      if (isLiteral(value)) out[`securityContext.${field}`] = String(value);
    }
    const drop = record(container.capabilities)?.drop;
    if (Array.isArray(drop) && drop.length)
      out['securityContext.capabilities.drop'] = drop.filter(isLiteral).join(', ');
    if (podSpec.hostNetwork === true) out.hostNetwork = 'true';
  }
  return out;
}

/** Key names of a ConfigMap's or Secret's data, sorted; values are never looked at. */
export function dataKeys(kind: string, root: Json): string[] {
  if (kind !== 'ConfigMap' && kind !== 'Secret') return [];
  const keys = new Set<string>();
  for (const field of ['data', 'stringData', 'binaryData']) {
    for (const key of Object.keys(record(root[field]) ?? {})) keys.add(key);
  }
  return [...keys].sort();
}

function isLiteral(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function record(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}
