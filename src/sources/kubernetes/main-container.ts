// Which container of a pod is the workload's own. Meshes, monitoring and proxies add sidecars, and a
// Kustomize patch or a mutating webhook may put one first: taking `containers[0]` would make every
// workload "run" `istio-proxy` or a metrics exporter, and copies of one service stop matching.

type Json = Record<string, unknown>;

/** Images that are sidecars wherever they appear. */
const SIDECAR_IMAGE = new RegExp(
  String.raw`(^|\/)(istio\/proxyv2|envoyproxy\/envoy|linkerd[\w-]*\/proxy|cloud-?sql-proxy|statsd-exporter|` +
    String.raw`[\w-]*-exporter|fluent-bit|fluentd|otel\/opentelemetry-collector[\w-]*|opentelemetry-collector[\w-]*|` +
    String.raw`vault|oauth2-proxy|jaeger-agent|datadog\/agent|dd-agent)(:|@|$)`,
  'i',
);
const SIDECAR_NAME = new RegExp(
  String.raw`^(istio-proxy|envoy|linkerd-proxy|cloud-?sql-proxy|[\w-]*exporter|[\w-]*sidecar|fluent-bit|fluentd|` +
    'log-shipper|otel-collector|vault-agent|oauth2-proxy|jaeger-agent)$',
  'i',
);

/**
 * The main container: the one named like the workload (or its `app` label, or the end of a
 * prefixed name: `prod-orders` runs `orders`), else the first that is no known sidecar, else the first.
 */
export function mainContainer(
  containers: Json[],
  workloadName: string,
  labels: Record<string, string>,
): Json | undefined {
  if (containers.length <= 1) return containers[0];
  const names = [
    workloadName,
    labels.app,
    labels['app.kubernetes.io/name'],
    labels['app.kubernetes.io/component'],
  ].filter((n): n is string => typeof n === 'string' && n !== '');
  const named = containers.find(
    (c) =>
      typeof c.name === 'string' &&
      names.some((n) => n === c.name || n.endsWith(`-${c.name}`) || n.startsWith(`${c.name}-`)),
  );
  if (named) return named;
  const own = containers.find(
    (c) =>
      !(typeof c.image === 'string' && SIDECAR_IMAGE.test(c.image)) &&
      !(typeof c.name === 'string' && SIDECAR_NAME.test(c.name)),
  );
  return own ?? containers[0];
}
