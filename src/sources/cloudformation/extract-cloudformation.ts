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

import type { Component, Diagnostic, Edge, EnvHost, InfraFacts, Route } from '../../facts/model.js';
import { envHostsInValue } from '../common/env-value-hosts.js';
import type { Extracted } from '../extract-result.js';
import { mentionsIn } from './intrinsic-references.js';
import { asRecord, type Json, readTemplate } from './read-template.js';
import { resourceSettings } from './resource-settings.js';

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
} as const;

interface Resource {
  logicalId: string;
  id: string;
  type: string;
  properties: Json;
  body: Json;
  line: number;
}

export interface TemplateFile {
  file: string;
  text: string;
}

/** Facts of all templates; logical ids seen in an earlier file get the file in their id. */
export function extractCloudFormation(files: TemplateFile[]): Extracted<InfraFacts> {
  const taken = new Set<string>();
  const components: Component[] = [];
  const edges: Edge[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { file, text } of [...files].sort((a, b) => compareText(a.file, b.file))) {
    const r = extractTemplate(file, text, taken);
    components.push(...r.facts.components);
    edges.push(...r.facts.edges);
    diagnostics.push(...r.diagnostics);
  }
  components.sort((a, b) => compareText(a.id, b.id));
  return { facts: { components, edges }, diagnostics };
}

function extractTemplate(file: string, text: string, taken: Set<string>): Extracted<InfraFacts> {
  const empty: InfraFacts = { components: [], edges: [] };
  const read = readTemplate(file, text);
  const diagnostics = [...read.diagnostics];
  if (!read.template) return { facts: empty, diagnostics };
  const template = read.template;
  const resourcesValue = template.Resources;
  const resourcesMap = asRecord(resourcesValue);
  if (!resourcesMap) {
    diagnostics.push({
      severity: 'error',
      stage: 'infra',
      file,
      line: read.lineOf(['Resources']),
      message:
        resourcesValue === undefined
          ? 'no `Resources` section: nothing to read in this template'
          : '`Resources` is not a mapping of logical ids to resources; not read',
    });
    return { facts: empty, diagnostics };
  }

  const globals = asRecord(asRecord(template.Globals)?.Function);
  const resources: Resource[] = [];
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
    if (body.Type === SERVERLESS_FUNCTION && globals) properties = mergeGlobals(globals, properties);
    resources.push({ logicalId, id: idFor(logicalId, file, taken), type: body.Type, properties, body, line });
  }
  for (const r of resources) taken.add(`cfn:${r.logicalId}`);

  const byLogicalId = new Map(resources.map((r) => [r.logicalId, r]));
  const components = new Map(resources.map((r) => [r.logicalId, toComponent(file, r)]));
  runTasksOnServices(resources, byLogicalId, components);

  const edges = new Map<string, { from: string; to: string; kind: Edge['kind']; via: Set<string> }>();
  const addEdge = (from: string, to: string, kind: Edge['kind'], via?: string) => {
    const key = `${from}\u0000${kind}\u0000${to}`;
    const entry = edges.get(key) ?? { from, to, kind, via: new Set<string>() };
    if (via) entry.via.add(via);
    edges.set(key, entry);
  };

  for (const r of resources) {
    for (const m of mentionsIn(r.properties, '')) {
      const target = byLogicalId.get(m.logicalId);
      // An event's `RestApiId` is the API routing to the function: drawn from the API below.
      if (!target || target === r || /^Events\.[^.]+\.Properties\.(RestApiId|ApiId)$/.test(m.via)) continue;
      addEdge(r.id, target.id, 'reference', m.via || 'Properties');
    }
    for (const name of dependsOn(r.body.DependsOn)) {
      const target = byLogicalId.get(name);
      if (target && target !== r) addEdge(r.id, target.id, 'depends_on');
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
  const implicit = new Map<string, Component>();
  for (const r of resources) {
    if (r.type !== SERVERLESS_FUNCTION) continue;
    const component = components.get(r.logicalId)!;
    const schedules: string[] = [];
    for (const [eventName, eventValue] of Object.entries(asRecord(r.properties.Events) ?? {})) {
      const event = asRecord(eventValue);
      const props = asRecord(event?.Properties) ?? {};
      const type = event?.Type;
      if (
        (type === 'Schedule' || type === 'ScheduleV2') &&
        typeof (props.Schedule ?? props.ScheduleExpression) === 'string'
      )
        schedules.push(String(props.Schedule ?? props.ScheduleExpression));
      if (type !== 'Api' && type !== 'HttpApi') continue;
      const sam = IMPLICIT_APIS[type];
      const named = asRecord(props[sam.idKey])?.Ref;
      let api: { id: string; component: Component } | undefined;
      if (typeof named === 'string' && byLogicalId.has(named)) {
        api = { id: byLogicalId.get(named)!.id, component: components.get(named)! };
      } else if (!byLogicalId.has(sam.logicalId)) {
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
      } else {
        api = { id: byLogicalId.get(sam.logicalId)!.id, component: components.get(sam.logicalId)! };
      }
      // HttpApi may leave path and method out: it then takes every request (`$default`).
      const path = typeof props.Path === 'string' ? props.Path : '/';
      const method = typeof props.Method === 'string' ? props.Method.toUpperCase() : 'ANY';
      const route: Route = { host: '*', path, service: r.logicalId };
      const routes = api.component.routes ?? [];
      if (!routes.some((x) => x.path === path && x.service === r.logicalId)) routes.push(route);
      api.component.routes = routes;
      addEdge(api.id, r.id, 'reference', `${method} ${path}`);
    }
    if (schedules.length) component.settings = sortedKeys({ ...component.settings, Schedule: schedules.join(', ') });
  }
  for (const [logicalId, gateway] of implicit) {
    taken.add(`cfn:${logicalId}`);
    components.set(logicalId, gateway);
  }

  const edgeList = [...edges.values()]
    .map((e) => {
      const edge: Edge = { from: e.from, to: e.to, kind: e.kind };
      if (e.via.size) edge.via = [...e.via].sort(compareText).join(', ');
      return edge;
    })
    .sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to) || compareText(a.kind, b.kind));
  for (const c of components.values()) c.routes?.sort((a, b) => compareText(a.path, b.path));
  return { facts: { components: [...components.values()], edges: edgeList }, diagnostics };
}

