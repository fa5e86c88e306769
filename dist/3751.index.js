export const id = 3751;
export const ids = [3751];
export const modules = {

/***/ 83751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ deriveSystem)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/system/component-roles.js
// What each raw infrastructure component is, in architecture terms: a primary part of the system
// (a service, a datastore, a queue …) or a supporting object that belongs to one (a Service in front
// of a Deployment, a ServiceAccount, a subnet group, a bucket policy).
//
// The rules read only what the sources state: the Kubernetes kind, the Terraform resource type, and
// the image a container runs. An image's repository name is how people name what they run
// (`postgres:16`, `bitnami/redis`), so `postgres` means a datastore whoever packaged it.
/** Kubernetes kinds that run pods. Jobs are their own role: a runbook for a job reads differently. */
const K8S_WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Pod', 'ReplicationController']);
const K8S_JOBS = new Set(['Job', 'CronJob']);
/** Kinds that route traffic from outside into Services. */
const K8S_GATEWAYS = new Set(['Ingress', 'Gateway', 'HTTPRoute', 'GRPCRoute', 'IngressRoute', 'VirtualService']);
/** Image repository names (last path segment) that say what runs. */
const IMAGE_ROLES = [
    [
        new RegExp(`^(${[
            'postgres|postgresql|postgis|timescaledb|mysql|mariadb|percona|mongo|mongodb|cockroach|cockroachdb',
            'cassandra|scylla|elasticsearch|opensearch|clickhouse|clickhouse-server|neo4j|couchdb|influxdb',
            'mssql-server|oracle|yugabyte|surrealdb|dynamodb-local',
        ].join('|')})$`),
        'datastore',
    ],
    [/^(redis|redis-stack|valkey|memcached|keydb|dragonfly|garnet)$/, 'cache'],
    [/^(rabbitmq|kafka|cp-kafka|redpanda|nats|nats-streaming|activemq|artemis|pulsar|elasticmq|nsq)$/, 'queue'],
    [/^(minio|azurite|fake-gcs-server|seaweedfs|localstack-s3|garage)$/, 'bucket'],
];
/** Reverse proxies: a gateway only when the sources show it routing; otherwise it serves files. */
const PROXY_IMAGES = /^(nginx|traefik|envoy|haproxy|kong|caddy|apisix)$/;
/** Terraform resource types that are a primary part of the system, with role and technology. */
const TERRAFORM_PRIMARY = [
    [/^aws_(db_instance|rds_cluster)$/, 'datastore', undefined],
    [/^aws_dynamodb_table$/, 'datastore', 'dynamodb'],
    [/^aws_docdb_cluster$/, 'datastore', 'documentdb'],
    [/^aws_(opensearch|elasticsearch)_domain$/, 'datastore', 'opensearch'],
    [/^aws_redshift_cluster$/, 'datastore', 'redshift'],
    [/^google_sql_database_instance$/, 'datastore', undefined],
    [/^google_(spanner_instance|bigtable_instance|firestore_database)$/, 'datastore', undefined],
    [/^azurerm_(postgresql|mysql|mariadb|mssql)_(flexible_)?server$/, 'datastore', undefined],
    [/^azurerm_(cosmosdb_account|sql_server)$/, 'datastore', undefined],
    // A replication group is Redis (or Valkey, its fork) unless `engine` says otherwise; a cluster names its engine.
    [/^aws_elasticache_(replication_group|serverless_cache)$/, 'cache', 'redis'],
    [/^aws_elasticache_cluster$/, 'cache', undefined],
    [/^aws_memorydb_cluster$/, 'cache', 'redis'],
    [/^google_redis_instance$/, 'cache', 'redis'],
    [/^azurerm_redis_cache$/, 'cache', 'redis'],
    [/^aws_sqs_queue$/, 'queue', 'sqs'],
    [/^aws_sns_topic$/, 'queue', 'sns'],
    [/^aws_msk_(cluster|serverless_cluster)$/, 'queue', 'kafka'],
    [/^aws_mq_broker$/, 'queue', undefined],
    [/^aws_kinesis_stream$/, 'queue', 'kinesis'],
    [/^aws_cloudwatch_event_bus$/, 'queue', 'eventbridge'],
    [/^google_pubsub_topic$/, 'queue', 'pubsub'],
    [
        /^azurerm_(servicebus_namespace|servicebus_queue|servicebus_topic|eventhub_namespace|eventhub)$/,
        'queue',
        undefined,
    ],
    [/^aws_s3_bucket$/, 'bucket', 's3'],
    [/^google_storage_bucket$/, 'bucket', 'gcs'],
    [/^azurerm_storage_account$/, 'bucket', 'azure-storage'],
    [/^aws_(lb|alb|elb)$/, 'gateway', 'load balancer'],
    [/^aws_(api_gateway_rest_api|apigatewayv2_api)$/, 'gateway', 'api gateway'],
    [/^aws_cloudfront_distribution$/, 'gateway', 'cloudfront'],
    [/^google_compute_url_map$/, 'gateway', 'load balancer'],
    [/^azurerm_(application_gateway|api_management|frontdoor)$/, 'gateway', undefined],
];
/** CloudFormation resource types that are a primary part of the system, with role and technology. */
const CLOUDFORMATION_PRIMARY = [
    [/^AWS::RDS::(DBInstance|DBCluster)$/, 'datastore', undefined],
    [/^AWS::(DynamoDB::(Table|GlobalTable)|Serverless::SimpleTable)$/, 'datastore', 'dynamodb'],
    [/^AWS::DocDB::DBCluster$/, 'datastore', 'documentdb'],
    [/^AWS::(OpenSearchService|Elasticsearch)::Domain$/, 'datastore', 'opensearch'],
    [/^AWS::Redshift::Cluster$/, 'datastore', 'redshift'],
    [/^AWS::ElastiCache::(ReplicationGroup|ServerlessCache)$/, 'cache', 'redis'],
    [/^AWS::ElastiCache::CacheCluster$/, 'cache', undefined],
    [/^AWS::MemoryDB::Cluster$/, 'cache', 'redis'],
    [/^AWS::SQS::Queue$/, 'queue', 'sqs'],
    [/^AWS::SNS::Topic$/, 'queue', 'sns'],
    [/^AWS::MSK::(Cluster|ServerlessCluster)$/, 'queue', 'kafka'],
    [/^AWS::AmazonMQ::Broker$/, 'queue', undefined],
    [/^AWS::Kinesis::Stream$/, 'queue', 'kinesis'],
    [/^AWS::Events::EventBus$/, 'queue', 'eventbridge'],
    [/^AWS::S3::Bucket$/, 'bucket', 's3'],
    [/^AWS::ElasticLoadBalancing(V2)?::LoadBalancer$/, 'gateway', 'load balancer'],
    [/^AWS::(ApiGateway::RestApi|ApiGatewayV2::Api|Serverless::(Api|HttpApi))$/, 'gateway', 'api gateway'],
    [/^AWS::CloudFront::Distribution$/, 'gateway', 'cloudfront'],
];
/** The repository name of an image: `ghcr.io/acme/orders-api:1.2@sha256:…` → `orders-api`. */
function imageName(image) {
    if (!image)
        return undefined;
    const withoutDigest = image.split('@')[0];
    const last = withoutDigest.split('/').pop();
    const name = last.replace(/:[^:]*$/, '').toLowerCase();
    return name === '' || name.includes('${') || name.includes('{{') ? undefined : name;
}
/** The image without tag or digest: `ghcr.io/acme/orders-api`. Two copies of one service share it. */
function imageRepository(image) {
    if (!image)
        return undefined;
    const withoutDigest = image.split('@')[0];
    const slash = withoutDigest.lastIndexOf('/');
    const colon = withoutDigest.lastIndexOf(':');
    const repo = colon > slash ? withoutDigest.slice(0, colon) : withoutDigest;
    return repo.includes('${') || repo.includes('{{') ? undefined : repo.toLowerCase();
}
function roleFromImage(image) {
    const name = imageName(image);
    if (!name)
        return undefined;
    for (const [pattern, role] of IMAGE_ROLES)
        if (pattern.test(name))
            return { role, technology: technologyOf(name) };
    return undefined;
}
/** One word per technology whatever the image is called (`postgis` is PostgreSQL to a client). */
function technologyOf(imageRepoName) {
    if (/^(postgres|postgresql|postgis|timescaledb)$/.test(imageRepoName))
        return 'postgres';
    if (/^(mysql|mariadb|percona)$/.test(imageRepoName))
        return 'mysql';
    if (/^(mongo|mongodb)$/.test(imageRepoName))
        return 'mongodb';
    if (/^(redis|redis-stack|valkey|keydb|dragonfly|garnet)$/.test(imageRepoName))
        return 'redis';
    if (/^(kafka|cp-kafka|redpanda)$/.test(imageRepoName))
        return 'kafka';
    if (/^(cockroach|cockroachdb)$/.test(imageRepoName))
        return 'cockroachdb';
    if (/^(elasticsearch|opensearch)$/.test(imageRepoName))
        return 'elasticsearch';
    if (/^(clickhouse|clickhouse-server)$/.test(imageRepoName))
        return 'clickhouse';
    return imageRepoName;
}
/** A Terraform `engine` setting as a technology: `aurora-postgresql` → `postgres`. */
function engineTechnology(engine) {
    if (!engine)
        return undefined;
    const e = engine.toLowerCase();
    if (e.includes('postgres'))
        return 'postgres';
    if (e.includes('mysql') || e.includes('mariadb'))
        return 'mysql';
    if (e.includes('redis') || e.includes('valkey'))
        return 'redis';
    if (e.includes('memcached'))
        return 'memcached';
    if (e.includes('sqlserver'))
        return 'sqlserver';
    if (e.includes('oracle'))
        return 'oracle';
    if (e.includes('rabbitmq'))
        return 'rabbitmq';
    if (e.includes('activemq'))
        return 'activemq';
    return e;
}
/**
 * Whether `component` is a primary part of the system and what it is. `routes` says whether the
 * sources show it routing traffic (an Ingress does by kind; a proxy image only with routes).
 */
