// A generated organisation-sized monorepo for bench/monorepo.mjs, the same for a given seed on any
// machine (GitHub's description aside, which is copied from node_modules as installed):
// - 20 OpenAPI descriptions: GitHub's REST description (13 MB) for a gateway service, and 19
//   generated ones from a handful of operations to several hundred, JSON and YAML, with
//   components, $refs between schemas, parameters, request bodies and error responses;
// - 5,000 golang-migrate migrations (bench/generate-migrations.mjs), split over 5 services'
//   db/migrations folders, each folder its own database with its own seed;
// - 500 Kubernetes and Compose manifests: a Kustomize base, components and overlays and a Helm
//   chart (bench/generate-infra.mjs) for the platform team, a Deployment, Service, ConfigMap and a
//   HorizontalPodAutoscaler or PodDisruptionBudget per workload of every service, a Compose file per
//   service, and ServiceAccounts to reach exactly the count.
//   import { generateMonorepo } from './generate-monorepo.mjs';
//   generateMonorepo(dir, { seed: 7 }) -> { specs, migrations, manifests, services, bytes }
import { copyFileSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { generateInfraRepo } from './generate-infra.mjs';
import { generateMigrationSet, prng } from './generate-migrations.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const GITHUB_SPEC = join(root, 'node_modules/@octokit/openapi/generated/api.github.com.json');

const SERVICES = ['accounts', 'billing', 'catalog', 'checkout', 'fulfilment', 'identity', 'inventory', 'ledger']
  .concat(['loyalty', 'media', 'notify', 'orders', 'payments', 'pricing', 'reviews', 'search', 'shipping'])
  .concat(['support', 'tax']);
const NOUNS = ['item', 'order', 'customer', 'invoice', 'refund', 'shipment', 'parcel', 'coupon', 'ticket'].concat([
  'report',
  'webhook',
  'session',
  'token',
  'price',
  'review',
  'address',
  'account',
  'payout',
]);
const FIELD_TYPES = [
  { type: 'string' },
  { type: 'string', format: 'date-time' },
  { type: 'string', format: 'uuid' },
  { type: 'string', format: 'email' },
  { type: 'integer', format: 'int64' },
  { type: 'number' },
  { type: 'boolean' },
  { type: 'array', items: { type: 'string' } },
];

function write(dir, file, text) {
  const path = join(dir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** One OpenAPI 3.0 description of `paths` paths for a service, the same for the same random stream. */
function openApiSpec(service, paths, rnd) {
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const schemas = {
    Error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
  };
  const resources = [];
  const doc = {
    openapi: '3.0.3',
    info: { title: `${service} API`, version: `${int(1, 4)}.${int(0, 20)}.0` },
    servers: [{ url: `https://${service}.internal.acme.example/v1` }],
    paths: {},
    components: {
      schemas,
      parameters: {
        Cursor: { name: 'cursor', in: 'query', schema: { type: 'string' } },
        Limit: { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } },
      },
      responses: {
        NotFound: {
          description: 'not found',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    },
  };
  const json = (schema) => ({ 'application/json': { schema } });
  for (let n = 0; Object.keys(doc.paths).length < paths; n++) {
    const noun = `${pick(NOUNS)}${n >= NOUNS.length ? n : ''}`;
    const name = `${noun[0].toUpperCase()}${noun.slice(1)}`;
    const properties = { id: { type: 'string', format: 'uuid' } };
    for (let f = int(3, 18); f > 0; f--) properties[`${pick(NOUNS)}_${f}`] = pick(FIELD_TYPES);
    // Some resources point at an earlier one: $refs between schemas, as real descriptions nest them.
    if (resources.length > 0 && rnd() < 0.6) properties.parent = { $ref: `#/components/schemas/${pick(resources)}` };
    if (rnd() < 0.3) properties.status = { type: 'string', enum: ['draft', 'active', 'closed'].slice(0, int(2, 3)) };
    schemas[name] = { type: 'object', required: ['id'], properties };
    schemas[`${name}List`] = {
      type: 'object',
      properties: {
        items: { type: 'array', items: { $ref: `#/components/schemas/${name}` } },
        next: { type: 'string' },
      },
    };
    resources.push(name);
    const ref = { $ref: `#/components/schemas/${name}` };
    // Under the service's own prefix, as a gateway routes them: no two descriptions share a path.
    const base = `/${service}/${noun.endsWith('s') ? `${noun}es` : `${noun}s`}`;
    const limitParams = [{ $ref: '#/components/parameters/Cursor' }, { $ref: '#/components/parameters/Limit' }];
    doc.paths[base] = {
      get: {
        operationId: `list${name}s`,
        tags: [noun],
        parameters: limitParams,
        responses: { 200: { description: 'a page', content: json({ $ref: `#/components/schemas/${name}List` }) } },
      },
      post: {
        operationId: `create${name}`,
        tags: [noun],
        requestBody: { required: true, content: json(ref) },
        responses: { 201: { description: 'created', content: json(ref) } },
      },
    };
    if (Object.keys(doc.paths).length >= paths) break;
    const idParam = [{ name: `${noun}Id`, in: 'path', required: true, schema: { type: 'string' } }];
    const item = {
      parameters: idParam,
      get: {
        operationId: `get${name}`,
        tags: [noun],
        responses: {
          200: { description: 'the resource', content: json(ref) },
          404: { $ref: '#/components/responses/NotFound' },
        },
      },
    };
    if (rnd() < 0.7)
      item.patch = {
        operationId: `update${name}`,
        tags: [noun],
        requestBody: { content: json(ref) },
        responses: { 200: { description: 'updated', content: json(ref) } },
      };
    if (rnd() < 0.5)
      item.delete = { operationId: `delete${name}`, tags: [noun], responses: { 204: { description: 'gone' } } };
    doc.paths[`${base}/{${noun}Id}`] = item;
  }
  return doc;
}

/** The manifests of one workload: Deployment, Service, ConfigMap, and an HPA or a PDB. */
function workloadManifests(service, workload, i) {
  const name = `${service}-${workload}`;
  const labels = { app: name, 'app.kubernetes.io/part-of': service };
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels },
    spec: {
      replicas: 2 + (i % 3),
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels },
        spec: {
          containers: [
            {
              name,
              image: `ghcr.io/acme/${service}:${1 + (i % 4)}.${i % 10}.0`,
              args: [workload],
              ports: [{ containerPort: 8080, name: 'http' }],
              envFrom: [{ configMapRef: { name: `${name}-config` } }],
              env: [{ name: 'DATABASE_URL', value: `postgres://postgres:5432/${service}` }],
            },
          ],
        },
      },
    },
  };
  const svc = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, labels },
    spec: { selector: { app: name }, ports: [{ port: 80, targetPort: 'http' }] },
  };
  const config = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: `${name}-config` },
    data: { LOG_LEVEL: 'info', UPSTREAM: `http://${SERVICES[(i + 1) % SERVICES.length]}-api` },
  };
  const scaling =
    i % 2 === 0
      ? {
          apiVersion: 'autoscaling/v2',
          kind: 'HorizontalPodAutoscaler',
          metadata: { name },
          spec: {
            scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
            minReplicas: 2,
            maxReplicas: 10,
          },
        }
      : {
          apiVersion: 'policy/v1',
          kind: 'PodDisruptionBudget',
          metadata: { name },
          spec: { minAvailable: 1, selector: { matchLabels: { app: name } } },
        };
  return { deployment, service: svc, configmap: config, [i % 2 === 0 ? 'hpa' : 'pdb']: scaling };
}

