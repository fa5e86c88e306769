import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { findOnPath } from '../../src/sources/common/external-tool.js';
import { repoReader } from '../../src/sources/common/repo-reader.js';
import { findCharts, renderChart } from '../../src/sources/kubernetes/helm/render-chart.js';
import { parseToolOutput } from '../../src/sources/kubernetes/helm/render-with-tool.js';
import type { BuiltManifests, ManifestDocument } from '../../src/sources/kubernetes/manifest-set.js';
import { PROJECT_ROOT } from '../support/action-runner.js';

const CHART = 'test/fixtures/infra/helm/shop';
const T = `${CHART}/templates`;

type Obj = { kind: string; metadata: { name: string; namespace?: string }; spec?: any; data?: any };
const key = (o: Obj) => `${o.kind}/${o.metadata.name}`;
const objects = (built: BuiltManifests) => built.set.documents.map((d) => d.value as Obj);
const byKey = (built: BuiltManifests) => new Map(objects(built).map((o) => [key(o), o]));
const sortByKey = (list: Obj[]) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

function expected(name: string): Obj[] {
  const text = readFileSync(join(PROJECT_ROOT, 'test/fixtures/infra/helm/shop-expected', name), 'utf8');
  return parseAllDocuments(text).map((d) => d.toJS() as Obj);
}

async function render(values: string[] = [], extra: { release?: string; namespace?: string } = {}) {
  return renderChart(CHART, {
    repoRoot: PROJECT_ROOT,
    reader: repoReader(PROJECT_ROOT, () => undefined),
    values,
    useTool: false,
    ...extra,
  });
}

const container = (o: Obj) => o.spec.template.spec.containers[0];

describe('renderChart on the shop chart with its default values', async () => {
  const built = await render();
  const objs = byKey(built);

  it('renders the objects written by hand in shop-expected/default.yaml, one for one', () => {
    expect(sortByKey(objects(built))).toEqual(sortByKey(expected('default.yaml')));
  });

  it('names the environment after the release and marks it a Helm render', () => {
    expect(built.set.environment).toEqual({ id: CHART, name: 'shop', via: 'helm' });
    expect(built.diagnostics).toEqual([]);
  });

  it('has the key fields a reader of the chart expects', () => {
    expect([...objs.keys()].sort()).toEqual([
      'ConfigMap/shop-config',
      'Deployment/shop',
      'Deployment/shop-emails-worker',
      'Deployment/shop-orders-worker',
      'Deployment/shop-redis',
      'Service/shop',
      'Service/shop-redis',
      'ServiceAccount/shop',
    ]);
    const api = objs.get('Deployment/shop')!;
    expect(api.spec.replicas).toBe(2);
    expect(container(api).image).toBe('ghcr.io/example/shop-api:2.7.1');
    expect(container(api).env.map((e: any) => e.name)).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'REDIS_HOST']);
    expect(container(api).ports.map((p: any) => [p.name, p.containerPort])).toEqual([
      ['http', 8080],
      ['metrics', 9090],
    ]);
    expect(api.spec.selector.matchLabels).toEqual({
      'app.kubernetes.io/name': 'shop',
      'app.kubernetes.io/instance': 'shop',
      'app.kubernetes.io/component': 'api',
    });
    expect(objs.get('Service/shop')!.spec.selector).toEqual(api.spec.selector.matchLabels);
    expect(container(objs.get('Deployment/shop-redis')!).ports[0].containerPort).toBe(6380);
    expect(container(objs.get('Deployment/shop-redis')!).env[0].value).toBe('development');
    expect(objs.get('ConfigMap/shop-config')!.data.publicHost).toBe('shop.local');
    expect(objs.get('Deployment/shop-emails-worker')!.spec.replicas).toBe(1);
  });

  it('points each object at the kind: line of its template', () => {
    const at = (d: ManifestDocument) => `${key(d.value as Obj)} ${d.source.file}:${d.source.line}`;
    expect(built.set.documents.map(at).sort()).toEqual([
      `ConfigMap/shop-config ${T}/configmap.yaml:2`,
      `Deployment/shop ${T}/deployment.yaml:2`,
      `Deployment/shop-emails-worker ${T}/workers.yaml:5`,
      `Deployment/shop-orders-worker ${T}/workers.yaml:5`,
      `Deployment/shop-redis ${CHART}/charts/redis/templates/deployment.yaml:2`,
      `Service/shop ${T}/service.yaml:2`,
      `Service/shop-redis ${CHART}/charts/redis/templates/service.yaml:2`,
      `ServiceAccount/shop ${T}/serviceaccount.yaml:3`,
    ]);
  });

  it('consumes every file of the chart, subchart and NOTES.txt included', () => {
    expect(built.consumed).toContain(`${CHART}/Chart.yaml`);
    expect(built.consumed).toContain(`${T}/NOTES.txt`);
    expect(built.consumed).toContain(`${CHART}/values-prod.yaml`);
    expect(built.consumed).toContain(`${CHART}/charts/redis/templates/_helpers.tpl`);
    expect(built.consumed).toHaveLength(17);
  });
});