function rawRole(component) {
    switch (component.platform) {
        case 'kubernetes': {
            if (K8S_GATEWAYS.has(component.kind))
                return { primary: true, role: 'gateway' };
            if (K8S_JOBS.has(component.kind))
                return { primary: true, role: 'job' };
            if (!K8S_WORKLOADS.has(component.kind))
                return { primary: false };
            return { primary: true, ...workloadRole(component) };
        }
        case 'compose':
            return { primary: true, ...workloadRole(component) };
        case 'terraform': {
            for (const [pattern, role, technology] of TERRAFORM_PRIMARY) {
                if (!pattern.test(component.kind))
                    continue;
                const tech = engineTechnology(component.settings?.engine) ?? technology;
                return tech ? { primary: true, role, technology: tech } : { primary: true, role };
            }
            if (component.deployable)
                return { primary: true, role: 'service' };
            return { primary: false };
        }
        case 'cloudformation': {
            // Properties keep CloudFormation's spelling: `Engine`, Amazon MQ's `EngineType`.
            const engine = component.settings?.Engine ?? component.settings?.EngineType;
            for (const [pattern, role, technology] of CLOUDFORMATION_PRIMARY) {
                if (!pattern.test(component.kind))
                    continue;
                const tech = engineTechnology(engine) ?? technology;
                return tech ? { primary: true, role, technology: tech } : { primary: true, role };
            }
            if (component.deployable)
                return { primary: true, ...workloadRole(component) };
            return { primary: false };
        }
        default:
            // A kind registered later (Helm …): its deployables are services.
            if (component.deployable)
                return { primary: true, ...workloadRole(component) };
            return { primary: false };
    }
}
function workloadRole(component) {
    const fromImage = roleFromImage(component.image);
    if (fromImage)
        return fromImage;
    // An image built here (`clickhouse-self-hosted-local`, or none: `build: ./clickhouse`) says nothing;
    // a service named exactly for a technology (`clickhouse`, `postgres`) is that technology.
    const local = !component.image?.includes('/');
    const fromName = local && component.platform === 'compose' ? roleFromImage(component.name) : undefined;
    if (fromName)
        return fromName;
    const name = imageName(component.image);
    if (name && PROXY_IMAGES.test(name) && (component.routes?.length ?? 0) > 0)
        return { role: 'gateway', technology: name };
    return { role: 'service' };
}
/** Roles that hold data: these merge and connect by technology, services by name. */
function isDataRole(role) {
    return role === 'datastore' || role === 'cache' || role === 'queue' || role === 'bucket';
}
/** Roles that run code the team ships. */
function isRunningRole(role) {
    return role === 'service' || role === 'job' || role === 'gateway';
}

;// CONCATENATED MODULE: ./lib/system/fold-supporting.js
// Folds supporting objects into the primary components they belong to.
//
// A Kubernetes Service belongs to the workloads it selects, a ServiceAccount to the workloads whose
// pods run as it, a subnet group to the database that names it. The raw edges already say this
// (`selects`, `reference`), so a supporting object belongs to every primary it shares an edge
// with. An object that only touches other supporting objects (a RoleBinding → ServiceAccount →
// Deployment) belongs where its neighbour belongs, when that is one primary. What is attached to
// nothing is left out and listed by the docs as it is.
/** Supporting raw id → the primary raw ids it belongs to (sorted). */
function foldSupporting(supporting, primary, edges) {
    const neighbours = new Map();
    const link = (a, b) => {
        const set = neighbours.get(a) ?? new Set();
        set.add(b);
        neighbours.set(a, set);
    };
    for (const e of edges) {
        // An env edge names a Service the workload calls: the Service belongs to the callee, not the caller.
        if (e.kind === 'env' || e.kind === 'depends_on')
            continue;
        // An Ingress route names the Service it sends traffic to; the Service is the backend's.
        if (primary.has(e.from) && primary.has(e.to))
            continue;
        if (isRouteFromGateway(e, primary))
            continue;
        link(e.from, e.to);
        link(e.to, e.from);
    }
    const out = new Map();
    for (const id of supporting) {
        const direct = [...(neighbours.get(id) ?? [])].filter((n) => primary.has(n));
        if (direct.length > 0) {
            out.set(id, direct.sort());
            continue;
        }
        // Through a supporting object that itself belongs to exactly one primary: a RoleBinding →
        // ServiceAccount → its Deployment. An IAM role whose policy grants access to a queue and a bucket
        // belongs to neither: it stays unattached rather than being spread over both.
        const found = new Set();
        for (const first of neighbours.get(id) ?? []) {
            const owners = [...(neighbours.get(first) ?? [])].filter((n) => primary.has(n));
            if (owners.length === 1)
                found.add(owners[0]);
        }
        if (found.size > 0)
            out.set(id, [...found].sort());
    }
    return out;
}
const ROUTING_KINDS = /^k8s:(Ingress|HTTPRoute|GRPCRoute|VirtualService|Gateway)\//;
/** An Ingress (primary) → Service (supporting) edge: the Service is not the Ingress's. */
function isRouteFromGateway(e, primary) {
    return e.kind === 'reference' && primary.has(e.from) && ROUTING_KINDS.test(e.from);
}

// EXTERNAL MODULE: ./lib/system/names.js
var names = __webpack_require__(53585);
;// CONCATENATED MODULE: ./lib/system/merge-components.js
// Decides which raw primary components are one logical component.
//
// The same service shows up once per platform that runs it: a Compose service for local
// development, a Kubernetes Deployment per namespace or overlay, a Terraform resource for the
// managed database behind both. The matching rules, strongest first (each recorded as evidence):
// 1. the same name (slugified) and a compatible role: service and job (code the team runs) match
//    each other; gateways match gateways; data roles match the same role;
// 2. a prefixed or suffixed copy (Kustomize `namePrefix`, a Helm release name) of another
//    component's name, running the same image repository: `dev-orders-api` → `orders-api`;
// 3. a Compose service built from source whose name is the image name a workload runs elsewhere
//    (`cartservice` built from `./src/cartservice`, `…/cartservice:v1` in Kubernetes);
// 4. data components of different names on different platforms when each is the only one of its
//    technology on its platform: Compose's `db` (postgres:16) is the local stand-in for the one
//    PostgreSQL RDS instance. With two PostgreSQL instances on a platform there is no telling which
//    one a copy stands for: nothing is merged and `unknowns` says so.
// A shared image alone never merges two differently named services of one platform: a worker that
// runs the API's image is a component of its own.


