import type { FactModel, Table } from '../../facts/model.js';
import { factIndex, type Existence, type FactIndex } from '../../facts/index/fact-index.js';
import type { FactHit } from './grounding-types.js';
import { canonicalKind, isEphemeralKind } from './kubernetes-kinds.js';
import { protocolOperations, type ProtocolOperations } from './protocol-operations.js';

/**
 * What the check counts as known: the shared index of the facts, plus names the caller adds for
 * this one check (`extraKnown`), which a fact of the same name always outranks.
 */
export class KnownFacts {
  readonly index: FactIndex;
  /** gRPC methods, GraphQL root fields and AsyncAPI channels by the names a reader writes them with. */
  readonly protocols: ProtocolOperations;
  private readonly extraNames: ReadonlySet<string>;

  constructor(facts: FactModel, extra: Iterable<string> = []) {
    this.index = factIndex(facts);
    this.protocols = protocolOperations(facts);
    this.extraNames = lowerCased(extra);
  }

  table(ref: string): Table | undefined {
    return this.index.schema.table(ref);
  }

  /** A component by any of its reference forms; undefined when the text is not one. */
  component(ref: string): FactHit | undefined {
    const id = this.index.components.reference(ref);
    return id ? { kind: 'component', id } : undefined;
  }

  /**
   * A kubectl-style `kind/name` (or `kind/namespace/name`) reference: `undefined` when the text is
   * not one, `null` for kinds with generated names (pods …), else whether it exists.
   */
  kindReference(text: string): Existence | null | undefined {
    const m = /^([A-Za-z]+)(?:\.[a-z0-9.]+)?\/(?:([a-z0-9][a-z0-9.-]*)\/)?([a-z0-9][a-z0-9._-]*)$/i.exec(text);
    if (!m) return undefined;
    const kindWord = m[1]!.toLowerCase();
    if (kindWord === 'compose') {
      const id = this.index.components.composeService(m[3]!);
      return m[2] ? undefined : { known: id !== undefined, ...(id ? { id } : {}) };
    }
    const kind = canonicalKind(kindWord);
    if (!kind) return undefined;
    if (isEphemeralKind(kind)) return null;
    return this.index.components.kubernetesObject(kind, m[3]!, m[2]);
  }

  /** Any other name in the facts, or one the caller added; a trailing `/` may be left out. */
  name(text: string): FactHit | undefined {
    const key = text.toLowerCase();
    return this.exactName(key) ?? this.exactName(key.replace(/\/+$/, ''));
  }

  private exactName(key: string): FactHit | undefined {
    const named = this.index.names.get(key);
    if (named) return named.id === undefined ? { kind: 'name' } : { kind: 'name', id: named.id };
    // A bare RPC method, root field, message or service name (`GetOrder`, `placeOrder`).
    const service = this.protocols.service(key);
    const operation =
      this.protocols.bareName(key) ?? this.protocols.schema(key) ?? this.protocols.channel(key) ?? service?.id;
    if (operation) return { kind: 'name', id: operation };
    return this.extraNames.has(key) ? { kind: 'name' } : undefined;
  }

  /** A snake_case name spelled out in a migration's file name (the old name of a rename). */
  inMigrationName(text: string): FactHit | undefined {
    const migration = this.index.names.inMigrationFileName(text);
    return migration ? { kind: 'name', id: migration.id } : undefined;
  }
}

const lowered = new WeakMap<object, Set<string>>();

/** The names lower-cased, once per collection (a repository's file list is checked against many times). */
function lowerCased(names: Iterable<string>): ReadonlySet<string> {
  let set = lowered.get(names);
  if (!set) {
    set = new Set<string>();
    for (const name of names) if (name) set.add(name.toLowerCase());
    lowered.set(names, set);
  }
  return set;
}
