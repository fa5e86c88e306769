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

import type { Component, FactModel, Operation, SystemComponent, SystemEdge } from '../facts/model.js';
import { compareText, idSlug } from './names.js';

/**
 * AsyncAPI server protocols (and binding names) of brokers, as the technology the system model
 * gives them. SQS, SNS and Pub/Sub are no component of their own: a channel on them links only
 * to the queue or topic named as it is.
 */
const BROKER_TECHNOLOGY: Record<string, string> = {
  kafka: 'kafka',
  'kafka-secure': 'kafka',
  amqp: 'rabbitmq',
  amqps: 'rabbitmq',
  nats: 'nats',
  pulsar: 'pulsar',
};

/** Settings that hold the real name of a cloud queue or topic (the resource name is only a label). */
const NAME_SETTINGS = ['name', 'QueueName', 'TopicName'];

interface Target {
  component: SystemComponent;
  facts: string[];
  rule: string;
}

export function linkEventChannels(
  facts: FactModel,
  components: SystemComponent[],
  edges: SystemEdge[],
  unknowns: string[],
): void {
  const rawById = new Map(facts.infra.components.map((c) => [c.id, c]));
  const queues = components.filter((c) => c.role === 'queue');
  const specs = new Map(facts.api.specs.map((s) => [s.id, s]));
  for (const op of facts.api.operations) {
    if (op.protocol !== 'async') continue;
    const spec = specs.get(op.spec);
    const verb = op.method === 'SEND' ? 'publishes' : 'consumes';
    const owner = components.find((c) => c.provides.includes(op.spec));
    if (!owner) {
      unknowns.push(
        `No service is shown ${op.method === 'SEND' ? 'sending' : 'receiving'} channel \`${op.path}\` ` +
          `(\`${spec?.file ?? op.spec}\` has no owner).`,
      );
      continue;
    }
    const found = topicOf(op, queues, rawById) ?? brokerOf(op, spec?.servers ?? [], queues, rawById);
    if (!found || 'unknown' in found) {
      const why = found ? found.unknown : 'it matches no queue, topic or broker defined here';
      unknowns.push(
        `The sources do not show where channel \`${op.path}\` that \`${owner.name}\` ${verb} travels: ${why}.`,
      );
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
  edges.sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to));
}

/** The queue or topic named as the channel is: by address, or by a binding's topic/queue name. */
function topicOf(
  op: Operation,
  queues: SystemComponent[],
  rawById: Map<string, Component>,
): Target | { unknown: string } | undefined {
  const bindings = (op.extensions?.bindings ?? {}) as Record<string, Record<string, string>>;
  const wanted = new Set([op.path, ...Object.values(bindings).flatMap((b) => Object.values(b))].map(idSlug));
  const matches: Target[] = [];
  for (const q of queues) {
    const named = namesOf(q, rawById).find((n) => wanted.has(idSlug(n.name)));
    if (named) matches.push({ component: q, facts: [named.fact], rule: `\`${named.name}\` is the channel's name` });
  }
  if (matches.length === 1) return matches[0];
  return matches.length > 1
    ? { unknown: `more than one queue or topic is named so (${names(matches.map((m) => m.component))})` }
    : undefined;
}

/**
 * The broker the channel travels on: its bindings' protocol, else its document's servers', then
 * the broker of that technology whose name is the server's host, else the only one. The facts keep
 * a document's servers, not each channel's: a document with brokers of two technologies and a
 * channel without bindings does not say which it uses.
 */
function brokerOf(
  op: Operation,
  servers: string[],
  queues: SystemComponent[],
  rawById: Map<string, Component>,
): Target | { unknown: string } | undefined {
  const bindingProtocols = Object.keys((op.extensions?.bindings ?? {}) as Record<string, unknown>);
  const parsed = servers.map(parseServer).filter((s): s is { protocol: string; host: string; url: string } => !!s);
  const protocols = bindingProtocols.length > 0 ? bindingProtocols : parsed.map((s) => s.protocol);
  const technologies = new Set(protocols.map((p) => BROKER_TECHNOLOGY[p]).filter((t): t is string => !!t));
  const brokers = queues.filter((q) => q.technology && technologies.has(q.technology));
  if (technologies.size > 1) {
    const several = [...technologies].sort().join(' and ');
    return { unknown: `its document has servers of ${several} and no binding says which it uses` };
  }
  for (const server of parsed.filter((s) => technologies.has(BROKER_TECHNOLOGY[s.protocol] ?? ''))) {
    const byHost = brokers.filter((b) => namesOf(b, rawById).some((n) => idSlug(n.name) === idSlug(server.host)));
    if (byHost.length === 1)
      return { component: byHost[0]!, facts: byHost[0]!.runsAs, rule: `server \`${server.url}\` is its host` };
  }
  if (brokers.length === 1) {
    const only = brokers[0]!;
    return { component: only, facts: only.runsAs, rule: `the only ${only.technology} broker in the system` };
  }
  return brokers.length > 1 ? { unknown: `it could be any of ${names(brokers)}` } : undefined;
}

/** The names a queue component is known by, each with the raw fact that gives it. */
function namesOf(c: SystemComponent, rawById: Map<string, Component>): { name: string; fact: string }[] {
  const out = [{ name: c.name, fact: c.runsAs[0] ?? c.id }];
  for (const id of c.runsAs) {
    const raw = rawById.get(id);
    if (!raw) continue;
    out.push({ name: raw.name, fact: id });
    for (const key of NAME_SETTINGS) {
      const value = raw.settings?.[key];
      if (value) out.push({ name: value, fact: id });
    }
  }
  return out;
}

function names(components: SystemComponent[]): string {
  return components.map((c) => `\`${c.name}\``).join(', ');
}

/** `kafka://kafka:9092` → protocol `kafka`, host `kafka`. */
function parseServer(url: string): { protocol: string; host: string; url: string } | undefined {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/:?#]+)/i.exec(url.trim());
  if (!m || /[{$]/.test(m[2]!)) return undefined;
  return { protocol: m[1]!.toLowerCase(), host: m[2]!.toLowerCase(), url };
}

/** One edge per pair of components: a second reason joins the first one's `via` and evidence. */
function joinEdge(edges: SystemEdge[], edge: SystemEdge): void {
  const seen = edges.find((e) => e.from === edge.from && e.to === edge.to);
  if (!seen) {
    edges.push({ ...edge, evidence: [...new Set(edge.evidence)].sort() });
    return;
  }
  if (!seen.via.split(', ').includes(edge.via)) seen.via = `${seen.via}, ${edge.via}`;
  if (!seen.protocol && edge.protocol) seen.protocol = edge.protocol;
  seen.evidence = [...new Set([...seen.evidence, ...edge.evidence])].sort();
}