function mergeCandidates(candidates, unknowns) {
    // Each candidate's group, kept in a map so joining stays linear on systems of thousands of objects.
    const groups = new Set();
    const owner = new Map();
    for (const c of candidates) {
        const g = { members: [c], evidence: [] };
        groups.add(g);
        owner.set(c, g);
    }
    const join = (a, b, rule, facts) => {
        if (a === b)
            return;
        for (const m of b.members)
            owner.set(m, a);
        a.members.push(...b.members);
        a.evidence.push(...b.evidence, { facts, rule });
        groups.delete(b);
    };
    const groupOf = (c) => owner.get(c);
    // 1. Same name, compatible role.
    const bySlug = new Map();
    for (const c of candidates)
        bySlug.set(c.slug, [...(bySlug.get(c.slug) ?? []), c]);
    for (const same of bySlug.values()) {
        for (const a of same) {
            for (const b of same) {
                if (a === b || !compatibleRoles(a.role, b.role) || !sameNameMeansSame(a, b))
                    continue;
                const ga = groupOf(a);
                const gb = groupOf(b);
                if (ga !== gb)
                    join(ga, gb, `same name \`${a.slug}\``, [a.component.id, b.component.id]);
            }
        }
    }
    // 1b. One manifest document deployed by several overlays: `prod-eu-api` and `staging-api` both
    // cite `base/api.yaml:1`. The base is the logical object, however each overlay renames it.
    const bySource = new Map();
    for (const c of candidates) {
        const { environment, kind, source } = c.component;
        if (!environment || c.component.platform !== 'kubernetes')
            continue;
        const key = `${kind}\u0000${source.file}\u0000${source.line}`;
        bySource.set(key, [...(bySource.get(key) ?? []), c]);
    }
    for (const same of bySource.values()) {
        // A chart's `range` renders several objects from one template line in one environment: those
        // are different objects, so only copies from different environments count.
        if (new Set(same.map((c) => c.component.environment)).size !== same.length)
            continue;
        for (const other of same.slice(1)) {
            const a = same[0];
            join(groupOf(a), groupOf(other), `the same manifest \`${a.component.source.file}:${a.component.source.line}\`, built by each overlay`, [a.component.id, other.component.id]);
        }
    }
    // 2. Prefixed or suffixed copies running the same image repository.
    const byRepo = new Map();
    for (const c of candidates) {
        const repo = imageRepository(c.component.image);
        if (repo)
            byRepo.set(repo, [...(byRepo.get(repo) ?? []), c]);
    }
    // An overlay's `images: newName` may move the copy to a mirror registry (`mirror.acme.io/shop/checkout`
    // for `ghcr.io/acme/checkout`): the same image name then still says it is the same service.
    const byName = new Map();
    for (const c of candidates) {
        const name = imageName(c.component.image);
        if (name)
            byName.set(name, [...(byName.get(name) ?? []), c]);
    }
    // Two services of one deployment unit (one Compose project, one namespace of one environment)
    // are two services however alike their names: `generic-metrics-consumer` is no copy of `metrics-consumer`.
    const sameUnit = (a, b) => a.component.platform === b.component.platform &&
        a.component.environment === b.component.environment &&
        a.component.namespace === b.component.namespace;
    const copyOf = (copy, pool) => pool.find((b) => b !== copy &&
        !sameUnit(b, copy) &&
        b.slug.length < copy.slug.length &&
        (copy.slug.endsWith(`-${b.slug}`) || copy.slug.startsWith(`${b.slug}-`)) &&
        compatibleRoles(b.role, copy.role));
    for (const copy of candidates) {
        const repo = imageRepository(copy.component.image);
        if (!repo)
            continue;
        const sameRepo = copyOf(copy, byRepo.get(repo));
        const name = imageName(copy.component.image);
        const base = sameRepo ?? (name ? copyOf(copy, byName.get(name) ?? []) : undefined);
        if (!base)
            continue;
        const same = sameRepo ? `same image \`${repo}\`` : `same image name \`${name}\``;
        join(groupOf(base), groupOf(copy), `\`${copy.component.name}\` is a prefixed copy of \`${base.component.name}\` (${same})`, [base.component.id, copy.component.id]);
    }
    // 3. A Compose service built from source, named like the image another platform runs.
    const byImageName = new Map();
    for (const c of candidates) {
        const name = imageName(c.component.image);
        if (name)
            byImageName.set(name, [...(byImageName.get(name) ?? []), c]);
    }
    for (const built of candidates) {
        if (built.component.platform !== 'compose' || built.component.image !== undefined)
            continue;
        if (groupOf(built).members.length > 1)
            continue;
        const runs = (byImageName.get(built.slug) ?? []).filter((o) => o.component.platform !== 'compose');
        if (runs.length === 0)
            continue;
        for (const other of runs) {
            join(groupOf(other), groupOf(built), `Compose builds \`${built.component.name}\` from source; ` +
                `\`${other.component.name}\` runs image \`${other.component.image}\``, [other.component.id, built.component.id]);
        }
    }
    // 4. The only data component of a technology on each platform.
    const byTechnology = new Map();
    for (const g of groups) {
        const first = g.members[0];
        if (!isDataRole(first.role) || !first.technology)
            continue;
        const key = `${first.role}\u0000${first.technology}`;
        byTechnology.set(key, [...(byTechnology.get(key) ?? []), g]);
    }
    for (const [key, list] of [...byTechnology.entries()].sort(([a], [b]) => (0,names/* compareText */.n6)(a, b))) {
        if (list.length < 2)
            continue;
        const technology = key.split('\u0000')[1];
        const perPlatform = new Map();
        for (const g of list) {
            for (const platform of new Set(g.members.map((m) => m.component.platform))) {
                perPlatform.set(platform, [...(perPlatform.get(platform) ?? []), g]);
            }
        }
        if (perPlatform.size < 2)
            continue;
        const crowded = [...perPlatform.entries()].filter(([, gs]) => gs.length > 1);
        if (crowded.length > 0) {
            const names = list.map((g) => `\`${displayName(g.members)}\``).join(', ');
            const where = crowded.map(([p, gs]) => `${gs.length} on ${p}`).join(', ');
            unknowns.push(`${technology}: ${names} are not merged — with ${where}, the sources do not show which one ` +
                'the copies on other platforms stand for.');
            continue;
        }
        const [keep, ...rest] = list;
        for (const g of rest) {
            join(keep, g, `the only ${technology} ${keep.members[0].role} on each platform ` +
                `(${[...perPlatform.keys()].sort().join(', ')})`, [...keep.members, ...g.members].map((m) => m.component.id));
        }
    }
    return [...groups];
}
/**
 * Terraform names are unique per resource type, so two Terraform resources of one name are two
 * things (`aws_sqs_queue.orders`, `aws_sns_topic.orders`), and `main` names nothing at all. Two data
 * components of one name are one only if they are the same technology.
 */
function sameNameMeansSame(a, b) {
    const tf = (c) => c.component.platform === 'terraform';
    if (tf(a) && tf(b))
        return false;
    // Logical ids are scoped by their stack: `OrdersTable` in two templates is two tables.
    const cfn = (c) => c.component.platform === 'cloudformation';
    if (cfn(a) && cfn(b))
        return false;
    if ((tf(a) && (0,names/* isGenericName */.bB)(a.component.name)) || (tf(b) && (0,names/* isGenericName */.bB)(b.component.name)))
        return false;
    if (isDataRole(a.role) && a.technology && b.technology && a.technology !== b.technology)
        return false;
    return true;
}
/** Code the team runs matches code the team runs; data roles and gateways only their own role. */
function compatibleRoles(a, b) {
    const running = (r) => r === 'service' || r === 'job';
    return a === b || (running(a) && running(b));
}
/**
 * The name a merged component is shown by: the name other components connect to (Kubernetes and
 * Compose names are DNS names), the shortest of a prefixed family, and a Terraform name only when
 * it says something (`main` does not).
 */