describe('renderChart on the shop chart with values-prod.yaml', async () => {
  const built = await render([`${CHART}/values-prod.yaml`]);
  const objs = byKey(built);

  it('renders the objects written by hand in shop-expected/prod.yaml, one for one', () => {
    expect(sortByKey(objects(built))).toEqual(sortByKey(expected('prod.yaml')));
  });

  it('layers the file: autoscaling instead of replicas, ingress rules, null removes a worker, subchart off', () => {
    const api = objs.get('Deployment/shop')!;
    expect(api.spec.replicas).toBeUndefined();
    expect(container(api).image).toBe('ghcr.io/example/shop-api:2.7.1-prod');
    expect(container(api).resources.limits).toEqual({ cpu: '1', memory: '1Gi' });
    expect(objs.get('HorizontalPodAutoscaler/shop')!.spec.maxReplicas).toBe(10);
    const ingress = objs.get('Ingress/shop')!;
    expect(ingress.spec.rules).toEqual([
      {
        host: 'shop.example.com',
        http: {
          paths: ['/', '/api'].map((path) => ({
            path,
            pathType: 'Prefix',
            backend: { service: { name: 'shop', port: { number: 80 } } },
          })),
        },
      },
    ]);
    expect(objs.has('Deployment/shop-emails-worker')).toBe(false);
    expect(objs.get('Deployment/shop-orders-worker')!.spec.replicas).toBe(3);
    expect(objs.has('Deployment/shop-redis')).toBe(false);
    expect(built.diagnostics).toEqual([
      expect.objectContaining({ severity: 'notice', message: expect.stringContaining('subchart redis is disabled') }),
    ]);
  });

  it('takes a values path relative to the chart too, and a release name and namespace', async () => {
    const other = await render(['values-prod.yaml'], { release: 'blue', namespace: 'shop-prod' });
    expect(other.set.environment).toEqual({ id: CHART, name: 'blue', via: 'helm' });
    const names = objects(other).map(key).sort();
    expect(names).toContain('Deployment/blue-shop');
    expect(names).toContain('Deployment/blue-shop-orders-worker');
    expect(container(byKey(other).get('Deployment/blue-shop')!).image).toBe('ghcr.io/example/shop-api:2.7.1-prod');
  });

  it('renders the same with useTool when helm is not on PATH', async () => {
    if (findOnPath('helm')) return;
    const withTool = await renderChart(CHART, {
      repoRoot: PROJECT_ROOT,
      reader: repoReader(PROJECT_ROOT, () => undefined),
      values: [`${CHART}/values-prod.yaml`],
      useTool: true,
    });
    expect(withTool.set.documents).toEqual(built.set.documents);
  });
});

describe('renderChart against helm template', () => {
  it.skipIf(!findOnPath('helm'))('gives what helm template gives, object by object', async () => {
    for (const values of [[], [`${CHART}/values-prod.yaml`]]) {
      const reader = () => repoReader(PROJECT_ROOT, () => undefined);
      const mine = await renderChart(CHART, { repoRoot: PROJECT_ROOT, reader: reader(), values, useTool: false });
      const helm = await renderChart(CHART, { repoRoot: PROJECT_ROOT, reader: reader(), values, useTool: true });
      expect(helm.diagnostics.filter((d) => d.message.includes('helm template failed'))).toEqual([]);
      expect(sortByKey(objects(mine))).toEqual(sortByKey(objects(helm)));
      expect(mine.set.documents.map((d) => d.source).sort()).toEqual(helm.set.documents.map((d) => d.source).sort());
    }
  });
});

