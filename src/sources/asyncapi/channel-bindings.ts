// The few binding fields that name where a message travels: a Kafka topic, an AMQP queue or
// exchange, an SQS queue, an SNS topic, a NATS queue, a Pub/Sub topic. The system model matches
// them against the infrastructure's queues and topics; the rest of a binding is left out.

import { isObject } from './payload-properties.js';

export type BindingNames = Record<string, Record<string, string>>;

/** Channel bindings first, then the operation's (which say more about this operation). */
export function bindingNames(channelBindings: unknown, operationBindings: unknown): BindingNames {
  const out: BindingNames = {};
  for (const bindings of [channelBindings, operationBindings]) {
    if (!isObject(bindings)) continue;
    for (const [protocol, binding] of Object.entries(bindings)) {
      if (!isObject(binding)) continue;
      const names = namesOf(protocol, binding);
      if (Object.keys(names).length > 0) out[protocol] = { ...out[protocol], ...names };
    }
  }
  return out;
}

function namesOf(protocol: string, b: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (key: string, value: unknown) => {
    if (typeof value === 'string' && value !== '') out[key] = value;
  };
  const nameOf = (v: unknown) => (isObject(v) ? v.name : undefined);
  switch (protocol) {
    case 'kafka':
      put('topic', b.topic);
      break;
    case 'amqp':
    case 'amqp1':
      put('queue', nameOf(b.queue));
      put('exchange', nameOf(b.exchange));
      break;
    case 'sqs':
      put('queue', nameOf(b.queue));
      break;
    case 'sns':
      put('topic', b.name ?? nameOf(b.topic));
      break;
    case 'nats':
      put('queue', b.queue);
      break;
    case 'googlepubsub':
      put('topic', b.topic);
      break;
  }
  return out;
}
