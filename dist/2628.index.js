export const id = 2628;
export const ids = [2628];
export const modules = {

/***/ 72628:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  extractCloudFormation: () => (/* binding */ extractCloudFormation)
});

// UNUSED EXPORTS: mergeGlobals

// EXTERNAL MODULE: ./lib/sources/common/env-value-hosts.js
var env_value_hosts = __webpack_require__(58559);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/sources/common/yaml-positions.js
var yaml_positions = __webpack_require__(44370);
;// CONCATENATED MODULE: ./lib/sources/cloudformation/read-template.js
// Reads a CloudFormation / SAM template (YAML or JSON) into plain data in the long form of the
// intrinsic functions, with the line of every logical id.
//
// Templates written in YAML use the short forms (`!Ref Table`, `!GetAtt Table.Arn`, `!Sub '…'`).
// They are registered with the `yaml` package as custom tags so the parser accepts them without
// a warning, and the tagged nodes are then rewritten to what the JSON syntax says
// (`{ Ref: Table }`, `{ 'Fn::GetAtt': ['Table', 'Arn'] }`), so the rest of the reader sees one
// shape. JSON is read by the same parser (YAML 1.2 contains JSON): one code path, and lines for
// JSON templates too. A tag CloudFormation does not know is a warning with its line, and its
// value is read as if it had no tag.


/**
 * CloudFormation's limit is 1 MB for a template in S3 (51,200 bytes inline); a SAM template is
 * smaller still before its transform. Anything far past that is not a template someone deploys,
 * and parsing it would cost the run minutes and gigabytes.
 */