function displayName(members) {
    // A prefixed copy (`dev-billing`) is named after what it copies (`billing`), whatever platform has it.
    const isCopy = (c) => members.some((o) => o !== c && o.slug.length < c.slug.length && (c.slug.endsWith(`-${o.slug}`) || c.slug.startsWith(`${o.slug}-`)));
    const rank = (c) => {
        const generic = c.component.platform === 'terraform' && (0,names/* isGenericName */.bB)(c.component.name);
        const platform = c.component.platform === 'kubernetes' ? 0 : c.component.platform === 'compose' ? 1 : 2;
        return [generic ? 1 : 0, isCopy(c) ? 1 : 0, platform, c.slug.length];
    };
    const sorted = [...members].sort((a, b) => {
        const ra = rank(a);
        const rb = rank(b);
        return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2] || ra[3] - rb[3] || (0,names/* compareText */.n6)(a.slug, b.slug);
    });
    const best = sorted[0];
    // Every member a renamed copy (`prod-eu-api`, `staging-api`: overlays of a base not deployed as
    // it is): the part of the name they share is the base's name.
    if (members.length > 1 && members.every((m) => m.component.environment)) {
        const shared = sharedNamePart(members.map((m) => m.component.name));
        if (shared && !members.some((m) => m.component.name === shared))
            return shared;
    }
    if (best.component.platform === 'terraform') {
        const literal = best.component.settings?.name ?? best.component.settings?.identifier ?? best.component.settings?.bucket;
        if ((0,names/* isGenericName */.bB)(best.component.name) && literal)
            return literal;
        if ((0,names/* isGenericName */.bB)(best.component.name))
            return `${best.technology ?? best.component.kind} ${best.role}`;
        return best.component.name;
    }
    return best.component.name;
}
/** The longest run of whole `-` segments at the end (or else the start) of every name. */
function sharedNamePart(names) {
    const split = names.map((n) => n.split('-'));
    const common = (pick) => {
        const out = [];
        for (let i = 0;; i++) {
            const part = pick(split[0], i);
            if (part === undefined || !split.every((p) => pick(p, i) === part))
                break;
            out.push(part);
        }
        return out;
    };
    const suffix = common((p, i) => p[p.length - 1 - i]).reverse();
    if (suffix.length)
        return suffix.join('-');
    const prefix = common((p, i) => p[i]);
    return prefix.length ? prefix.join('-') : undefined;
}


;// CONCATENATED MODULE: ./lib/system/event-channels.js
// Which queue, topic or broker each AsyncAPI channel travels on, as edges of the system model.
//
// An AsyncAPI document says what its application sends and receives, and on which servers
// (`kafka://kafka:9092`); the infrastructure says which brokers and queues exist. A channel is
// linked, strongest evidence first, to:
// - the queue or topic the infrastructure names as the channel does: its address or a binding's
//   topic/queue (`orders.created`) equals a Terraform `name`, a CloudFormation `QueueName`/
//   `TopicName`, or the component's own name;
// - else the broker its document's server names: a component of the server protocol's technology
//   whose name is the server's host, else the only one of that technology in the system.
// The service is the one the system stage found serving the document (ownership.ts). Edges go from
// the service, `publishes <address>` for what it sends, `consumes <address>` for what it receives;
// a pair of components keeps one edge, so these join an edge the env vars already drew. A channel
// that matches nothing, or more than one thing, is a line of `unknowns`, never a guess.

/**
 * AsyncAPI server protocols (and binding names) of brokers, as the technology the system model
 * gives them. SQS, SNS and Pub/Sub are no component of their own: a channel on them links only
 * to the queue or topic named as it is.
 */
const BROKER_TECHNOLOGY = {
    kafka: 'kafka',
    'kafka-secure': 'kafka',
    amqp: 'rabbitmq',
    amqps: 'rabbitmq',
    nats: 'nats',
    pulsar: 'pulsar',
};
/** Settings that hold the real name of a cloud queue or topic (the resource name is only a label). */
const NAME_SETTINGS = ['name', 'QueueName', 'TopicName'];
function linkEventChannels(facts, components, edges, unknowns) {
    const rawById = new Map(facts.infra.components.map((c) => [c.id, c]));
    const queues = components.filter((c) => c.role === 'queue');
    const specs = new Map(facts.api.specs.map((s) => [s.id, s]));
    for (const op of facts.api.operations) {
        if (op.protocol !== 'async')
            continue;
        const spec = specs.get(op.spec);
        const verb = op.method === 'SEND' ? 'publishes' : 'consumes';
        const owner = components.find((c) => c.provides.includes(op.spec));
        if (!owner) {
            unknowns.push(`No service is shown ${op.method === 'SEND' ? 'sending' : 'receiving'} channel \`${op.path}\` ` +
                `(\`${spec?.file ?? op.spec}\` has no owner).`);
            continue;
        }
        const found = topicOf(op, queues, rawById) ?? brokerOf(op, spec?.servers ?? [], queues, rawById);
        if (!found || 'unknown' in found) {
            const why = found ? found.unknown : 'it matches no queue, topic or broker defined here';
            unknowns.push(`The sources do not show where channel \`${op.path}\` that \`${owner.name}\` ${verb} travels: ${why}.`);
            continue;
        }
        const technology = found.component.technology;
        joinEdge(edges, {
            from: owner.id,
            to: found.component.id,
            via: `${verb} ${op.path}`,
            ...(technology ? { protocol: technology } : {}),
            evidence: [op.id, ...found.facts],
        });
        found.component.evidence.push({ facts: [op.id, ...found.facts], rule: `carries \`${op.path}\`: ${found.rule}` });
    }
    edges.sort((a, b) => (0,names/* compareText */.n6)(a.from, b.from) || (0,names/* compareText */.n6)(a.to, b.to));
}
/** The queue or topic named as the channel is: by address, or by a binding's topic/queue name. */
function topicOf(op, queues, rawById) {
    const bindings = (op.extensions?.bindings ?? {});
    const wanted = new Set([op.path, ...Object.values(bindings).flatMap((b) => Object.values(b))].map(names/* idSlug */.n2));
    const matches = [];
    for (const q of queues) {
        const named = namesOf(q, rawById).find((n) => wanted.has((0,names/* idSlug */.n2)(n.name)));
        if (named)
            matches.push({ component: q, facts: [named.fact], rule: `\`${named.name}\` is the channel's name` });
    }
    if (matches.length === 1)
        return matches[0];
    return matches.length > 1
        ? { unknown: `more than one queue or topic is named so (${event_channels_names(matches.map((m) => m.component))})` }
        : undefined;
}
/**
 * The broker the channel travels on: its bindings' protocol, else its document's servers', then
 * the broker of that technology whose name is the server's host, else the only one. The facts keep
 * a document's servers, not each channel's: a document with brokers of two technologies and a
 * channel without bindings does not say which it uses.
 */
