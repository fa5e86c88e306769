import { isGeneric } from './generic-terms.js';
import type { Classified, FactHit } from './grounding-types.js';
import type { Phrase } from './kind-words.js';
import type { KnownFacts } from './known-facts.js';
import { hasIdentifierSignal } from './name-shape.js';
import { columnAnywhere, dottedName } from './sql-names.js';

// A single name in a code span: what it is checked as, with a kind word next to it or without.

const TERRAFORM_ADDRESS_RE = /^[a-z][a-z0-9]*_[a-z0-9_]+\.[a-z_][\w-]*(\.[\w.-]+)?$/;

/** Check a name as the kind a kind word says it is; undefined when generic (allowlisted). */
export function classifyAs(known: KnownFacts, phrase: Phrase, value: string, strict = false): Classified | undefined {
  switch (phrase) {
    case 'table': {
      const d = dottedName(known, value);
      if (d.kind === 'table' || d.kind === 'column') return d;
      const t = known.table(value);
      if (t) return { kind: 'table', known: true, id: t.id };
      if (isGeneric(value)) return undefined;
      return { kind: 'table', known: false };
    }
    case 'column': {
      const d = dottedName(known, value);
      if (d.kind === 'column') return d;
      const any = columnAnywhere(known, value);
      if (any.known || !isGeneric(value)) return any;
      return undefined;
    }
    case 'component':
      return classifyAsComponent(known, value, strict);
    case 'name': {
      const hit = known.name(value) ?? nameHit(known, value);
      if (hit) return { kind: 'name', known: true, ...(hit.id ? { id: hit.id } : {}) };
      if (isGeneric(value)) return undefined;
      return { kind: 'name', known: false };
    }
  }
}

function classifyAsComponent(known: KnownFacts, value: string, strict = false): Classified | undefined {
  // "the `redis` container": a bare image name names the component running it.
  const image = known.index.components.imageComponent(value);
  const hit = known.component(value) ?? (image !== undefined ? { kind: 'component' as const, id: image } : undefined);
  if (hit) return { kind: 'component', known: true, ...(hit.id ? { id: hit.id } : {}) };
  const ref = known.kindReference(value);
  if (ref === null) return undefined;
  if (ref) return { kind: 'component', ...ref };
  const ns = known.index.components.namespace(value);
  if (ns.known) return { kind: 'component', ...ns };
  if (isGeneric(value) && !strict) return undefined;
  return { kind: 'component', known: false };
}

/** A single identifier-like span with no kind word. Undefined: not a mention. */
export function classify(known: KnownFacts, value: string): Classified | undefined {
  const d = dottedName(known, value);
  if (d.known) return d;
  const comp = known.component(value);
  if (comp) return { kind: 'component', known: true, ...(comp.id ? { id: comp.id } : {}) };
  const hit = nameHit(known, value);
  if (hit) return { kind: hit.kind, known: true, ...(hit.id ? { id: hit.id } : {}) };
  if (isGeneric(value)) return undefined;
  if (d.kind) return d;
  const ref = known.kindReference(value);
  if (ref === null) return undefined;
  if (ref) return { kind: 'component', ...ref };
  if (TERRAFORM_ADDRESS_RE.test(value) && known.index.components.isTerraformType(value.split('.')[0]!)) {
    return { kind: 'component', known: false };
  }
  if (!hasIdentifierSignal(value)) return undefined;
  return { kind: 'name', known: false };
}

/** Any fact named `value`: a table, a column, a component, then every other name. */
export function nameHit(known: KnownFacts, value: string): FactHit | undefined {
  const t = known.table(value);
  if (t) return { kind: 'table', id: t.id };
  const col = known.index.schema.columnAnywhere(value);
  if (col) return { kind: 'column', id: col };
  const comp = known.component(value);
  if (comp) return comp;
  return known.name(value) ?? known.inMigrationName(value);
}
