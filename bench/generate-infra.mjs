// A generated repository for the infra render benchmark, the same for a given service count on any
// machine: N services described three times over, as teams do:
// - deploy/kustomize: a base with a Deployment, Service and ConfigMap per service, two components
//   (`monitoring`: scrape annotations and a metrics sidecar patched into every Deployment by label
//   selector, unless `sidecar: false`;
//   `debug`: a generated ConfigMap and a label) and three overlays (dev, staging, prod), each with
//   namePrefix, namespace, images (a new tag per service; prod also moves one service to a mirror
//   registry), a strategic-merge patch file and an inline JSON6902 patch;
// - deploy/helm/shop: one chart whose templates `range` over `.Values.services`, with `include`d
//   helpers piped through `nindent`, `with`/`if` blocks, an HPA for some services and an Ingress;
// - compose.yaml: the same services, plus the PostgreSQL and Redis they use.
//   import { generateInfraRepo } from './generate-infra.mjs';
//   generateInfraRepo(dir, { services: 15, sidecar: true }) -> { services, overlays, chart, compose }
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const WORDS = ['orders', 'catalog', 'payments', 'billing', 'identity', 'inventory', 'shipping', 'search']
  .concat(['reviews', 'pricing', 'ledger', 'notify', 'profile', 'cart', 'checkout', 'recommend', 'media'])
  .concat(['support', 'audit', 'reports']);
const REGISTRY = 'ghcr.io/acme';

/** N distinct DNS-label service names: the words, then the words again with a number. */
export function serviceNames(n) {
  return Array.from({ length: n }, (_, i) => {
    const word = WORDS[i % WORDS.length];
    return i < WORDS.length ? word : `${word}-${Math.floor(i / WORDS.length) + 1}`;
  });
}

function write(root, file, text) {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const lines = (...ls) => `${ls.flat().join('\n')}\n`;

// ---- Kustomize ----------------------------------------------------------------------------------
function serviceManifests(name, i) {
  return lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    `  labels: { app: ${name} }`,
    'spec:',
    '  replicas: 2',
    `  selector: { matchLabels: { app: ${name} } }`,
    '  template:',
    `    metadata: { labels: { app: ${name} } }`,
    '    spec:',
    '      containers:',
    `        - name: ${name}`,
    `          image: ${REGISTRY}/${name}:1.0.0`,
    '          ports: [{ containerPort: 8080, name: http }]',
    `          envFrom: [{ configMapRef: { name: ${name}-config } }]`,
    '          env:',
    `            - { name: DATABASE_URL, value: "postgres://postgres:5432/${name.replace(/-/g, '_')}" }`,
    ...(i % 3 === 0 ? ['            - { name: REDIS_URL, value: "redis://redis:6379/0" }'] : []),
    '          readinessProbe: { httpGet: { path: /healthz, port: http } }',
    '          resources: { requests: { cpu: 100m, memory: 128Mi }, limits: { memory: 256Mi } }',
    '---',
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    `  selector: { app: ${name} }`,
    '  ports: [{ name: http, port: 80, targetPort: http }]',
    '---',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    `  name: ${name}-config`,
    'data:',
    '  LOG_LEVEL: info',
    `  SERVICE_NAME: ${name}`,
  );
}