function brokerOf(op, servers, queues, rawById) {
    const bindingProtocols = Object.keys((op.extensions?.bindings ?? {}));
    const parsed = servers.map(parseServer).filter((s) => !!s);
    const protocols = bindingProtocols.length > 0 ? bindingProtocols : parsed.map((s) => s.protocol);
    const technologies = new Set(protocols.map((p) => BROKER_TECHNOLOGY[p]).filter((t) => !!t));
    const brokers = queues.filter((q) => q.technology && technologies.has(q.technology));
    if (technologies.size > 1) {
        const several = [...technologies].sort().join(' and ');
        return { unknown: `its document has servers of ${several} and no binding says which it uses` };
    }
    for (const server of parsed.filter((s) => technologies.has(BROKER_TECHNOLOGY[s.protocol] ?? ''))) {
        const byHost = brokers.filter((b) => namesOf(b, rawById).some((n) => (0,names/* idSlug */.n2)(n.name) === (0,names/* idSlug */.n2)(server.host)));
        if (byHost.length === 1)
            return { component: byHost[0], facts: byHost[0].runsAs, rule: `server \`${server.url}\` is its host` };
    }
    if (brokers.length === 1) {
        const only = brokers[0];
        return { component: only, facts: only.runsAs, rule: `the only ${only.technology} broker in the system` };
    }
    return brokers.length > 1 ? { unknown: `it could be any of ${event_channels_names(brokers)}` } : undefined;
}
/** The names a queue component is known by, each with the raw fact that gives it. */
function namesOf(c, rawById) {
    const out = [{ name: c.name, fact: c.runsAs[0] ?? c.id }];
    for (const id of c.runsAs) {
        const raw = rawById.get(id);
        if (!raw)
            continue;
        out.push({ name: raw.name, fact: id });
        for (const key of NAME_SETTINGS) {
            const value = raw.settings?.[key];
            if (value)
                out.push({ name: value, fact: id });
        }
    }
    return out;
}
function event_channels_names(components) {
    return components.map((c) => `\`${c.name}\``).join(', ');
}
/** `kafka://kafka:9092` → protocol `kafka`, host `kafka`. */
function parseServer(url) {
    const m = /^([a-z][a-z0-9+.-]*):\/\/([^/:?#]+)/i.exec(url.trim());
    if (!m || /[{$]/.test(m[2]))
        return undefined;
    return { protocol: m[1].toLowerCase(), host: m[2].toLowerCase(), url };
}
/** One edge per pair of components: a second reason joins the first one's `via` and evidence. */
function joinEdge(edges, edge) {
    const seen = edges.find((e) => e.from === edge.from && e.to === edge.to);
    if (!seen) {
        edges.push({ ...edge, evidence: [...new Set(edge.evidence)].sort() });
        return;
    }
    if (!seen.via.split(', ').includes(edge.via))
        seen.via = `${seen.via}, ${edge.via}`;
    if (!seen.protocol && edge.protocol)
        seen.protocol = edge.protocol;
    seen.evidence = [...new Set([...seen.evidence, ...edge.evidence])].sort();
}

;// CONCATENATED MODULE: ./lib/system/ownership.js
// Who serves each API contract and which datastore holds each migration set, when the sources
// show it. Every answer names its evidence; a contract or migration set no rule places is listed in
// `unknowns` rather than guessed.
//
// APIs: an Ingress route whose host is a host of the spec's `servers` (the path too, when both
// have one); else the spec living in a service's folder (`services/orders/openapi.yaml` for
// `orders` / `orders-api`); else a `servers` URL whose port only one service listens on.
// Migrations: a set under a service's folder whose service connects to exactly one SQL datastore;
// else the system's only SQL datastore.



const SQL = /^(postgres|mysql|sqlserver|oracle|cockroachdb|sqlite)$/;
function assignOwnership(facts, components, edges, unknowns) {
    const rawById = new Map(facts.infra.components.map((c) => [c.id, c]));
    const running = components.filter((c) => isRunningRole(c.role) && c.role !== 'gateway');
    for (const spec of facts.api.specs) {
        if (spec.protocol === 'grpc' && assignGrpcServices(facts, spec, running, unknowns))
            continue;
        const owner = ownerByRoute(spec.servers, components, rawById) ??
            ownerByFolder(spec.file, running) ??
            ownerByPort(spec.servers, running, rawById);
        if (!owner) {
            unknowns.push(`No service is shown serving the API \`${spec.file}\` (no route host, folder or port matches).`);
            continue;
        }
        owner.component.provides.push(spec.id);
        owner.component.evidence.push({ facts: [spec.id, ...owner.facts], rule: `serves \`${spec.file}\`: ${owner.rule}` });
    }
    const sets = new Map();
    for (const m of facts.schema.migrations) {
        const dir = migrationSetDir(m.file);
        sets.set(dir, [...(sets.get(dir) ?? []), m.id]);
    }
    const sqlStores = components.filter((c) => c.role === 'datastore' && SQL.test(c.technology ?? ''));
    for (const [dir, migrationIds] of [...sets.entries()].sort(([a], [b]) => (0,names/* compareText */.n6)(a, b))) {
        const id = `migrations:${dir}`;
        const service = ownerByFolder(`${dir}/x`, running);
        if (service) {
            const stores = edges
                .filter((e) => e.from === service.component.id)
                .map((e) => components.find((c) => c.id === e.to))
                .filter((c) => c !== undefined && sqlStores.includes(c));
            if (stores.length === 1) {
                stores[0].provides.push(id);
                stores[0].evidence.push({
                    facts: [migrationIds[0], service.component.id],
                    rule: `holds \`${dir}\`: the migrations live in \`${service.component.name}\`'s folder ` +
                        'and it connects only to this SQL datastore',
                });
                service.component.evidence.push({
                    facts: [migrationIds[0]],
                    rule: `owns the schema in \`${dir}\` (folder layout)`,
                });
                continue;
            }
        }
        if (sqlStores.length === 1) {
            sqlStores[0].provides.push(id);
            sqlStores[0].evidence.push({
                facts: [migrationIds[0]],
                rule: `holds \`${dir}\`: the only SQL datastore in the system`,
            });
            continue;
        }
        unknowns.push(`The sources do not show which datastore holds the migrations in \`${dir}\`` +
            (sqlStores.length === 0 ? ' (no SQL datastore is defined here).' : ` (${sqlStores.length} SQL datastores).`));
    }
}
/**
 * The folder that holds a migration set. Most tools keep a set's files side by side; Prisma keeps
 * each migration in a folder of its own (`migrations/20240101_init/migration.sql`), so the set is
 * the folder above.
 */
function migrationSetDir(file) {
    const dir = external_node_path_.posix.dirname(file);
    if (external_node_path_.posix.basename(file) === 'migration.sql' && /^\d{8,}_/.test(external_node_path_.posix.basename(dir)))
        return external_node_path_.posix.dirname(dir);
    return dir;
}
/**
 * A proto file often declares the services of many deployables (microservices-demo's demo.proto
 * holds nine): each gRPC service goes to the one running component named like it
 * (`hipstershop.CartService` → `cartservice`, `cart-service`, `cart`). A component serving every
 * service of the file serves the file; the others provide `grpc:<package.Service>`. When no
 * service finds its component the file goes through the other rules; a service left over when
 * others found theirs is an unknown.
 */
function assignGrpcServices(facts, spec, running, unknowns) {
    const services = [
        ...new Set(facts.api.operations.filter((o) => o.spec === spec.id).map((o) => o.path.split('/')[1])),
    ].sort(names/* compareText */.n6);
    const owners = new Map();
    for (const service of services) {
        const stem = (0,names/* serviceStem */.LB)((0,names/* slugify */.Yv)(service.slice(service.lastIndexOf('.') + 1)).replace(/[-_]/g, ''));
        const matches = running.filter((c) => (0,names/* serviceStem */.LB)((0,names/* slugify */.Yv)(c.name).replace(/[-_]/g, '')) === stem);
        if (matches.length === 1)
            owners.set(service, matches[0]);
    }
    if (owners.size === 0)
        return false;
    for (const service of services.filter((s) => !owners.has(s)))
        unknowns.push(`No service is shown serving gRPC \`${service}\` of \`${spec.file}\` (none is named like it).`);
    for (const [service, component] of owners) {
        const all = services.every((s) => owners.get(s) === component);
        component.provides.push(all ? spec.id : `grpc:${service}`);
        component.evidence.push({
            facts: [spec.id],
            rule: `serves gRPC \`${service}\` of \`${spec.file}\`: the service is named like it`,
        });
    }
    return true;
}
function hostAndPath(url) {
    const m = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)(?::(\d+))?([^?#]*)/i.exec(url.trim());
    if (!m)
        return undefined;
    const out = { host: m[1].toLowerCase(), path: m[3] || '/' };
    if (m[2])
        out.port = Number(m[2]);
    return out;
}
function ownerByRoute(servers, components, rawById) {
    for (const url of servers) {
        const server = hostAndPath(url);
        if (!server)
            continue;
        for (const gateway of components.filter((c) => c.role === 'gateway')) {
            for (const rawId of gateway.runsAs) {
                for (const route of rawById.get(rawId)?.routes ?? []) {
                    if (route.host.toLowerCase() !== server.host)
                        continue;
                    const routePath = route.path || '/';
                    if (routePath !== '/' && server.path !== '/' && !server.path.startsWith(routePath.replace(/\/?\*?$/, '')))
                        continue;
                    // The Service the route names, in the gateway's own namespace and environment.
                    const gatewayRaw = rawById.get(rawId);
                    const isRouted = (id, serviceOnly) => {
                        const raw = rawById.get(id);
                        return (raw !== undefined &&
                            (!serviceOnly || raw.kind === 'Service') &&
                            raw.name === route.service &&
                            raw.namespace === gatewayRaw?.namespace &&
                            raw.environment === gatewayRaw?.environment);
                    };
                    const target = components.find((c) => c.role !== 'gateway' &&
                        c.runsAs.some((id) => rawById.get(id)?.namespace === gatewayRaw?.namespace) &&
                        (c.supporting.some((s) => isRouted(s, true)) || c.runsAs.some((s) => isRouted(s, false))));
                    if (target)
                        return {
                            component: target,
                            facts: [rawId],
                            rule: `route ${route.host}${routePath} → Service \`${route.service}\``,
                        };
                }
            }
        }
    }
    return undefined;
}
function ownerByFolder(file, running) {
    const folders = external_node_path_.posix.dirname(file).split('/').map(names/* slugify */.Yv);
    const matches = running.filter((c) => {
        const slug = (0,names/* slugify */.Yv)(c.name);
        return folders.some((f) => f === slug || (0,names/* serviceStem */.LB)(f) === (0,names/* serviceStem */.LB)(slug));
    });
    if (matches.length !== 1)
        return undefined;
    return { component: matches[0], facts: [], rule: `it lives in \`${external_node_path_.posix.dirname(file)}\`` };
}
function ownerByPort(servers, running, rawById) {
    for (const url of servers) {
        const port = hostAndPath(url)?.port;
        if (!port)
            continue;
        const matches = running.filter((c) => c.runsAs.some((id) => rawById.get(id)?.ports.includes(port)));
        if (matches.length === 1)
            return { component: matches[0], facts: [], rule: `\`${url}\` is port ${port}, which only it listens on` };
    }
    return undefined;
}

// EXTERNAL MODULE: ./lib/system/external-hosts.js
var external_hosts = __webpack_require__(20252);
;// CONCATENATED MODULE: ./lib/system/system-edges.js
// The connections between logical components, each with the raw facts that show it.
//
// Three sources, in order of strength:
// - raw edges the configuration states, lifted to the components their ends belong to (a
//   workload's env var names a Kubernetes Service → the workload that Service selects);
// - hosts literal env values name that are no component here: external integrations;
// - the env-name convention: a service given `DATABASE_URL` from a Secret (no host in the sources)
//   uses the database when the system has exactly one of that kind; with none or several the
//   sources do not say, and `unknowns` records it.



/** Env var names that say which kind of backend a service talks to. */
const ENV_FAMILIES = [
    [
        new RegExp(`^(${[
            'DATABASE_URL|DATABASE_URI|DB_URL|DB_HOST|DB_DSN|DATABASE_HOST|DATABASE_DSN|JDBC_URL|(SPRING_)?DATASOURCE_URL',
            'POSTGRES_(URL|HOST|DSN)|PG_?HOST|PGHOST|MYSQL_(URL|HOST)',
        ].join('|')})$`),
        'SQL database',
        (c) => c.role === 'datastore' && /^(postgres|mysql|sqlserver|oracle|cockroachdb)$/.test(c.technology ?? ''),
    ],
    [/^(MONGO(DB)?_(URL|URI|HOST))$/, 'MongoDB', (c) => c.technology === 'mongodb'],
    [/^(REDIS_(URL|URI|HOST|ADDR|ADDRESS)|CACHE_URL)$/, 'Redis', (c) => c.technology === 'redis'],
    [/^(AMQP_URL|RABBITMQ_(URL|HOST))$/, 'RabbitMQ', (c) => c.technology === 'rabbitmq'],
    [/^(KAFKA_(BROKERS|BOOTSTRAP_SERVERS|URL|HOST))$/, 'Kafka', (c) => c.technology === 'kafka'],
    [/(^|_)(SQS_QUEUE_URL|QUEUE_URL)$/, 'queue', (c) => c.role === 'queue'],
    [/(^|_)(S3_BUCKET|BUCKET|BUCKET_NAME)$/, 'bucket', (c) => c.role === 'bucket'],
];
function systemEdges(input) {
    const { facts, components, owners, unknowns } = input;
    const byId = new Map(components.map((c) => [c.id, c]));
    const edges = new Map();
    const add = (edge) => {
        if (edge.from === edge.to)
            return;
        const key = `${edge.from}\u0000${edge.to}`;
        const seen = edges.get(key);
        if (!seen) {
            edges.set(key, { ...edge, evidence: [...new Set(edge.evidence)].sort() });
            return;
        }
        if (!seen.via.split(', ').includes(edge.via))
            seen.via = `${seen.via}, ${edge.via}`;
        if (!seen.protocol && edge.protocol)
            seen.protocol = edge.protocol;
        seen.evidence = [...new Set([...seen.evidence, ...edge.evidence])].sort();
    };
    const rawById = new Map(facts.infra.components.map((c) => [c.id, c]));
    for (const e of facts.infra.edges) {
        const from = single(owners.get(e.from));
        const to = single(owners.get(e.to));
        if (!from || !to || from === to)
            continue;
        // Folding edges (a Service selecting its pods, a HPA scaling its Deployment) stay inside one component.
        if (e.kind === 'selects')
            continue;
        const target = rawById.get(e.to);
        add({ from, to, via: edgeVia(e), ...protocolOf(rawById.get(e.from), target, e), evidence: [e.from, e.to] });
    }
    // Hosts named in env values: other components on other platforms, or external systems.
    const externals = new Map();
    const namespaces = new Set(facts.infra.components.map((c) => c.namespace).filter((n) => !!n));
    const namesToIds = new Map();
    // A host names what serves traffic under that name: a workload (through its Service), never the
    // gateway or virtual service that happens to share the name. Logical names first, then raw ones.
    const gatewayIds = new Set(components.filter((c) => c.role === 'gateway').map((c) => c.id));
    for (const c of components)
        if (!gatewayIds.has(c.id))
            namesToIds.set((0,names/* slugify */.Yv)(c.name), c.id);
    for (const raw of facts.infra.components) {
        const owner = single(owners.get(raw.id)) ?? '';
        if (!namesToIds.has((0,names/* slugify */.Yv)(raw.name)) && !gatewayIds.has(owner))
            namesToIds.set((0,names/* slugify */.Yv)(raw.name), owner);
    }
    for (const raw of facts.infra.components) {
        const from = single(owners.get(raw.id));
        if (!from)
            continue;
        for (const h of raw.hosts ?? []) {
            const [first, second, ...rest] = h.host.split('.');
            const internal = namesToIds.get((0,names/* slugify */.Yv)(first));
            // `svc`, `svc.ns` (a namespace the manifests use), or a name that cannot be public.
            const namespaced = second !== undefined && rest.length === 0 && namespaces.has(second);
            const isCluster = internal !== undefined && internal !== '' && (!h.host.includes('.') || namespaced || !(0,external_hosts/* isExternalHost */.ak)(h.host));
            if (isCluster) {
                add({ from, to: internal, via: `env ${h.variable}`, ...hostProtocol(h), evidence: [raw.id] });
                continue;
            }
            if (!(0,external_hosts/* isExternalHost */.ak)(h.host))
                continue;
            const id = `system:external/${h.host}`;
            let external = externals.get(id);
            if (!external) {
                const known = (0,external_hosts/* knownHost */.mD)(h.host);
                external = {
                    id,
                    name: h.host,
                    role: 'external',
                    runsAs: [],
                    supporting: [],
                    provides: [],
                    hosts: [h.host],
                    evidence: [],
                };
                if (known)
                    external.technology = known.technology;
                externals.set(id, external);
            }
            external.evidence.push({ facts: [raw.id], rule: `\`${h.variable}\` of \`${raw.name}\` names ${h.host}` });
            add({ from, to: id, via: `env ${h.variable}`, ...hostProtocol(h), evidence: [raw.id] });
        }
    }
    // The env-name convention, for connections whose host lives in a Secret.
    for (const c of components) {
        if (!isRunningRole(c.role))
            continue;
        const envNames = new Set(c.runsAs.flatMap((id) => rawById.get(id)?.env ?? []));
        for (const [pattern, family, isFamily] of ENV_FAMILIES) {
            const variables = [...envNames].filter((n) => pattern.test(n)).sort();
            if (variables.length === 0)
                continue;
            const already = [...edges.values()].some((e) => e.from === c.id && isFamily(byId.get(e.to) ?? externalOf(e.to)));
            if (already)
                continue;
            let targets = components.filter((t) => t.id !== c.id && isDataRole(t.role) && isFamily(t));
            // `ORDER_EVENTS_QUEUE_URL` among `order_events` and `order_events_dlq`: the one it spells.
            if (targets.length > 1) {
                const spelled = targets.filter((t) => variables.some((v) => namedIn(v, t.name)));
                const exact = spelled.filter((t) => variables.some((v) => namedIn(v, t.name, true)));
                if (exact.length === 1)
                    targets = exact;
                else if (spelled.length === 1)
                    targets = spelled;
            }
            if (targets.length === 1) {
                add({
                    from: c.id,
                    to: targets[0].id,
                    via: `env ${variables[0]} (by name)`,
                    evidence: c.runsAs.filter((id) => (rawById.get(id)?.env ?? []).some((n) => pattern.test(n))),
                });
            }
            else {
                unknowns.push(`\`${c.name}\` is given \`${variables[0]}\` but the sources do not show which ${family} it names` +
                    (targets.length > 1
                        ? ` (${targets.length} candidates: ${targets.map((t) => `\`${t.name}\``).join(', ')})`
                        : ' (none is defined here)') +
                    '.');
            }
        }
    }
    function externalOf(id) {
        return (externals.get(id) ?? {
            id,
            name: id,
            role: 'external',
            runsAs: [],
            supporting: [],
            provides: [],
            hosts: [],
            evidence: [],
        });
    }
    const list = [...edges.values()].sort((a, b) => (0,names/* compareText */.n6)(a.from, b.from) || (0,names/* compareText */.n6)(a.to, b.to));
    return { edges: list, externals: [...externals.values()].sort((a, b) => (0,names/* compareText */.n6)(a.id, b.id)) };
}
/**
 * Whether a variable name spells a component's name: `ORDER_EVENTS_QUEUE_URL` spells `order-events`;
 * `exact` also wants the name followed by the variable's kind word, not by more name.
 */
function namedIn(variable, name, exact = false) {
    const words = variable.toLowerCase().split('_');
    const nameWords = name
        .toLowerCase()
        .split(/[-_.\s]+/)
        .filter((w) => w !== '');
    for (let i = 0; i + nameWords.length <= words.length; i++) {
        if (!nameWords.every((w, j) => words[i + j] === w))
            continue;
        const next = words[i + nameWords.length];
        if (!exact || next === undefined || /^(url|uri|arn|name|host|addr|queue|topic|bucket|dsn)$/.test(next))
            return true;
    }
    return false;
}
function single(ids) {
    return ids && ids.length === 1 ? ids[0] : undefined;
}
function edgeVia(e) {
    switch (e.kind) {
        case 'depends_on':
            return 'depends_on';
        case 'env':
            return e.via ? `env ${e.via}` : 'env';
        case 'reference':
            if (e.from.startsWith('tf:'))
                return e.via ? `terraform ${e.via}` : 'terraform reference';
            return e.via && /[/*]/.test(e.via) ? `route ${e.via}` : e.via ? `reference ${e.via}` : 'reference';
        default:
            return e.kind;
    }
}
function protocolOf(from, to, e) {
    if (e.kind === 'env' && from && e.via) {
        const host = from.hosts?.find((h) => h.variable === e.via);
        if (host)
            return hostProtocol(host);
    }
    if (to && to.ports.length === 1 && e.kind !== 'depends_on')
        return { protocol: `port ${to.ports[0]}` };
    return {};
}
function hostProtocol(h) {
    if (h.scheme && h.port)
        return { protocol: `${h.scheme}:${h.port}` };
    if (h.scheme)
        return { protocol: h.scheme };
    if (h.port)
        return { protocol: `port ${h.port}` };
    return {};
}

;// CONCATENATED MODULE: ./lib/system/derive-system.js
// The system stage: the logical system the facts describe, for views an architect would draw.
//
// Raw facts are per file and per platform (a Compose service, a Kubernetes Deployment and its
// Service, ServiceAccount and NetworkPolicy, a Terraform RDS instance and its subnet group). The
// system model is per logical part: one component per service, datastore, cache, queue, bucket,
// gateway or external integration, with the raw ids it runs as (`runsAs`), the supporting objects
// folded into it, what it provides (API specs, migration sets) and edges between components, every
// one with its evidence. What the sources do not show goes to `unknowns`, never into a guess.
//
//   component-roles.ts   what a raw component is (primary with a role, or supporting)
//   fold-supporting.ts   which primary each supporting object belongs to
//   merge-components.ts  which primaries are one logical component
//   system-edges.ts      connections, externals and the env-name convention
//   ownership.ts         API and schema ownership
//   event-channels.ts    AsyncAPI channels onto the queues, topics and brokers they travel on








/** The logical components, their connections and what the sources do not show. */
function deriveSystem(facts) {
    const unknowns = [];
    const raw = facts.infra.components;
    const candidates = [];
    const supportingIds = new Set();
    for (const c of raw) {
        const r = rawRole(c);
        if (!r.primary) {
            supportingIds.add(c.id);
            continue;
        }
        const candidate = { component: c, role: r.role, slug: (0,names/* slugify */.Yv)(c.name) };
        if (r.technology)
            candidate.technology = r.technology;
        candidates.push(candidate);
    }
    const primaryIds = new Set(candidates.map((c) => c.component.id));
    const folded = foldSupporting(supportingIds, primaryIds, facts.infra.edges);
    const groups = mergeCandidates(candidates, unknowns);
    const repoFolders = monorepoFolders(facts);
    const owners = new Map();
    const usedIds = new Set();
    const components = [];
    const gatewaysLast = (g) => (g.members[0].role === 'gateway' ? 1 : 0);
    const ordered = groups.sort((a, b) => gatewaysLast(a) - gatewaysLast(b) || (0,names/* compareText */.n6)(displayName(a.members), displayName(b.members)));
    for (const g of ordered) {
        let name = displayName(g.members);
        const role = g.members.some((m) => m.role === 'service') ? 'service' : g.members[0].role;
        // An Ingress is often named after the Service it fronts: call it by its kind, not `-2`. The
        // same name in another stack, root module or project is told apart by its folder.
        if (usedIds.has(`system:${(0,names/* idSlug */.n2)(name)}`)) {
            const first = g.members[0].component;
            const sameKind = [...ordered].some((o) => o !== g && displayName(o.members) === name && o.members[0].component.kind === first.kind);
            const folder = external_node_path_.posix.dirname(first.source.file);
            name = sameKind && folder !== '.' ? `${name} (${folder})` : `${name} ${first.kind.toLowerCase()}`;
        }
        let id = `system:${(0,names/* idSlug */.n2)(name)}`;
        for (let n = 2; usedIds.has(id); n++)
            id = `system:${(0,names/* idSlug */.n2)(name)}-${n}`;
        usedIds.add(id);
        const members = g.members.map((m) => m.component);
        const technology = g.members.find((m) => m.technology)?.technology;
        const component = {
            id,
            name,
            role,
            runsAs: members.map((m) => m.id).sort(),
            supporting: [],
            provides: [],
            hosts: [],
            evidence: [
                ...members.map((m) => ({
                    facts: [m.id],
                    rule: `${m.platform} ${m.kind} \`${m.name}\` in ${m.source.file}:${m.source.line}`,
                })),
                ...g.evidence,
            ],
        };
        if (technology)
            component.technology = technology;
        const group = groupOf(members, repoFolders, (0,names/* slugify */.Yv)(name));
        if (group)
            component.group = group;
        components.push(component);
        for (const m of members)
            owners.set(m.id, [id]);
    }
    const byId = new Map(components.map((c) => [c.id, c]));
    for (const [supportingId, primaries] of folded) {
        const ids = [...new Set(primaries.map((p) => owners.get(p)[0]))].sort();
        owners.set(supportingId, ids);
        for (const id of ids)
            byId.get(id).supporting.push(supportingId);
    }
    for (const c of components)
        c.supporting.sort();
    addIngressHosts(components, raw);
    const { edges, externals } = systemEdges({ facts, components, owners, unknowns });
    const all = [...components, ...externals];
    assignOwnership(facts, all, edges, unknowns);
    linkEventChannels(facts, all, edges, unknowns);
    for (const c of all)
        c.provides = [...new Set(c.provides)].sort();
    return { components: all, edges, unknowns: [...new Set(unknowns)] };
}
/**
 * How a diagram of many components splits: by Kubernetes namespace, else by the top folder of a
 * monorepo (`services/orders`), else not at all.
 */