const MAX_TEMPLATE_CHARS = 5 * 1024 * 1024;
/** Deeper nesting than this is no template: stop rather than recurse without end. */
const MAX_DEPTH = 64;
/** Aliases (`*anchor`) expanded per file: guards against an alias bomb. */
const MAX_ALIASES = 1000;
/** Short-form tag → long-form key. `!Ref` and `!Condition` have no `Fn::` prefix. */
const SHORT_FORMS = {
    '!Ref': 'Ref',
    '!Condition': 'Condition',
    '!GetAtt': 'Fn::GetAtt',
    '!Sub': 'Fn::Sub',
    '!Join': 'Fn::Join',
    '!Select': 'Fn::Select',
    '!Split': 'Fn::Split',
    '!If': 'Fn::If',
    '!Equals': 'Fn::Equals',
    '!Not': 'Fn::Not',
    '!And': 'Fn::And',
    '!Or': 'Fn::Or',
    '!FindInMap': 'Fn::FindInMap',
    '!ImportValue': 'Fn::ImportValue',
    '!Base64': 'Fn::Base64',
    '!Cidr': 'Fn::Cidr',
    '!GetAZs': 'Fn::GetAZs',
    '!Transform': 'Fn::Transform',
};
/** Each short form may tag a scalar, a sequence or a mapping; the tagged node is kept as parsed. */
const CUSTOM_TAGS = Object.keys(SHORT_FORMS).flatMap((tag) => [
    { tag, resolve: (value) => value },
    { tag, collection: 'seq', resolve: (value) => value },
    { tag, collection: 'map', resolve: (value) => value },
]);
function readTemplate(file, text) {
    const noLines = () => 1;
    if (text.length > MAX_TEMPLATE_CHARS) {
        const mb = (text.length / 1024 / 1024).toFixed(1);
        return {
            lineOf: noLines,
            diagnostics: [
                {
                    severity: 'warning',
                    stage: 'infra',
                    file,
                    line: 1,
                    message: `template is ${mb} MiB, past the ${MAX_TEMPLATE_CHARS / 1024 / 1024} MiB this reader takes ` +
                        `(CloudFormation itself accepts 1 MB); not read`,
                },
            ],
        };
    }
    const lineCounter = new dist/* LineCounter */.HN();
    let doc;
    try {
        doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, customTags: CUSTOM_TAGS, prettyErrors: false, uniqueKeys: true });
    }
    catch (error) {
        return { lineOf: noLines, diagnostics: [problem(file, 1, `cannot read the template: ${messageOf(error)}`)] };
    }
    if (doc.errors.length > 0)
        return { lineOf: noLines, diagnostics: (0,yaml_positions/* syntaxErrorDiagnostics */.KE)(file, doc, lineCounter) };
    const diagnostics = [];
    for (const w of doc.warnings) {
        const unknownTag = /^Unresolved tag: (.*)$/.exec(w.message);
        diagnostics.push({
            severity: 'warning',
            stage: 'infra',
            file,
            line: lineCounter.linePos(w.pos[0]).line,
            message: unknownTag
                ? `\`${unknownTag[1]}\` is not a CloudFormation intrinsic function; its value is read as plain data`
                : `YAML: ${w.message}`,
        });
    }
    const lineOf = (path) => {
        let node = doc.contents;
        let line = 1;
        for (const key of path) {
            const pair = (0,yaml_positions/* pairOf */.cF)(node, key);
            if (!pair)
                return line;
            line = (0,yaml_positions/* lineOfNode */.o2)(lineCounter, pair.key);
            node = pair.value;
        }
        return line;
    };
    const state = { aliases: 0, tooDeep: false };
    let value;
    try {
        value = plain(doc, doc.contents, 0, state);
    }
    catch (error) {
        diagnostics.push(problem(file, 1, `cannot read the template: ${messageOf(error)}`));
        return { lineOf, diagnostics };
    }
    if (state.tooDeep)
        diagnostics.push(problem(file, 1, `nested deeper than ${MAX_DEPTH} levels; the rest is not read`));
    const template = asRecord(value);
    if (!template) {
        diagnostics.push(problem(file, 1, 'the template is not a mapping of sections; not read'));
        return { lineOf, diagnostics };
    }
    return { template, lineOf, diagnostics };
}
/** The node as plain data, each short-form tag turned into its long form. */
function plain(doc, node, depth, state) {
    if (depth > MAX_DEPTH) {
        state.tooDeep = true;
        return null;
    }
    if ((0,dist/* isAlias */.Vj)(node)) {
        if (++state.aliases > MAX_ALIASES)
            throw new Error(`more than ${MAX_ALIASES} aliases`);
        return plain(doc, node.resolve(doc), depth + 1, state);
    }
    let value;
    if ((0,dist/* isScalar */.jn)(node))
        value = node.value;
    else if ((0,dist/* isSeq */.oP)(node))
        value = node.items.map((item) => plain(doc, item, depth + 1, state));
    else if ((0,dist/* isMap */.jh)(node)) {
        const out = {};
        for (const pair of node.items) {
            if (!(0,dist/* isPair */.tO)(pair))
                continue;
            const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(plain(doc, pair.key, depth + 1, state));
            out[key] = plain(doc, pair.value, depth + 1, state);
        }
        value = out;
    }
    else
        return node ?? null;
    const tag = node.tag;
    const long = tag === undefined ? undefined : SHORT_FORMS[tag];
    if (long === undefined)
        return value;
    // `!GetAtt Table.Arn` is the string form of `['Table', 'Arn']`; an attribute may itself hold
    // dots (`Endpoint.Address`), so only the first dot splits.
    if (long === 'Fn::GetAtt' && typeof value === 'string') {
        const dot = value.indexOf('.');
        return { [long]: dot === -1 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
    }
    return { [long]: value };
}
function problem(file, line, message) {
    return { severity: 'error', stage: 'infra', file, line, message };
}
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./lib/sources/cloudformation/intrinsic-references.js
// The logical ids a piece of a template names through its intrinsic functions: `Ref`,
// `Fn::GetAtt` (list or `A.B` string) and the `${Name}` / `${Name.Attr}` variables of `Fn::Sub`,
// each with the property path that mentions it (`Environment.Variables.TABLE_NAME`). Which of
// them are resources (and so edges) is the caller's question: a `Ref` may name a parameter.

/** Past this depth a template is not something CloudFormation accepts; stop looking. */
const intrinsic_references_MAX_DEPTH = 48;
/** Every logical id `value` mentions, `path` being where it sits. */
function mentionsIn(value, path, out = [], depth = 0) {
    if (depth > intrinsic_references_MAX_DEPTH)
        return out;
    if (Array.isArray(value)) {
        for (const item of value)
            mentionsIn(item, path, out, depth + 1);
        return out;
    }
    const record = asRecord(value);
    if (!record)
        return out;
    const keys = Object.keys(record);
    if (keys.length === 1) {
        const [key] = keys;
        const arg = record[key];
        if (key === 'Ref') {
            if (typeof arg === 'string')
                out.push({ logicalId: arg, via: path });
            return out;
        }
        if (key === 'Fn::GetAtt') {
            const first = Array.isArray(arg) ? arg[0] : typeof arg === 'string' ? arg.split('.')[0] : undefined;
            if (typeof first === 'string')
                out.push({ logicalId: first, via: path });
            else
                mentionsIn(arg, path, out, depth + 1); // `!GetAtt [!Ref X, Arn]` is not valid, but read on
            return out;
        }
        if (key === 'Fn::Sub') {
            const [template, variables] = Array.isArray(arg) ? [arg[0], asRecord(arg[1])] : [arg, undefined];
            if (typeof template === 'string') {
                for (const name of subVariables(template))
                    if (!variables || !(name in variables))
                        out.push({ logicalId: name, via: path });
            }
            if (variables)
                for (const v of Object.values(variables))
                    mentionsIn(v, path, out, depth + 1);
            return out;
        }
        // Other functions (`Fn::If`, `Fn::Join` …) and a `Condition` name: their arguments sit at the
        // same property path.
        if (key.startsWith('Fn::'))
            return mentionsIn(arg, path, out, depth + 1);
    }
    for (const [key, v] of Object.entries(record))
        mentionsIn(v, path === '' ? key : `${path}.${key}`, out, depth + 1);
    return out;
}
/**
 * The names a `Fn::Sub` string substitutes: `${Table}` and `${Table.Arn}` give `Table`;
 * `${AWS::Region}` (a pseudo parameter) and `${!Literal}` (written as is) give nothing.
 */
function subVariables(template) {
    const names = new Set();
    for (const m of template.matchAll(/\$\{([^}]*)\}/g)) {
        const inner = m[1].trim();
        if (inner === '' || inner.startsWith('!') || inner.startsWith('AWS::'))
            continue;
        names.add(inner.split('.')[0]);
    }
    return [...names];
}