function kustomizeTree(root, names, sidecar) {
  const base = 'deploy/kustomize/base';
  for (const [i, name] of names.entries()) write(root, `${base}/${name}.yaml`, serviceManifests(name, i));
  write(
    root,
    `${base}/kustomization.yaml`,
    lines(
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'labels:',
      '  - pairs: { app.kubernetes.io/part-of: shop }',
      '    includeSelectors: false',
      '    includeTemplates: true',
      'resources:',
      names.map((n) => `  - ${n}.yaml`),
    ),
  );
  const components = 'deploy/kustomize/components';
  write(
    root,
    `${components}/monitoring/kustomization.yaml`,
    lines(
      'apiVersion: kustomize.config.k8s.io/v1alpha1',
      'kind: Component',
      'commonAnnotations:',
      '  monitoring.example.com/team: platform',
      'patches:',
      '  - path: scrape.yaml',
      '    target:',
      '      kind: Deployment',
      '      labelSelector: app.kubernetes.io/part-of=shop',
    ),
  );
  write(
    root,
    `${components}/monitoring/scrape.yaml`,
    lines(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: any',
      'spec:',
      '  template:',
      '    metadata:',
      '      annotations: { prometheus.io/scrape: "true", prometheus.io/port: "9090" }',
      ...(sidecar
        ? [
            '    spec:',
            '      containers:',
            '        - name: metrics-exporter',
            '          image: quay.io/prometheus/statsd-exporter:v0.27.1',
            '          ports: [{ containerPort: 9090, name: metrics }]',
          ]
        : []),
    ),
  );
  write(
    root,
    `${components}/debug/kustomization.yaml`,
    lines(
      'apiVersion: kustomize.config.k8s.io/v1alpha1',
      'kind: Component',
      'labels:',
      '  - pairs: { debug: "on" }',
      'configMapGenerator:',
      '  - name: debug-flags',
      '    literals: [TRACE=1, PROFILER=on]',
    ),
  );
  const overlays = [
    { env: 'dev', components: ['monitoring', 'debug'], replicas: 1, tag: 'dev-latest' },
    { env: 'staging', components: ['monitoring'], replicas: 2, tag: '1.1.0-rc.1' },
    { env: 'prod', components: ['monitoring'], replicas: 4, tag: '1.0.3', mirror: true },
  ];
  const first = names[0];
  const second = names[1 % names.length];
  const dirs = [];
  for (const o of overlays) {
    const dir = `deploy/kustomize/overlays/${o.env}`;
    dirs.push(dir);
    write(
      root,
      `${dir}/kustomization.yaml`,
      lines(
        'apiVersion: kustomize.config.k8s.io/v1beta1',
        'kind: Kustomization',
        `namespace: shop-${o.env}`,
        `namePrefix: ${o.env}-`,
        'resources:',
        '  - ../../base',
        'components:',
        o.components.map((c) => `  - ../../components/${c}`),
        'images:',
        names.flatMap((n, i) => [
          `  - name: ${REGISTRY}/${n}`,
          ...(o.mirror && i === names.length - 1 ? [`    newName: registry.example.com/mirror/${n}`] : []),
          `    newTag: ${o.tag}`,
        ]),
        'patches:',
        '  - path: scale.yaml',
        `  - target: { group: apps, version: v1, kind: Deployment, name: ${second} }`,
        '    patch: |-',
        '      - op: replace',
        '        path: /spec/replicas',
        `        value: ${o.replicas + 1}`,
        '      - op: add',
        '        path: /spec/template/metadata/labels/environment',
        `        value: ${o.env}`,
      ),
    );
    write(
      root,
      `${dir}/scale.yaml`,
      lines(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        `  name: ${first}`,
        'spec:',
        `  replicas: ${o.replicas}`,
        '  template:',
        '    spec:',
        '      containers:',
        `        - name: ${first}`,
        `          resources: { limits: { memory: ${o.replicas * 256}Mi } }`,
      ),
    );
  }
  return dirs;
}

