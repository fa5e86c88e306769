import { escapeRegExp, normalisePathParam } from '../../facts/index/api-paths.js';
import type { Existence } from '../../facts/index/fact-index.js';
import type { ApiFacts, FactModel, Operation } from '../../facts/model.js';

// The operations of the protocols that are not addressed by `METHOD /path`: gRPC methods, GraphQL
// root fields and AsyncAPI channels, by the names a reader writes them with. A protocol is only
// checked when the facts hold at least one of its operations: with no `.proto` (or SDL, or
// AsyncAPI document) read, an RPC the text names cannot be told invented from unread.

/** `pkg.v1.OrderService/GetOrder`, `OrderService/GetOrder`, `/pkg.v1.OrderService/GetOrder`. */
export const RPC_RE = /^\/?((?:[A-Za-z_]\w*\.)*[A-Z]\w*)\/([A-Z]\w*)$/;

export class ProtocolOperations {
  readonly hasGrpc: boolean;
  readonly hasGraphql: boolean;
  readonly hasAsync: boolean;
  /** `pkg.svc/method` and `svc/method`, lower-case → the operation's id. */
  private readonly rpcs = new Map<string, string>();
  /** Services by full and short name, lower-case → the id of one of their methods. */
  private readonly services = new Map<string, string>();
  /** Root type names (canonical and the schema's own, `RootQuery`), lower-case → canonical. */
  private readonly roots = new Map<string, string>();
  /** `query.orders`, lower-case → id. */
  private readonly rootFields = new Map<string, string>();
  /** Channel addresses and names, lower-case, parameters normalised to `{}` → id. */
  private readonly channels = new Map<string, string>();
  /** Bare names: RPC method names, root field names, message names → id. */
  private readonly bare = new Map<string, string>();
  /** Named messages and types of these protocols (`shop.v1.Order`) and their fields, lower-case → id. */
  private readonly schemas = new Map<string, string>();

  constructor(api: ApiFacts) {
    for (const s of api.schemas ?? []) {
      if (s.protocol === 'http') continue;
      // `shop.v1.Order`, `Order`, and their fields (`Order.customer`, `shop.v1.Order.id`).
      const names = [...new Set([s.name, s.name.split('.').pop()!])];
      for (const name of names) {
        setOnce(this.schemas, name, s.id);
        for (const p of s.properties) setOnce(this.schemas, `${name}.${p.name}`, s.id);
      }
    }
    for (const op of api.operations) {
      if (op.protocol === 'grpc') this.addRpc(op);
      else if (op.protocol === 'graphql') this.addRootField(op);
      else if (op.protocol === 'async') this.addChannel(op);
    }
    this.hasGrpc = this.rpcs.size > 0;
    this.hasGraphql = this.rootFields.size > 0;
    this.hasAsync = this.channels.size > 0;
  }

  private addRpc(op: Operation): void {
    const m = /^\/?(.+)\/([^/]+)$/.exec(op.path);
    if (!m) return;
    const service = m[1]!;
    const short = service.split('.').pop()!;
    for (const name of [service, short]) {
      setOnce(this.rpcs, `${name}/${m[2]}`, op.id);
      setOnce(this.services, name, op.id);
    }
    setOnce(this.bare, m[2]!, op.id);
  }

  private addRootField(op: Operation): void {
    const dot = op.path.indexOf('.');
    if (dot < 0) return;
    const canonical = op.path.slice(0, dot);
    const field = op.path.slice(dot + 1);
    for (const root of [canonical, ...op.tags]) {
      setOnce(this.roots, root, canonical);
      setOnce(this.rootFields, `${canonical}.${field}`, op.id);
    }
    setOnce(this.bare, field, op.id);
  }

  private addChannel(op: Operation): void {
    for (const name of [op.path, op.channel]) if (name) setOnce(this.channels, channelKey(name), op.id);
    for (const message of op.messages ?? []) setOnce(this.bare, message.name, op.id);
  }

  /** `Service/Method` (full or short service name): undefined when no gRPC was read. */
  rpc(service: string, method: string): Existence | undefined {
    if (!this.hasGrpc) return undefined;
    return existence(this.rpcs.get(`${service}/${method}`.toLowerCase()));
  }

  /** A service by its full or short name; undefined when no gRPC was read. */
  service(name: string): Existence | undefined {
    if (!this.hasGrpc) return undefined;
    return existence(this.services.get(name.toLowerCase()));
  }

  /** The canonical root (`Query`) a written root type name stands for, when GraphQL was read. */
  root(name: string): string | undefined {
    return this.hasGraphql ? this.roots.get(name.toLowerCase()) : undefined;
  }

  /** A field of a root type (canonical or the schema's name); undefined when `root` is no root type. */
  rootField(root: string, field: string): Existence | undefined {
    const canonical = this.root(root);
    if (!canonical) return undefined;
    return existence(this.rootFields.get(`${canonical}.${field}`.toLowerCase()));
  }

  /**
   * The operation on a channel of this address or name, if any: parameter names are ignored, and a
   * concrete value stands for a parameter (`orders.eu.created` is on `orders.{region}.created`).
   */
  channel(address: string): string | undefined {
    const key = channelKey(address);
    const exact = this.channels.get(key);
    if (exact || !/^[\w.:/-]+$/.test(address)) return exact;
    for (const [pattern, id] of this.channels) {
      if (!pattern.includes('{}')) continue;
      const re = new RegExp(`^${pattern.split('{}').map(escapeRegExp).join('[\\w-]+')}$`);
      if (re.test(key)) return id;
    }
    return undefined;
  }

  /** A message or type of a gRPC, GraphQL or AsyncAPI contract, or one of its fields (`Order.status`). */
  schema(name: string): string | undefined {
    return this.schemas.get(name.toLowerCase());
  }

  /** The operation a bare method, root field or message name belongs to. */
  bareName(name: string): string | undefined {
    return this.bare.get(name.toLowerCase());
  }
}

function channelKey(address: string): string {
  return address.toLowerCase().split('/').map(normalisePathParam).join('/');
}

function setOnce(map: Map<string, string>, key: string, id: string): void {
  const k = key.toLowerCase();
  if (!map.has(k)) map.set(k, id);
}

function existence(id: string | undefined): Existence {
  return id === undefined ? { known: false } : { known: true, id };
}

const cache = new WeakMap<FactModel, ProtocolOperations>();

/** The protocol operations of a fact model, built once per model object. */
export function protocolOperations(facts: FactModel): ProtocolOperations {
  let ops = cache.get(facts);
  if (!ops) {
    ops = new ProtocolOperations(facts.api);
    cache.set(facts, ops);
  }
  return ops;
}