;// CONCATENATED MODULE: ./lib/sources/cloudformation/resource-settings.js
// The few literal properties that say what a resource is: a function's runtime and memory, a
// database's engine and class, a table's billing mode, a queue being FIFO. The system stage names
// a datastore's technology from `Engine`. Only a whitelist, only top-level properties, only
// literals: a `Ref` to a parameter is unknown here (and a `NoEcho` parameter is where a password
// is), and a key that looks secret is never kept even if a later edit lists it.
const SETTING_KEYS = new Set([
    // identity
    'FunctionName',
    'TableName',
    'QueueName',
    'TopicName',
    'BucketName',
    'DBInstanceIdentifier',
    'DBClusterIdentifier',
    'ClusterName',
    'ServiceName',
    'ReplicationGroupId',
    'StateMachineName',
    // compute
    'Runtime',
    'Handler',
    'PackageType',
    'MemorySize',
    'Timeout',
    'LaunchType',
    'Cpu',
    'Memory',
    'InstanceType',
    // databases and caches
    'Engine',
    'EngineVersion',
    'EngineMode',
    'DBInstanceClass',
    'AllocatedStorage',
    'StorageType',
    'MultiAZ',
    'CacheNodeType',
    'NumCacheNodes',
    'NumCacheClusters',
    'BillingMode',
    // queues and streams
    'FifoQueue',
    'ContentBasedDeduplication',
    'KafkaVersion',
    'NumberOfBrokerNodes',
    'EngineType',
    'DeploymentMode',
    'ShardCount',
    // networks and load balancers
    'CidrBlock',
    'Scheme',
    'Type',
    'Protocol',
]);
const SECRET_KEY = /pass|secret|token|credential|private|auth|key/i;
/** Whitelisted top-level literal properties as strings, in key order. */
function resourceSettings(properties) {
    const out = {};
    for (const key of Object.keys(properties).sort()) {
        if (!SETTING_KEYS.has(key) || SECRET_KEY.test(key))
            continue;
        const value = properties[key];
        if (typeof value === 'number' || typeof value === 'boolean')
            out[key] = String(value);
        else if (typeof value === 'string' && value !== '')
            out[key] = value;
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/sources/cloudformation/extract-cloudformation.js
// Reads CloudFormation and SAM templates into infra facts.
//
// Components: every entry of `Resources` (`cfn:<LogicalId>`, kind = its `Type`), cited at the
// line of its logical id. A logical id used in two templates (each is its own stack) is recorded
// as `cfn:<LogicalId> (<file>)` for every template after the first.
//
// Parameters, Outputs, Mappings and Conditions are not components, and parameters are never read
// for their values: a `NoEcho` parameter's default is a password. Only literal property values
// are kept anywhere (settings, image, ports, the hosts of environment values), so a `Ref` to a
// parameter never carries one in.
//
// `deployable` is true for the types that run code someone ships, the same test the other kinds
// use (a Compose service with an image, a Kubernetes Deployment, a Terraform `aws_ecs_service`):
// Lambda and SAM functions, ECS services, App Runner services, Elastic Beanstalk environments and
// Batch job definitions. An ECS task definition is deployable only when no service in the template
// runs it (it is then run as a task: a scheduled or one-off job); otherwise the service is the
// deployable and shows the task's image, environment and ports. Step Functions state machines are
// not: their definition is configuration deployed with the stack, and the code they run is the
// functions they call, which are components of their own.
//
// SAM: `Globals.Function` is merged into every `AWS::Serverless::Function` the way SAM does it
// (the function's own value wins, maps merge, lists append). An `Api`/`HttpApi` event makes SAM
// create an API the template never declares (`ServerlessRestApi` / `ServerlessHttpApi`); it is
// added as a component because it is how requests reach the functions (the system's entry point),
// and the template's outputs name it (`${ServerlessRestApi}.execute-api…`). Its routes hold the
// event paths, and it gets an edge to each function it routes to, `via` the method and path.
// An event naming an API of the template (`RestApiId: !Ref OrdersApi`) puts the route there.
//
// Edges: `Ref`, `Fn::GetAtt` and `Fn::Sub` variables naming another resource give `reference`
// edges, `via` the property path(s) mentioning it; `DependsOn` gives `depends_on` edges.
// References to parameters, pseudo parameters and resources of other stacks are not edges.




const DEPLOYABLE_TYPES = new Set([
    'AWS::Lambda::Function',
    'AWS::Serverless::Function',
    'AWS::ECS::Service',
    'AWS::AppRunner::Service',
    'AWS::ElasticBeanstalk::Environment',
    'AWS::Batch::JobDefinition',
]);
/** Types whose top-level `Port` is the port they listen on. */
const PORT_TYPES = new Set([
    'AWS::ElasticLoadBalancingV2::Listener',
    'AWS::RDS::DBInstance',
    'AWS::RDS::DBCluster',
    'AWS::ElastiCache::CacheCluster',
    'AWS::ElastiCache::ReplicationGroup',
    'AWS::DocDB::DBCluster',
    'AWS::Redshift::Cluster',
]);
const SERVERLESS_FUNCTION = 'AWS::Serverless::Function';
const ECS_TASK = 'AWS::ECS::TaskDefinition';
const ECS_SERVICE = 'AWS::ECS::Service';
/** The APIs SAM creates for `Api` and `HttpApi` events that name none. */
const IMPLICIT_APIS = {
    Api: { logicalId: 'ServerlessRestApi', kind: 'AWS::Serverless::Api', idKey: 'RestApiId' },
    HttpApi: { logicalId: 'ServerlessHttpApi', kind: 'AWS::Serverless::HttpApi', idKey: 'ApiId' },
};
/** Facts of all templates; logical ids seen in an earlier file get the file in their id. */
function extractCloudFormation(files) {
    const taken = new Set();
    const components = [];
    const edges = [];
    const diagnostics = [];
    for (const { file, text } of [...files].sort((a, b) => compareText(a.file, b.file))) {
        const r = extractTemplate(file, text, taken);
        components.push(...r.facts.components);
        edges.push(...r.facts.edges);
        diagnostics.push(...r.diagnostics);
    }
    components.sort((a, b) => compareText(a.id, b.id));
    return { facts: { components, edges }, diagnostics };
}
function extractTemplate(file, text, taken) {
    const empty = { components: [], edges: [] };
    const read = readTemplate(file, text);
    const diagnostics = [...read.diagnostics];
    if (!read.template)
        return { facts: empty, diagnostics };
    const template = read.template;
    const resourcesValue = template.Resources;
    const resourcesMap = asRecord(resourcesValue);
    if (!resourcesMap) {
        diagnostics.push({
            severity: 'error',
            stage: 'infra',
            file,
            line: read.lineOf(['Resources']),
            message: resourcesValue === undefined
                ? 'no `Resources` section: nothing to read in this template'
                : '`Resources` is not a mapping of logical ids to resources; not read',
        });
        return { facts: empty, diagnostics };
    }
    const globals = asRecord(asRecord(template.Globals)?.Function);
    const resources = [];
    for (const [logicalId, value] of Object.entries(resourcesMap)) {
        const line = read.lineOf(['Resources', logicalId]);
        const body = asRecord(value);
        if (!body || typeof body.Type !== 'string') {
            diagnostics.push({
                severity: 'warning',
                stage: 'infra',
                file,
                line,
                message: `resource \`${logicalId}\` has no \`Type\`; not documented`,
            });
            continue;
        }
        let properties = asRecord(body.Properties) ?? {};
        if (body.Type === SERVERLESS_FUNCTION && globals)
            properties = mergeGlobals(globals, properties);
        resources.push({ logicalId, id: idFor(logicalId, file, taken), type: body.Type, properties, body, line });
    }
    for (const r of resources)
        taken.add(`cfn:${r.logicalId}`);
    const byLogicalId = new Map(resources.map((r) => [r.logicalId, r]));
    const components = new Map(resources.map((r) => [r.logicalId, toComponent(file, r)]));
    runTasksOnServices(resources, byLogicalId, components);
    const edges = new Map();
    const addEdge = (from, to, kind, via) => {
        const key = `${from}\u0000${kind}\u0000${to}`;
        const entry = edges.get(key) ?? { from, to, kind, via: new Set() };
        if (via)
            entry.via.add(via);
        edges.set(key, entry);
    };
    for (const r of resources) {
        for (const m of mentionsIn(r.properties, '')) {
            const target = byLogicalId.get(m.logicalId);
            // An event's `RestApiId` is the API routing to the function: drawn from the API below.
            if (!target || target === r || /^Events\.[^.]+\.Properties\.(RestApiId|ApiId)$/.test(m.via))
                continue;
            addEdge(r.id, target.id, 'reference', m.via || 'Properties');
        }
        for (const name of dependsOn(r.body.DependsOn)) {
            const target = byLogicalId.get(name);
            if (target && target !== r)
                addEdge(r.id, target.id, 'depends_on');
            else if (!target)
                diagnostics.push({
                    severity: 'notice',
                    stage: 'infra',
                    file,
                    line: r.line,
                    message: `\`${r.logicalId}\` depends on \`${name}\`, which is not a resource of this template`,
                });
        }
    }
    // SAM events: routes of the APIs, and schedules.
    const implicit = new Map();
    for (const r of resources) {
        if (r.type !== SERVERLESS_FUNCTION)
            continue;
        const component = components.get(r.logicalId);
        const schedules = [];
        for (const [eventName, eventValue] of Object.entries(asRecord(r.properties.Events) ?? {})) {
            const event = asRecord(eventValue);
            const props = asRecord(event?.Properties) ?? {};
            const type = event?.Type;
            if ((type === 'Schedule' || type === 'ScheduleV2') &&
                typeof (props.Schedule ?? props.ScheduleExpression) === 'string')
                schedules.push(String(props.Schedule ?? props.ScheduleExpression));
            if (type !== 'Api' && type !== 'HttpApi')
                continue;
            const sam = IMPLICIT_APIS[type];
            const named = asRecord(props[sam.idKey])?.Ref;
            let api;
            if (typeof named === 'string' && byLogicalId.has(named)) {
                api = { id: byLogicalId.get(named).id, component: components.get(named) };
            }
            else if (!byLogicalId.has(sam.logicalId)) {
                let gateway = implicit.get(sam.logicalId);
                if (!gateway) {
                    gateway = {
                        id: idFor(sam.logicalId, file, taken),
                        platform: 'cloudformation',
                        kind: sam.kind,
                        name: sam.logicalId,
                        deployable: false,
                        ports: [],
                        env: [],
                        source: { file, line: read.lineOf(['Resources', r.logicalId, 'Properties', 'Events', eventName]) },
                    };
                    implicit.set(sam.logicalId, gateway);
                }
                api = { id: gateway.id, component: gateway };
            }
            else {
                api = { id: byLogicalId.get(sam.logicalId).id, component: components.get(sam.logicalId) };
            }
            // HttpApi may leave path and method out: it then takes every request (`$default`).
            const path = typeof props.Path === 'string' ? props.Path : '/';
            const method = typeof props.Method === 'string' ? props.Method.toUpperCase() : 'ANY';
            const route = { host: '*', path, service: r.logicalId };
            const routes = api.component.routes ?? [];
            if (!routes.some((x) => x.path === path && x.service === r.logicalId))
                routes.push(route);
            api.component.routes = routes;
            addEdge(api.id, r.id, 'reference', `${method} ${path}`);
        }
        if (schedules.length)
            component.settings = sortedKeys({ ...component.settings, Schedule: schedules.join(', ') });
    }
    for (const [logicalId, gateway] of implicit) {
        taken.add(`cfn:${logicalId}`);
        components.set(logicalId, gateway);
    }
    const edgeList = [...edges.values()]
        .map((e) => {
        const edge = { from: e.from, to: e.to, kind: e.kind };
        if (e.via.size)
            edge.via = [...e.via].sort(compareText).join(', ');
        return edge;
    })
        .sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to) || compareText(a.kind, b.kind));
    for (const c of components.values())
        c.routes?.sort((a, b) => compareText(a.path, b.path));
    return { facts: { components: [...components.values()], edges: edgeList }, diagnostics };
}
function idFor(logicalId, file, taken) {
    const plain = `cfn:${logicalId}`;
    return taken.has(plain) ? `${plain} (${file})` : plain;
}
// ---------------------------------------------------------------- components
function toComponent(file, r) {
    const p = r.properties;
    const env = environment(p);
    const component = {
        id: r.id,
        platform: 'cloudformation',
        kind: r.type,
        name: r.logicalId,
        deployable: DEPLOYABLE_TYPES.has(r.type) || r.type === ECS_TASK,
        ports: ports(r.type, p),
        env: [...new Set(env.map((e) => e.name))],
        source: { file, line: r.line },
    };
    const image = imageOf(p);
    if (image !== undefined)
        component.image = image;
    if (r.type === ECS_SERVICE && Number.isInteger(p.DesiredCount))
        component.replicas = p.DesiredCount;
    const settings = resourceSettings(p);
    if (Object.keys(settings).length)
        component.settings = settings;
    const hosts = env.flatMap((e) => (e.value === undefined ? [] : (0,env_value_hosts/* envHostsInValue */.l)(e.name, e.value)));
    if (hosts.length)
        component.hosts = hosts;
    return component;
}
/**
 * An ECS service shows the image, variables and ports of the task definition it runs (they are
 * written there), and a task definition some service runs is not a deployable of its own.
 */