function groupOf(members, repoFolders, slug) {
    const namespaced = members.find((m) => m.namespace);
    if (namespaced?.namespace)
        return namespaced.namespace;
    for (const m of members) {
        const parts = external_node_path_.posix.dirname(m.source.file).split('/');
        const at = parts.findIndex((p) => MONOREPO_FOLDERS.test(p));
        if (at >= 0 && parts[at + 1])
            return `${parts[at]}/${parts[at + 1]}`;
    }
    // A Compose file in `deploy/` naming `orders`, in a repository with a `services/orders/` folder.
    for (const folder of [slug, (0,names/* serviceStem */.LB)(slug)]) {
        const match = [...repoFolders].find((f) => f.endsWith(`/${folder}`));
        if (match)
            return match;
    }
    return undefined;
}
/** Folders a monorepo keeps one part per subfolder in. */
const MONOREPO_FOLDERS = /^(services|apps|packages|components|microservices|src)$/;
/** `services/orders`-style folders of the repository, from the files it read. */
function monorepoFolders(facts) {
    const out = new Set();
    for (const input of facts.inputs) {
        const parts = input.file.split('/');
        for (let i = 0; i + 2 < parts.length; i++)
            if (MONOREPO_FOLDERS.test(parts[i]))
                out.add(`${parts[i]}/${parts[i + 1]}`);
    }
    return out;
}
/** The hosts a gateway answers on are the hosts of its routes. */
function addIngressHosts(components, raw) {
    const byId = new Map(raw.map((c) => [c.id, c]));
    for (const c of components) {
        const hosts = new Set();
        for (const id of c.runsAs)
            for (const r of byId.get(id)?.routes ?? []) {
                // `$(ELEMENTS_FQDN)`, `${HOST}`, `{{ .Values.host }}`: filled in at deploy time, not a host.
                if (r.host && r.host !== '*' && !/[$({]/.test(r.host))
                    hosts.add(r.host);
            }
        c.hosts = [...hosts].sort();
    }
}


/***/ }),