function idFor(logicalId: string, file: string, taken: Set<string>): string {
  const plain = `cfn:${logicalId}`;
  return taken.has(plain) ? `${plain} (${file})` : plain;
}

// ---------------------------------------------------------------- components

function toComponent(file: string, r: Resource): Component {
  const p = r.properties;
  const env = environment(p);
  const component: Component = {
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
  if (image !== undefined) component.image = image;
  if (r.type === ECS_SERVICE && Number.isInteger(p.DesiredCount)) component.replicas = p.DesiredCount as number;
  const settings = resourceSettings(p);
  if (Object.keys(settings).length) component.settings = settings;
  const hosts: EnvHost[] = env.flatMap((e) => (e.value === undefined ? [] : envHostsInValue(e.name, e.value)));
  if (hosts.length) component.hosts = hosts;
  return component;
}

/**
 * An ECS service shows the image, variables and ports of the task definition it runs (they are
 * written there), and a task definition some service runs is not a deployable of its own.
 */
function runTasksOnServices(
  resources: Resource[],
  byLogicalId: Map<string, Resource>,
  components: Map<string, Component>,
) {
  for (const r of resources) {
    if (r.type !== ECS_SERVICE) continue;
    const taskId = asRecord(r.properties.TaskDefinition)?.Ref;
    const task = typeof taskId === 'string' ? byLogicalId.get(taskId) : undefined;
    if (!task || task.type !== ECS_TASK) continue;
    const service = components.get(r.logicalId)!;
    const taskComponent = components.get(task.logicalId)!;
    taskComponent.deployable = false;
    if (taskComponent.image !== undefined) service.image ??= taskComponent.image;
    if (service.env.length === 0) service.env = [...taskComponent.env];
    if (service.ports.length === 0) service.ports = [...taskComponent.ports];
    if (taskComponent.hosts && !service.hosts) service.hosts = taskComponent.hosts;
  }
}

/**
 * Environment variables, names with the literal value when there is one: Lambda's
 * `Environment.Variables` map, ECS/Batch `Environment` and `Secrets` lists of `{Name, Value}`,
 * App Runner's `RuntimeEnvironmentVariables`, Elastic Beanstalk's application option settings.
 * A secret's value is an ARN to read at run time: only its name is taken.
 */
function environment(properties: Json): Array<{ name: string; value?: string }> {
  const out: Array<{ name: string; value?: string }> = [];
  const named = (list: unknown, withValues: boolean) => {
    for (const item of Array.isArray(list) ? list : []) {
      const entry = asRecord(item);
      if (typeof entry?.Name !== 'string') continue;
      out.push(
        withValues && typeof entry.Value === 'string' ? { name: entry.Name, value: entry.Value } : { name: entry.Name },
      );
    }
  };
  const visit = (value: unknown, depth: number) => {
    if (depth > 8) return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    const record = asRecord(value);
    if (!record) return;
    for (const [key, v] of Object.entries(record)) {
      if (key === 'Environment' || key === 'RuntimeEnvironmentVariables') {
        const variables = asRecord(asRecord(v)?.Variables);
        for (const [name, val] of Object.entries(variables ?? {}))
          out.push(typeof val === 'string' ? { name, value: val } : { name });
        named(v, true);
      } else if (key === 'Secrets' || key === 'RuntimeEnvironmentSecrets') named(v, false);
      else if (key === 'OptionSettings' && Array.isArray(v)) {
        for (const item of v) {
          const o = asRecord(item);
          if (o?.Namespace === 'aws:elasticbeanstalk:application:environment' && typeof o.OptionName === 'string')
            out.push(typeof o.Value === 'string' ? { name: o.OptionName, value: o.Value } : { name: o.OptionName });
        }
      } else visit(v, depth + 1);
    }
  };
  visit(properties, 0);
  return out;
}

/** A literal image: SAM `ImageUri`, Lambda `Code.ImageUri`, the first ECS container's, Batch's, App Runner's. */
function imageOf(p: Json): string | undefined {
  const firstContainer = Array.isArray(p.ContainerDefinitions) ? asRecord(p.ContainerDefinitions[0]) : undefined;
  const candidates = [
    p.ImageUri,
    asRecord(p.Code)?.ImageUri,
    firstContainer?.Image,
    asRecord(p.ContainerProperties)?.Image,
    asRecord(asRecord(p.SourceConfiguration)?.ImageRepository)?.ImageIdentifier,
  ];
  return candidates.find((c): c is string => typeof c === 'string' && c !== '');
}

/** Ports stated as literals: ECS port mappings, App Runner's image port, a listener's or a database's `Port`. */
function ports(type: string, p: Json): number[] {
  const found = new Set<number>();
  const add = (v: unknown) => {
    const n = typeof v === 'string' && /^\d{1,5}$/.test(v) ? Number(v) : v;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 65535) found.add(n);
  };
  if (PORT_TYPES.has(type)) add(p.Port);
  for (const c of Array.isArray(p.ContainerDefinitions) ? p.ContainerDefinitions : []) {
    const mappings = asRecord(c)?.PortMappings;
    for (const m of Array.isArray(mappings) ? mappings : []) add(asRecord(m)?.ContainerPort);
  }
  add(asRecord(asRecord(asRecord(p.SourceConfiguration)?.ImageRepository)?.ImageConfiguration)?.Port);
  return [...found].sort((a, b) => a - b);
}

// ---------------------------------------------------------------- SAM globals

/** SAM's merge: the function's own scalar wins, maps merge key by key, lists append. */
export function mergeGlobals(globals: Json, own: Json): Json {
  const out: Json = { ...own };
  for (const [key, g] of Object.entries(globals)) {
    if (!(key in own)) out[key] = g;
    else if (Array.isArray(g) && Array.isArray(own[key])) out[key] = [...g, ...(own[key] as unknown[])];
    else {
      const a = asRecord(g);
      const b = asRecord(own[key]);
      if (a && b && !isIntrinsic(a) && !isIntrinsic(b)) out[key] = mergeGlobals(a, b);
    }
  }
  return out;
}

function isIntrinsic(record: Json): boolean {
  const keys = Object.keys(record);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'));
}

function sortedKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareText(a, b)));
}

function dependsOn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