function runTasksOnServices(resources, byLogicalId, components) {
    for (const r of resources) {
        if (r.type !== ECS_SERVICE)
            continue;
        const taskId = asRecord(r.properties.TaskDefinition)?.Ref;
        const task = typeof taskId === 'string' ? byLogicalId.get(taskId) : undefined;
        if (!task || task.type !== ECS_TASK)
            continue;
        const service = components.get(r.logicalId);
        const taskComponent = components.get(task.logicalId);
        taskComponent.deployable = false;
        if (taskComponent.image !== undefined)
            service.image ??= taskComponent.image;
        if (service.env.length === 0)
            service.env = [...taskComponent.env];
        if (service.ports.length === 0)
            service.ports = [...taskComponent.ports];
        if (taskComponent.hosts && !service.hosts)
            service.hosts = taskComponent.hosts;
    }
}
/**
 * Environment variables, names with the literal value when there is one: Lambda's
 * `Environment.Variables` map, ECS/Batch `Environment` and `Secrets` lists of `{Name, Value}`,
 * App Runner's `RuntimeEnvironmentVariables`, Elastic Beanstalk's application option settings.
 * A secret's value is an ARN to read at run time: only its name is taken.
 */
function environment(properties) {
    const out = [];
    const named = (list, withValues) => {
        for (const item of Array.isArray(list) ? list : []) {
            const entry = asRecord(item);
            if (typeof entry?.Name !== 'string')
                continue;
            out.push(withValues && typeof entry.Value === 'string' ? { name: entry.Name, value: entry.Value } : { name: entry.Name });
        }
    };
    const visit = (value, depth) => {
        if (depth > 8)
            return;
        if (Array.isArray(value)) {
            for (const v of value)
                visit(v, depth + 1);
            return;
        }
        const record = asRecord(value);
        if (!record)
            return;
        for (const [key, v] of Object.entries(record)) {
            if (key === 'Environment' || key === 'RuntimeEnvironmentVariables') {
                const variables = asRecord(asRecord(v)?.Variables);
                for (const [name, val] of Object.entries(variables ?? {}))
                    out.push(typeof val === 'string' ? { name, value: val } : { name });
                named(v, true);
            }
            else if (key === 'Secrets' || key === 'RuntimeEnvironmentSecrets')
                named(v, false);
            else if (key === 'OptionSettings' && Array.isArray(v)) {
                for (const item of v) {
                    const o = asRecord(item);
                    if (o?.Namespace === 'aws:elasticbeanstalk:application:environment' && typeof o.OptionName === 'string')
                        out.push(typeof o.Value === 'string' ? { name: o.OptionName, value: o.Value } : { name: o.OptionName });
                }
            }
            else
                visit(v, depth + 1);
        }
    };
    visit(properties, 0);
    return out;
}
/** A literal image: SAM `ImageUri`, Lambda `Code.ImageUri`, the first ECS container's, Batch's, App Runner's. */
function imageOf(p) {
    const firstContainer = Array.isArray(p.ContainerDefinitions) ? asRecord(p.ContainerDefinitions[0]) : undefined;
    const candidates = [
        p.ImageUri,
        asRecord(p.Code)?.ImageUri,
        firstContainer?.Image,
        asRecord(p.ContainerProperties)?.Image,
        asRecord(asRecord(p.SourceConfiguration)?.ImageRepository)?.ImageIdentifier,
    ];
    return candidates.find((c) => typeof c === 'string' && c !== '');
}
/** Ports stated as literals: ECS port mappings, App Runner's image port, a listener's or a database's `Port`. */
function ports(type, p) {
    const found = new Set();
    const add = (v) => {
        const n = typeof v === 'string' && /^\d{1,5}$/.test(v) ? Number(v) : v;
        if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 65535)
            found.add(n);
    };
    if (PORT_TYPES.has(type))
        add(p.Port);
    for (const c of Array.isArray(p.ContainerDefinitions) ? p.ContainerDefinitions : []) {
        const mappings = asRecord(c)?.PortMappings;
        for (const m of Array.isArray(mappings) ? mappings : [])
            add(asRecord(m)?.ContainerPort);
    }
    add(asRecord(asRecord(asRecord(p.SourceConfiguration)?.ImageRepository)?.ImageConfiguration)?.Port);
    return [...found].sort((a, b) => a - b);
}
// ---------------------------------------------------------------- SAM globals
/** SAM's merge: the function's own scalar wins, maps merge key by key, lists append. */
function mergeGlobals(globals, own) {
    const out = { ...own };
    for (const [key, g] of Object.entries(globals)) {
        if (!(key in own))
            out[key] = g;
        else if (Array.isArray(g) && Array.isArray(own[key]))
            out[key] = [...g, ...own[key]];
        else {
            const a = asRecord(g);
            const b = asRecord(own[key]);
            if (a && b && !isIntrinsic(a) && !isIntrinsic(b))
                out[key] = mergeGlobals(a, b);
        }
    }
    return out;
}
function isIntrinsic(record) {
    const keys = Object.keys(record);
    return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}
