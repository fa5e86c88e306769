// One index of a fact model, shared by every stage that looks facts up by id or by name (the
// agent's tools and section planning, the docs, the grounding check), so each lookup means the
// same thing everywhere and is built once. A fact model is not changed once built, so the index
// is cached per model object; each part is built on first use, as most callers need only one.

import type { Component, FactModel, Table } from '../model.js';
import { ComponentIndex } from './component-index.js';
import { factsById, firstById } from './facts-by-id.js';
import { NameIndex } from './name-index.js';
import { OperationIndex } from './operation-index.js';
import { SchemaIndex } from './schema-index.js';

export { edgeId } from './facts-by-id.js';
export { unquoteSqlName } from './schema-index.js';
export type { ComponentIndex, Existence } from './component-index.js';
export type { NameIndex, NamedFact } from './name-index.js';
export type { OperationIndex } from './operation-index.js';
export type { SchemaIndex } from './schema-index.js';

export class FactIndex {
  private byIdCache?: ReadonlyMap<string, unknown>;
  private tablesCache?: Map<string, Table>;
  private componentsCache?: Map<string, Component>;
  private operationIndex?: OperationIndex;
  private schemaIndex?: SchemaIndex;
  private componentIndex?: ComponentIndex;
  private nameIndex?: NameIndex;

  constructor(private readonly facts: FactModel) {}

  /** Every fact by id (columns with their table's id, edges by `edgeId`); read-only, it is shared. */
  get byId(): ReadonlyMap<string, unknown> {
    this.byIdCache ??= factsById(this.facts);
    return this.byIdCache;
  }

  tableById(id: string): Table | undefined {
    this.tablesCache ??= firstById(this.facts.schema.tables);
    return this.tablesCache.get(id);
  }

  componentById(id: string): Component | undefined {
    this.componentsCache ??= firstById(this.facts.infra.components);
    return this.componentsCache.get(id);
  }

  /** Operations by method and written path (parameter names ignored, base paths optional). */
  get operations(): OperationIndex {
    this.operationIndex ??= new OperationIndex(this.facts.api);
    return this.operationIndex;
  }

  /** Tables, views and columns by name, case-insensitive. */
  get schema(): SchemaIndex {
    this.schemaIndex ??= new SchemaIndex(this.facts.schema);
    return this.schemaIndex;
  }

  /** Components by every reference form; Kubernetes objects, Compose services, namespaces. */
  get components(): ComponentIndex {
    this.componentIndex ??= new ComponentIndex(this.facts.infra);
    return this.componentIndex;
  }

  /** Every other name in the facts (operationIds, enum values, images, env names …). */
  get names(): NameIndex {
    this.nameIndex ??= new NameIndex(this.facts);
    return this.nameIndex;
  }
}

const indexes = new WeakMap<FactModel, FactIndex>();

/** The index of a fact model, built once per model object. */
export function factIndex(facts: FactModel): FactIndex {
  let index = indexes.get(facts);
  if (!index) {
    index = new FactIndex(facts);
    indexes.set(facts, index);
  }
  return index;
}