/***/ 20252:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ak: () => (/* binding */ isExternalHost),
/* harmony export */   f2: () => (/* binding */ technologyPurpose),
/* harmony export */   mD: () => (/* binding */ knownHost)
/* harmony export */ });
// Which hosts named in configuration are outside the system, and what the well-known ones are.
//
// An environment value that names `https://api.stripe.com` says the service calls Stripe: that is
// an integration an architect draws on the context diagram. Hosts that are not a component here and
// are not local (localhost, an IP literal, cluster DNS, a bare single-label name) are external.
/** Well-known integration hosts: a suffix match gives the technology and what it is for. */
const KNOWN_HOSTS = [
    [/(^|\.)stripe\.com$/, 'stripe', 'payments'],
    [/(^|\.)paypal\.com$/, 'paypal', 'payments'],
    [/(^|\.)braintreegateway\.com$/, 'braintree', 'payments'],
    [/(^|\.)adyen\.com$/, 'adyen', 'payments'],
    [/(^|\.)sendgrid\.(net|com)$/, 'sendgrid', 'email'],
    [/(^|\.)mailgun\.(net|org)$/, 'mailgun', 'email'],
    [/(^|\.)postmarkapp\.com$/, 'postmark', 'email'],
    [/^email(-smtp)?\.[a-z0-9-]+\.amazonaws\.com$/, 'ses', 'email'],
    [/(^|\.)twilio\.com$/, 'twilio', 'messaging'],
    [/(^|\.)slack\.com$/, 'slack', 'messaging'],
    [/(^|\.)auth0\.com$/, 'auth0', 'identity'],
    [/(^|\.)okta\.com$/, 'okta', 'identity'],
    [/(^|\.)accounts\.google\.com$|(^|\.)googleapis\.com$/, 'google', 'cloud api'],
    [/(^|\.)login\.microsoftonline\.com$/, 'entra-id', 'identity'],
    [/(^|\.)github\.com$/, 'github', 'source control'],
    [/(^|\.)segment\.(io|com)$/, 'segment', 'analytics'],
    [/(^|\.)mixpanel\.com$/, 'mixpanel', 'analytics'],
    [/(^|\.)google-analytics\.com$/, 'google-analytics', 'analytics'],
    [/(^|\.)sentry\.io$/, 'sentry', 'error tracking'],
    [/(^|\.)datadoghq\.(com|eu)$/, 'datadog', 'monitoring'],
    [/(^|\.)newrelic\.com$/, 'newrelic', 'monitoring'],
    [/(^|\.)honeycomb\.io$/, 'honeycomb', 'tracing'],
    [/(^|\.)openai\.com$/, 'openai', 'ai api'],
    [/(^|\.)anthropic\.com$/, 'anthropic', 'ai api'],
    [/^sqs\.[a-z0-9-]+\.amazonaws\.com$/, 'sqs', 'queue'],
    [/(^|\.)s3[.-]([a-z0-9-]+\.)?amazonaws\.com$/, 's3', 'object storage'],
    [/(^|\.)amazonaws\.com$/, 'aws', 'cloud api'],
];
/** Suffixes of names that resolve inside a cluster or a private network. */
const INTERNAL_SUFFIXES = /\.(svc|svc\.cluster\.local|cluster\.local|local|internal|localdomain|lan|home|test|invalid)$/;
/** Hosts no reader would call external: loopback, wildcard binds, IP literals, one-label names. */
function isExternalHost(host) {
    const h = host.toLowerCase();
    if (h === 'localhost' || h.endsWith('.localhost') || h === '0.0.0.0')
        return false;
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(h))
        return false;
    if (!h.includes('.'))
        return false;
    if (INTERNAL_SUFFIXES.test(h))
        return false;
    if (h.includes('${') || h.includes('{{') || h.includes('%'))
        return false;
    // A `service.namespace` name (`redis.default`) is resolved to a component before this is asked.
    return /\.[a-z]{2,24}$/.test(h);
}
/** What a well-known host is: `{ technology: 'stripe', purpose: 'payments' }`. */
function knownHost(host) {
    const h = host.toLowerCase();
    for (const [pattern, technology, purpose] of KNOWN_HOSTS)
        if (pattern.test(h))
            return { technology, purpose };
    return undefined;
}
/** What an integration of a known technology is for (`stripe` → `payments`). */
function technologyPurpose(technology) {
    return technology ? KNOWN_HOSTS.find(([, t]) => t === technology)?.[2] : undefined;
}