function sortedKeys(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareText(a, b)));
}
function dependsOn(value) {
    if (typeof value === 'string')
        return [value];
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 58559:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ hostsInEnvValue),
/* harmony export */   l: () => (/* binding */ envHostsInValue)
/* harmony export */ });
// Finds the host names an environment variable's value points at.
//
// `DATABASE_URL=postgres://app:secret@db:5432/shop` says the service talks to `db`; so does
// `REDIS_ADDR=cache:6379` and `KAFKA_BROKERS=kafka-1:9092,kafka-2:9092`. These are the edges
// people draw by hand on architecture diagrams, and the config already states them. Only the
// host, the URL scheme and the port are returned: credentials, paths and query strings in the
// value never leave this module.
/** Variable names whose bare value (no scheme, no port) is a host name by convention. */
const HOST_VARIABLE = /(?:^|_)(?:HOST|HOSTS|HOSTNAME|ADDR|ADDRESS|SERVER|SERVERS|ENDPOINT|BROKERS?)$/i;
const URL_AUTHORITY = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/?#\s]*@)?([^/?#\s]+)/i;
const HOST_PORT = /^([a-z0-9][a-z0-9_.-]*):(\d{1,5})(?:\/\S*)?$/i;
const BARE_HOST = /^[a-z0-9][a-z0-9_.-]*$/i;
/**
 * Lower-cased host names found in `value`: from URLs (`scheme://[user@]host[:port]`), from
 * `host:port` tokens, and, when the variable's name says it holds a host (`DB_HOST`), from a
 * bare name. Lists separated by commas, semicolons or spaces are split first.
 */