describe('renderChart on broken charts', () => {
  const root = mkdtempSync(join(tmpdir(), 'helm-broken-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
  };
  const run = (dir: string, values?: string[]) =>
    renderChart(dir, { repoRoot: root, reader: repoReader(root, () => undefined), values, useTool: false });

  it('reports a failing template at its file and line and renders the others', async () => {
    write({
      'bad/Chart.yaml': 'apiVersion: v2\nname: bad\nversion: 1.0.0\n',
      'bad/values.yaml': 'image: {}\n',
      'bad/templates/ok.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n',
      'bad/templates/unknown.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ frob .Values }}\n',
      'bad/templates/required.yaml':
        'kind: Pod\nspec:\n  image: {{ required "image.repository is required" .Values.image.repository }}\n',
      'bad/templates/unclosed.yaml': 'kind: Pod\n{{ if .Values.x }}\n',
      'bad/templates/_helpers.tpl': '{{ define "loop" }}{{ include "loop" . }}{{ end }}',
      'bad/templates/loop.yaml': 'kind: Pod\n\nname: {{ include "loop" . }}\n',
      'bad/templates/huge.yaml': '{{ range until 10000000 }}x{{ end }}',
      'bad/templates/notyaml.yaml': 'kind: Pod\nmetadata: [unclosed\n',
    });
    const built = await run('bad', ['missing-values.yaml']);
    expect(objects(built).map(key)).toEqual(['ConfigMap/ok']);
    const said = built.diagnostics.map((d) => `${d.severity} ${d.file}:${d.line ?? ''} ${d.message}`);
    const find = (text: string) => said.find((s) => s.includes(text));
    expect(find('function "frob" not defined')).toMatch(/^error bad\/templates\/unknown\.yaml:4 /);
    expect(find('image.repository is required')).toMatch(/^error bad\/templates\/required\.yaml:3 /);
    expect(find('unexpected EOF')).toMatch(/^error bad\/templates\/unclosed\.yaml:2 /);
    expect(find('nesting exceeds 100')).toMatch(/^error bad\/templates\/_helpers\.tpl:1 /);
    expect(find('exceeds the limit')).toMatch(/^error bad\/templates\/huge\.yaml:1 /);
    expect(find('not valid YAML')).toMatch(/^error bad\/templates\/notyaml\.yaml:1 /);
    expect(find('missing-values.yaml')).toMatch(/^error bad\/Chart\.yaml/);
    expect(built.diagnostics.every((d) => d.stage === 'infra')).toBe(true);
  });

  it('serves .Files from inside the chart only, and says a packaged subchart is not rendered', async () => {
    write({
      'files/Chart.yaml': 'apiVersion: v2\nname: files\nversion: 1.0.0\n',
      'files/conf/app.conf': 'port=8080\n',
      'files/charts/cache-1.0.0.tgz': 'not really a tarball',
      'secret.txt': 'outside the chart',
      'files/templates/cm.yaml': [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: files',
        'data:',
        '  app: {{ .Files.Get "conf/app.conf" | quote }}',
        '  outside: {{ .Files.Get "../secret.txt" | quote }}',
        '  passwd: {{ .Files.Get "/etc/passwd" | quote }}',
        '  globbed: {{ range $path, $_ := .Files.Glob "conf/*" }}{{ $path }}{{ end }}',
        '  k8s: {{ .Capabilities.KubeVersion.Version | quote }}',
        '  hasIngress: {{ .Capabilities.APIVersions.Has "networking.k8s.io/v1" | quote }}',
        '  template: {{ .Template.Name }}',
        '  release: {{ .Release.Namespace }}-{{ .Release.Service }}-{{ .Release.IsInstall }}',
        '  lookup: {{ lookup "v1" "Secret" "default" "x" | len | quote }}',
        '  registry: {{ .Values.global.registry | default "none" }}',
        '',
      ].join('\n'),
    });
    const built = await run('files');
    const cm = objects(built)[0]!;
    expect(cm.data).toEqual({
      app: 'port=8080\n',
      outside: '',
      passwd: '',
      globbed: 'conf/app.conf',
      k8s: 'v1.31.0',
      hasIngress: 'true',
      template: 'files/templates/cm.yaml',
      release: 'default-Helm-true',
      lookup: '0',
      registry: 'none',
    });
    expect(built.diagnostics).toEqual([
      expect.objectContaining({ severity: 'notice', file: 'files/charts/cache-1.0.0.tgz' }),
    ]);
  });

  it('does not throw on a folder without a chart, or outside the repository', async () => {
    const none = await run('nothing-here');
    expect(none.set.documents).toEqual([]);
    expect(none.diagnostics[0]).toMatchObject({ severity: 'warning', file: 'nothing-here/Chart.yaml' });
    const outside = await run('../..');
    expect(outside.set.documents).toEqual([]);
    expect(outside.consumed).toEqual([]);
  });
});

describe('renderChart scoping values for subcharts', () => {
  const root = mkdtempSync(join(tmpdir(), 'helm-sub-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gives an aliased subchart its values under the alias, the parent global, and its alias as name', async () => {
    const files: Record<string, string> = {
      'app/Chart.yaml': [
        'apiVersion: v2',
        'name: app',
        'version: 1.0.0',
        'dependencies:',
        '  - name: kv',
        '    alias: cache',
        '    condition: cache.enabled',
        '  - name: queue',
        '    condition: queue.enabled',
        '  - name: search',
        '',
      ].join('\n'),
      'app/values.yaml': 'global:\n  region: eu-west-1\ncache:\n  size: 2\nqueue:\n  enabled: false\n',
      'app/templates/cm.yaml':
        'kind: ConfigMap\nmetadata:\n  name: app\ndata:\n  cacheSize: {{ .Values.cache.size | quote }}\n' +
        '  cacheTtl: {{ .Values.cache.ttl | quote }}\n',
      'app/charts/kv/Chart.yaml': 'apiVersion: v2\nname: kv\nversion: 0.1.0\n',
      'app/charts/kv/values.yaml': 'size: 1\nttl: 60\nglobal:\n  region: none\n  tier: cache\n',
      'app/charts/kv/templates/cm.yaml':
        'kind: ConfigMap\nmetadata:\n  name: {{ .Chart.Name }}\ndata:\n  size: {{ .Values.size | quote }}\n' +
        '  region: {{ .Values.global.region }}\n  tier: {{ .Values.global.tier }}\n  template: {{ .Template.Name }}\n',
      'app/charts/queue/Chart.yaml': 'apiVersion: v2\nname: queue\nversion: 0.1.0\n',
      'app/charts/queue/templates/cm.yaml': 'kind: ConfigMap\nmetadata:\n  name: queue\n',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const built = await renderChart('app', {
      repoRoot: root,
      reader: repoReader(root, () => undefined),
      useTool: false,
    });
    const objs = byKey(built);
    expect([...objs.keys()].sort()).toEqual(['ConfigMap/app', 'ConfigMap/cache']);
    expect(objs.get('ConfigMap/cache')!.data).toEqual({
      size: '2',
      region: 'eu-west-1',
      tier: 'cache',
      template: 'app/charts/cache/templates/cm.yaml',
    });
    // The parent sees the subchart's defaults under the alias, as in Helm.
    expect(objs.get('ConfigMap/app')!.data).toEqual({ cacheSize: '2', cacheTtl: '60' });
    const said = built.diagnostics.map((d) => `${d.severity}: ${d.message}`);
    expect(said).toEqual([
      'warning: dependency search is listed in Chart.yaml but not vendored under charts/; not rendered',
      'notice: subchart queue is disabled by its condition queue.enabled; not rendered',
    ]);
  });
});

describe('parseToolOutput', () => {
  it('maps helm template’s # Source comments to repo paths, subcharts included', () => {
    const stdout = [
      '---',
      '# Source: shop/charts/redis/templates/service.yaml',
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: shop-redis',
      '---',
      '# Source: shop/templates/workers.yaml',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: shop-emails-worker',
      '---',
      '# Source: shop/templates/workers.yaml',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: shop-orders-worker',
      '',
    ].join('\n');
    const texts: Record<string, string> = {
      [`${T}/workers.yaml`]: readFileSync(join(PROJECT_ROOT, T, 'workers.yaml'), 'utf8'),
      [`${CHART}/charts/redis/templates/service.yaml`]: 'apiVersion: v1\nkind: Service\n',
    };
    const { documents, diagnostics } = parseToolOutput(stdout, {
      chartDir: CHART,
      helmNames: new Map(),
      templateText: (file) => texts[file] ?? '',
    });
    expect(diagnostics).toEqual([]);
    expect(documents.map((d) => `${key(d.value as Obj)} ${d.source.file}:${d.source.line}`)).toEqual([
      `Service/shop-redis ${CHART}/charts/redis/templates/service.yaml:2`,
      `Deployment/shop-emails-worker ${T}/workers.yaml:5`,
      `Deployment/shop-orders-worker ${T}/workers.yaml:5`,
    ]);
  });
});

describe('findCharts', () => {
  it('gives outermost chart folders; subcharts are rendered by their parent', () => {
    expect(
      findCharts([
        'deploy/helm/shop/Chart.yaml',
        'deploy/helm/shop/charts/redis/Chart.yaml',
        'deploy/helm/shop/templates/x.yaml',
        'charts/api/Chart.yaml',
        'README.md',
      ]),
    ).toEqual(['charts/api', 'deploy/helm/shop']);
    expect(findCharts(['Chart.yaml', 'charts/sub/Chart.yaml'])).toEqual(['.']);
  });
});