/***/ }),

/***/ 53585:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LB: () => (/* binding */ serviceStem),
/* harmony export */   Yv: () => (/* binding */ slugify),
/* harmony export */   bB: () => (/* binding */ isGenericName),
/* harmony export */   n2: () => (/* binding */ idSlug),
/* harmony export */   n6: () => (/* binding */ compareText)
/* harmony export */ });
// Names as the system model compares and shows them.
/** A file- and id-safe form of a name: `Orders API` → `orders-api`. */
function slugify(name) {
    return (name
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '') || 'service');
}
/** The id form of a name: like `slugify`, with `_` as `-` too (`order_events` → `order-events`). */
function idSlug(name) {
    return slugify(name).replace(/_/g, '-').replace(/-+/g, '-');
}
/** Terraform resource names that say nothing about what the resource is for. */
const GENERIC_NAMES = new Set(['main', 'this', 'default', 'primary', 'example', 'resource', 'default_']);
function isGenericName(name) {
    return GENERIC_NAMES.has(name.toLowerCase());
}
/**
 * A service's name without the words teams add to say it is a service (`orders-api`,
 * `orders-service`, `ordersvc` → `orders`), for matching it against a folder name.
 */
function serviceStem(slug) {
    return slug.replace(/[-_]?(api|service|svc|server|app|backend)$/, '') || slug;
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