function hostsInEnvValue(name, value) {
    return [...new Set(envHostsInValue(name, value).map((h) => h.host))];
}
/**
 * The same hosts as `hostsInEnvValue`, each with the URL's lower-cased scheme and the port when
 * the value states them (`postgres://…@db:5432/x` → `db`, `postgres`, 5432). One entry per
 * distinct host, scheme and port, in the order the value names them.
 */
function envHostsInValue(name, value) {
    const found = new Map();
    const add = (host, scheme, port) => {
        const entry = { variable: name, host };
        if (scheme !== undefined)
            entry.scheme = scheme;
        if (port !== undefined)
            entry.port = port;
        found.set(`${host}\u0000${scheme ?? ''}\u0000${port ?? ''}`, entry);
    };
    for (const token of value.split(/[\s,;]+/)) {
        if (token === '')
            continue;
        const url = URL_AUTHORITY.exec(token);
        // An interpolated password (`postgres://u:${DB_PASSWORD}@db:5432`) still names its host;
        // an interpolated host does not.
        if (url && !url[2].includes('${')) {
            // The authority may itself be a list (`mongodb://a:27017,b:27017` was split above, so only one here).
            const authority = splitAuthority(url[2]);
            if (authority)
                add(authority.host, url[1].toLowerCase(), authority.port);
            continue;
        }
        if (url || token.includes('${'))
            continue; // interpolated: the host is not known here
        const hostPort = HOST_PORT.exec(token);
        if (hostPort) {
            add(hostPort[1].toLowerCase(), undefined, portNumber(hostPort[2]));
            continue;
        }
        if (HOST_VARIABLE.test(name) && BARE_HOST.test(token))
            add(token.toLowerCase());
    }
    return [...found.values()];
}
function splitAuthority(authority) {
    if (authority.startsWith('['))
        return undefined; // an IPv6 literal never names a service
    const match = /^(.*?)(?::(\d*))?$/.exec(authority);
    const host = match[1].toLowerCase();
    if (host === '')
        return undefined;
    const port = match[2] ? portNumber(match[2]) : undefined;
    return port === undefined ? { host } : { host, port };
}
function portNumber(text) {
    const port = Number(text);
    return Number.isInteger(port) && port >= 1 && port <= 65535 ? port : undefined;
}


