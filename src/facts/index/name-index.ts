import type { Component, FactModel } from '../model.js';
import { escapeRegExp } from './api-paths.js';
import { serverParts } from './operation-index.js';

/** The fact a name belongs to; no id for names of no single fact (an input file's folder). */
export interface NamedFact {
  id?: string;
}

/**
 * Every name in the facts that is not a table, column or component reference: operationIds, tags,
 * parameters, content types, security schemes (and an apiKey's header), spec files, titles and
 * servers, enums and their values, constraint and index names, migration and input files (and
 * their folders), component kinds, namespaces, images (with and without tag, the bare name, the
 * tag), env var names and edge notes. Compared lower-case; the first fact to claim a name keeps it.
 */
export class NameIndex {
  private readonly names = new Map<string, NamedFact>();
  /** Migration file names, lower-case: a rename's old name (`…_rename_customers_full_name.up.sql`) is only there. */
  private readonly migrationFiles: { base: string; id: string }[] = [];

  constructor(facts: FactModel) {
    // The order decides which fact keeps a name several share; it is the order of the model.
    const { api, schema, infra } = facts;
    for (const spec of api.specs) {
      this.add([spec.file, spec.title], spec.id);
      for (const server of spec.servers) this.add([server, serverParts(server).host], spec.id);
    }
    for (const op of api.operations) {
      this.add([op.operationId, ...op.tags, ...op.parameters.map((p) => p.name)], op.id);
      this.add(
        op.responses.flatMap((r) => r.contentTypes),
        op.id,
      );
      this.add(op.requestBody?.contentTypes ?? [], op.id);
    }
    for (const s of api.securitySchemes) {
      this.add([s.name, s.type], s.id);
      if (s.detail) this.add([s.detail, /^\w+:\s*(.+)$/.exec(s.detail)?.[1]?.trim()], s.id);
    }
    for (const e of schema.enums) {
      this.add([e.name, `${e.schema}.${e.name}`], e.id);
      for (const v of e.values) this.add([v, `${e.name}.${v}`], e.id);
    }
    for (const f of schema.foreignKeys) this.add([f.name], f.id);
    for (const i of schema.indexes) this.add([i.name, i.id.replace(/^index:/, '')], i.id);
    for (const m of schema.migrations) {
      this.add([m.file], m.id);
      this.migrationFiles.push({ base: (m.file.split('/').pop() ?? m.file).toLowerCase(), id: m.id });
    }
    for (const input of facts.inputs) {
      const parts = input.file.split('/');
      const folders = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
      this.add([...folders, parts[parts.length - 1]], undefined);
    }
    for (const c of infra.components) this.add(componentNames(c), c.id);
    for (const e of infra.edges) if (e.via) this.add([e.via.replace(/\/$/, '')], e.from);
    // The logical system: the names the docs and the architect use for components, the hosts
    // externals are reached at, and technologies ("the `postgres` datastore").
    for (const c of facts.system?.components ?? []) this.add([c.name, c.id, c.technology, ...c.hosts], c.id);
  }

  private add(names: (string | undefined)[], id: string | undefined): void {
    for (const name of names) {
      if (!name) continue;
      const key = name.toLowerCase();
      if (!this.names.has(key)) this.names.set(key, id === undefined ? {} : { id });
    }
  }

  /** The fact a name (any case) belongs to. */
  get(name: string): NamedFact | undefined {
    return this.names.get(name.toLowerCase());
  }

  /** The migration whose file name spells out a snake_case name between `_`/`.` boundaries. */
  inMigrationFileName(name: string): NamedFact | undefined {
    const key = name.toLowerCase();
    if (!/^[a-z][a-z0-9]*(_[a-z0-9]+)+$/.test(key)) return undefined;
    const re = new RegExp(`(^|_)${escapeRegExp(key)}(_|\\.|$)`);
    const migration = this.migrationFiles.find((x) => re.test(x.base));
    return migration ? { id: migration.id } : undefined;
  }
}

/** The names of a component other than its references: kind, namespace, image forms, env names, settings. */
function componentNames(c: Component): (string | undefined)[] {
  const names = [c.kind, c.namespace];
  if (c.image) {
    const untagged = c.image.replace(/[:@][^/:@]+$/, ''); // without the tag or digest
    // The tag alone (`latest`, `1.4.2`) for "the `latest` tag".
    names.push(c.image, untagged, c.image.split('/').pop(), /:([\w.-]+)$/.exec(c.image)?.[1]);
  }
  // `configMapRef:shop-config` → `shop-config` too.
  for (const env of c.env) names.push(env, /^\w+:(.+)$/.exec(env)?.[1]);
  // The settings that say what a cloud resource is, and their values (`storage_type`, `gp3`,
  // the queue's physical name `shop-order-events`).
  for (const [key, value] of Object.entries(c.settings ?? {})) names.push(key, value);
  return names;
}