// ---- Helm ---------------------------------------------------------------------------------------
function helmChart(root, names) {
  const dir = 'deploy/helm/shop';
  write(
    root,
    `${dir}/Chart.yaml`,
    lines('apiVersion: v2', 'name: shop', 'description: The shop services', 'version: 0.3.0', 'appVersion: "1.0.0"'),
  );
  write(
    root,
    `${dir}/values.yaml`,
    lines(
      'image:',
      `  registry: ${REGISTRY}`,
      '  tag: ""',
      '  pullPolicy: IfNotPresent',
      'ingress:',
      '  enabled: true',
      '  className: nginx',
      '  host: shop.example.com',
      'postgres:',
      '  host: postgres',
      'services:',
      names.flatMap((n, i) => [
        `  - name: ${n}`,
        `    replicas: ${1 + (i % 3)}`,
        '    port: 8080',
        `    expose: ${i % 2 === 0}`,
        '    config:',
        '      LOG_LEVEL: info',
        `      SERVICE_NAME: ${n}`,
        ...(i % 3 === 0 ? ['    redis: true'] : []),
        ...(i % 4 === 0 ? ['    autoscaling: { minReplicas: 2, maxReplicas: 6, cpu: 70 }'] : []),
        '    resources:',
        '      requests: { cpu: 100m, memory: 128Mi }',
        '      limits: { memory: 256Mi }',
      ]),
    ),
  );
  write(
    root,
    `${dir}/templates/_helpers.tpl`,
    lines(
      '{{/* The chart name, overridable. */}}',
      '{{- define "shop.name" -}}',
      '{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}',
      '{{- end }}',
      '',
      '{{/* One service\'s full name: called with (dict "root" $ "svc" .). */}}',
      '{{- define "shop.fullname" -}}',
      '{{- printf "%s-%s" .root.Release.Name .svc.name | trunc 63 | trimSuffix "-" }}',
      '{{- end }}',
      '',
      '{{- define "shop.selectorLabels" -}}',
      'app.kubernetes.io/name: {{ .svc.name }}',
      'app.kubernetes.io/instance: {{ .root.Release.Name }}',
      '{{- end }}',
      '',
      '{{- define "shop.labels" -}}',
      'helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}',
      '{{ include "shop.selectorLabels" . }}',
      '{{- if .root.Chart.AppVersion }}',
      'app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}',
      '{{- end }}',
      'app.kubernetes.io/managed-by: {{ .root.Release.Service }}',
      '{{- end }}',
      '',
      '{{- define "shop.image" -}}',
      '{{- printf "%s/%s:%s" .root.Values.image.registry .svc.name (.root.Values.image.tag | default ' +
        '.root.Chart.AppVersion) }}',
      '{{- end }}',
    ),
  );
  write(
    root,
    `${dir}/templates/services.yaml`,
    lines(
      '{{- range .Values.services }}',
      '{{- $ctx := dict "root" $ "svc" . }}',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ include "shop.fullname" $ctx }}',
      '  labels:',
      '    {{- include "shop.labels" $ctx | nindent 4 }}',
      'spec:',
      '  {{- if not .autoscaling }}',
      '  replicas: {{ .replicas | default 1 }}',
      '  {{- end }}',
      '  selector:',
      '    matchLabels:',
      '      {{- include "shop.selectorLabels" $ctx | nindent 6 }}',
      '  template:',
      '    metadata:',
      '      labels:',
      '        {{- include "shop.selectorLabels" $ctx | nindent 8 }}',
      '      annotations:',
      '        checksum/config: {{ toJson .config | sha256sum }}',
      '    spec:',
      '      containers:',
      '        - name: {{ .name }}',
      '          image: {{ include "shop.image" $ctx | quote }}',
      '          imagePullPolicy: {{ $.Values.image.pullPolicy }}',
      '          ports:',
      '            - name: http',
      '              containerPort: {{ .port }}',
      '          envFrom:',
      '            - configMapRef:',
      '                name: {{ include "shop.fullname" $ctx }}-config',
      '          env:',
      '            - name: DATABASE_URL',
      '              value: {{ printf "postgres://%s:5432/%s" $.Values.postgres.host (.name | snakecase) | quote }}',
      '            {{- if .redis }}',
      '            - name: REDIS_URL',
      '              value: "redis://redis:6379/0"',
      '            {{- end }}',
      '          readinessProbe:',
      '            httpGet: { path: /healthz, port: http }',
      '          {{- with .resources }}',
      '          resources:',
      '            {{- toYaml . | nindent 12 }}',
      '          {{- end }}',
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: {{ include "shop.fullname" $ctx }}',
      '  labels:',
      '    {{- include "shop.labels" $ctx | nindent 4 }}',
      'spec:',
      '  selector:',
      '    {{- include "shop.selectorLabels" $ctx | nindent 4 }}',
      '  ports:',
      '    - name: http',
      '      port: 80',
      '      targetPort: http',
      '{{- with .config }}',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: {{ include "shop.fullname" $ctx }}-config',
      'data:',
      '  {{- range $k, $v := . }}',
      '  {{ $k }}: {{ $v | quote }}',
      '  {{- end }}',
      '{{- end }}',
      '{{- with .autoscaling }}',
      '---',
      'apiVersion: autoscaling/v2',
      'kind: HorizontalPodAutoscaler',
      'metadata:',
      '  name: {{ include "shop.fullname" $ctx }}',
      'spec:',
      '  scaleTargetRef:',
      '    apiVersion: apps/v1',
      '    kind: Deployment',
      '    name: {{ include "shop.fullname" $ctx }}',
      '  minReplicas: {{ .minReplicas }}',
      '  maxReplicas: {{ .maxReplicas }}',
      '  metrics:',
      '    - type: Resource',
      '      resource:',
      '        name: cpu',
      '        target: { type: Utilization, averageUtilization: {{ .cpu }} }',
      '{{- end }}',
      '{{- end }}',
    ),
  );
  write(
    root,
    `${dir}/templates/ingress.yaml`,
    lines(
      '{{- if .Values.ingress.enabled }}',
      'apiVersion: networking.k8s.io/v1',
      'kind: Ingress',
      'metadata:',
      '  name: {{ include "shop.name" . }}',
      'spec:',
      '  ingressClassName: {{ .Values.ingress.className }}',
      '  rules:',
      '    - host: {{ .Values.ingress.host | quote }}',
      '      http:',
      '        paths:',
      '          {{- range .Values.services }}',
      '          {{- if .expose }}',
      '          - path: /{{ .name }}',
      '            pathType: Prefix',
      '            backend:',
      '              service:',
      '                name: {{ include "shop.fullname" (dict "root" $ "svc" .) }}',
      '                port: { name: http }',
      '          {{- end }}',
      '          {{- end }}',
      '{{- end }}',
    ),
  );
  return dir;
}

// ---- Compose ------------------------------------------------------------------------------------
function composeFile(root, names) {
  write(
    root,
    'compose.yaml',
    lines(
      'services:',
      names.flatMap((n, i) => [
        `  ${n}:`,
        `    image: ${REGISTRY}/${n}:1.0.0`,
        `    ports: ["${8100 + i}:8080"]`,
        '    environment:',
        `      DATABASE_URL: postgres://postgres:5432/${n.replace(/-/g, '_')}`,
        ...(i % 3 === 0 ? ['      REDIS_URL: redis://redis:6379/0'] : []),
        '      LOG_LEVEL: debug',
        '    depends_on: [postgres]',
      ]),
      '  postgres:',
      '    image: postgres:16',
      '    environment: { POSTGRES_PASSWORD: example }',
      '    volumes: [pgdata:/var/lib/postgresql/data]',
      '  redis:',
      '    image: redis:7',
      'volumes:',
      '  pgdata: {}',
    ),
  );
  return 'compose.yaml';
}

export function generateInfraRepo(root, { services = 15, sidecar = true } = {}) {
  const names = serviceNames(services);
  const overlays = kustomizeTree(root, names, sidecar);
  const chart = helmChart(root, names);
  const compose = composeFile(root, names);
  return { services: names, overlays, chart, compose };
}