/***/ }),

/***/ 44370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ syntaxErrorDiagnostics),
/* harmony export */   cF: () => (/* binding */ pairOf),
/* harmony export */   o2: () => (/* binding */ lineOfNode)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
// Positions and syntax errors for the YAML infra readers (Compose, Kubernetes).
//
// Both read YAML with the `yaml` package's Document API, which keeps every node's source range;
// a LineCounter turns those offsets into the 1-based lines facts and diagnostics cite.

/** A file with many syntax errors is one problem to fix; the first few say where. */
const MAX_SYNTAX_ERRORS = 5;
/** 1-based line of a node's first character (1 when the node has no range). */
function lineOfNode(lineCounter, node) {
    const range = node?.range;
    return range ? lineCounter.linePos(range[0]).line : 1;
}
/** The map pair under `key`, if the node is a map that has it. */
function pairOf(map, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return undefined;
    return map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
}
/** The document's syntax errors as `infra` diagnostics, with line and column. */
function syntaxErrorDiagnostics(file, doc, lineCounter) {
    return doc.errors.slice(0, MAX_SYNTAX_ERRORS).map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return {
            severity: 'error',
            stage: 'infra',
            file,
            line: pos.line,
            column: pos.col,
            message: `YAML syntax error: ${e.message}`,
        };
    });
}


/***/ })

};