function composeFor(service, workloads) {
  const services = {};
  for (const w of workloads)
    services[`${service}-${w}`] = {
      image: `ghcr.io/acme/${service}:1.0.0`,
      command: [w],
      environment: { DATABASE_URL: `postgres://postgres:5432/${service}` },
      depends_on: ['postgres'],
    };
  services.postgres = { image: 'postgres:16', environment: { POSTGRES_PASSWORD: 'example' } };
  return { services };
}

/** Files under `dir` whose name ends in one of `exts`, relative to it. */
function filesUnder(dir, exts) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => exts.some((e) => f.endsWith(e)) && statSync(join(dir, f)).isFile());
}

export function generateMonorepo(dir, { seed = 7, specs = 20, migrations = 5000, manifests = 500 } = {}) {
  const rnd = prng(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  mkdirSync(dir, { recursive: true });

  // ---- API descriptions: GitHub's, then generated ones of sizes spread log-uniformly, 3 to ~400 paths.
  const apiServices = ['github-gateway', ...SERVICES].slice(0, specs);
  const github = join('services/github-gateway/api/api.github.com.json');
  mkdirSync(dirname(join(dir, github)), { recursive: true });
  copyFileSync(GITHUB_SPEC, join(dir, github));
  const specFiles = [github];
  const specPaths = [];
  for (const service of apiServices.slice(1)) {
    const paths = Math.round(3 * 130 ** rnd());
    specPaths.push(paths);
    const doc = openApiSpec(service, paths, rnd);
    const asJson = rnd() < 0.5;
    const file = `services/${service}/api/openapi.${asJson ? 'json' : 'yaml'}`;
    write(dir, file, asJson ? `${JSON.stringify(doc, null, 2)}\n` : stringify(doc));
    specFiles.push(file);
  }

  // ---- migrations: equal shares over 5 services, the remainder to the first.
  const dbServices = SERVICES.slice(0, 5);
  const share = Math.floor(migrations / dbServices.length);
  let migrationCount = 0;
  let statements = 0;
  for (const [i, service] of dbServices.entries()) {
    const files = share + (i === 0 ? migrations - share * dbServices.length : 0);
    const set = generateMigrationSet(join(dir, 'services', service, 'db/migrations'), {
      files,
      seed: seed * 100 + i,
      prefix: `${service.slice(0, 3)}_`,
    });
    migrationCount += set.files;
    statements += set.statements;
  }

  // ---- manifests: the platform team's Kustomize and Helm tree, then per-service workloads.
  generateInfraRepo(join(dir, 'platform'), { services: 15 });
  const manifestExts = ['.yaml', '.yml'];
  const platformCount = filesUnder(join(dir, 'platform'), manifestExts).length;
  let count = platformCount;
  const workloadNames = ['api', 'worker', 'scheduler', 'consumer', 'exporter'];
  let w = 0;
  for (const service of SERVICES) {
    if (count >= manifests) break;
    const workloads = workloadNames.slice(0, int(2, workloadNames.length));
    write(dir, `services/${service}/compose.yaml`, stringify(composeFor(service, workloads)));
    count++;
    for (const workload of workloads) {
      for (const [kind, object] of Object.entries(workloadManifests(service, workload, w++))) {
        if (count >= manifests) break;
        write(dir, `services/${service}/k8s/${workload}/${kind}.yaml`, stringify(object));
        count++;
      }
    }
  }
  // Up to the exact count: a ServiceAccount per workload, round the services again.
  for (let i = 0; count < manifests; i++, count++) {
    const service = SERVICES[i % SERVICES.length];
    const object = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: `${service}-sa-${i}` } };
    write(dir, `services/${service}/k8s/accounts/sa-${i}.yaml`, stringify(object));
  }

  const all = filesUnder(dir, ['']);
  const bytes = all.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  const manifestFiles = filesUnder(dir, manifestExts).filter((f) => !/\/api\/openapi\.ya?ml$/.test(f));
  return {
    specs: specFiles.length,
    specPaths,
    migrations: migrationCount,
    statements,
    migrationServices: dbServices.length,
    manifests: manifestFiles.length,
    files: all.length,
    bytes,
    root: relative(process.cwd(), dir) || '.',
  };
}
