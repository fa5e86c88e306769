// Mermaid diagrams generated from facts, valid by construction: every name that reaches a diagram
// goes through one of the escaping helpers below (ids, attribute words, quoted labels), so a table
// called `order items`, a column called `pk` or a service called `end` cannot break the syntax.
//
// The rules come from Mermaid's own lexers (erDiagram's jison grammar, flowchart's) and are checked
// against the real `mermaid.parse` in test/unit/mermaid.test.ts.

import { createHash } from 'node:crypto';
import type { Column, ForeignKey, SchemaFacts, Table } from '../facts/model.js';

// ---------------------------------------------------------------- escaping (the only place)

/**
 * Words erDiagram's lexer reads as keywords where an entity name is expected (matched whole and
 * case-insensitively; `one-x` would also split, which is why `-` never survives `erEntityId`).
 */
const ER_RESERVED = new Set([
  'erdiagram',
  'one',
  'many',
  'only',
  'zero',
  'to',
  'optionally',
  'u',
  'style',
  'class',
  'classdef',
  'subgraph',
  'end',
  'direction',
  'title',
  'acctitle',
  'accdescr',
  'pk',
  'fk',
  'uk',
]);

/** Words an erDiagram attribute type or name may not be (they lex as key markers). */
const ER_ATTRIBUTE_RESERVED = new Set(['pk', 'fk', 'uk']);

/** Letters and digits of any script, and `_`: everything else becomes `_`. */
function word(value: string): string {
  return value.normalize('NFC').replace(/[^\p{L}\p{N}_]/gu, '_');
}

/** A quoted label's text: one line, no `"` (erDiagram has no escape for it). */
export function erLabel(value: string): string {
  return value.replace(/\s+/g, ' ').replace(/"/g, "'").trim();
}

/**
 * A flowchart label's text, for `["…"]` and `|"…"|`: one line, with Mermaid's entity codes for the
 * characters that would end the string or be read as HTML/Markdown.
 */
export function flowLabel(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;');
}

/** An erDiagram entity id: `[letters digits _]`, never a keyword, never starting with a digit. */
function erEntityBase(name: string): string {
  let id = word(name).replace(/_+/g, '_');
  if (id === '' || id === '_') id = 'entity';
  if (/^[0-9]/.test(id) || ER_RESERVED.has(id.toLowerCase())) id = `t_${id}`;
  return id;
}

/** An erDiagram attribute name: a single word that is not a key marker. */
export function erAttributeName(name: string): string {
  let id = word(name);
  if (id === '') id = '_';
  if (/^[0-9]/.test(id) || ER_ATTRIBUTE_RESERVED.has(id.toLowerCase())) id = `_${id}`;
  return id;
}

/**
 * A PostgreSQL type (as `format_type` prints it) as one erDiagram attribute word, short names for
 * the multi-word types: `character varying(120)` → `varchar(120)`, `timestamp with time zone` →
 * `timestamptz`, `text[]` stays `text[]`, `numeric(10,2)` stays.
 */
export function erAttributeType(type: string): string {
  let t = type.trim().replace(/\s+/g, ' ');
  let array = '';
  const arr = /(\s*\[\d*\])+$/.exec(t);
  if (arr) {
    array = '[]';
    t = t.slice(0, arr.index).trim();
  }
  t = t
    .replace(/^character varying\b/i, 'varchar')
    .replace(/^character\b/i, 'char')
    .replace(/^bit varying\b/i, 'varbit')
    .replace(/^double precision$/i, 'float8')
    .replace(/^timestamp(\(\d+\))? with time zone$/i, 'timestamptz$1')
    .replace(/^timestamp(\(\d+\))? without time zone$/i, 'timestamp$1')
    .replace(/^time(\(\d+\))? with time zone$/i, 'timetz$1')
    .replace(/^time(\(\d+\))? without time zone$/i, 'time$1')
    .replace(/^interval\b.*$/i, 'interval')
    .replace(/"/g, '')
    .replace(/\s*,\s*/g, ',')
    .replace(/ /g, '_')
    .replace(/[^\p{L}\p{N}_.,()-]/gu, '_');
  t += array;
  if (t === '' || t === '[]') t = `unknown${t}`;
  if (!/^[\p{L}_]/u.test(t)) t = `_${t}`;
  if (ER_ATTRIBUTE_RESERVED.has(t.toLowerCase())) t = `_${t}`;
  return t;
}

/** A flowchart node id: a fixed prefix (so no keyword, no `o`/`x` arrow heads) and `[A-Za-z0-9_]`. */
export function flowIdBase(key: string): string {
  return `c_${key
    .normalize('NFC')
    .replace(/[^A-Za-z0-9_]/g, '_')
    .replace(/_+/g, '_')}`;
}

function shortHash(value: string, length = 6): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, length);
}

/**
 * Give every key a unique id. Keys whose readable id collides all get a hash suffix, so an id never
 * depends on which other keys happen to come first.
 */
export function assignIds(keys: readonly string[], base: (key: string) => string): Map<string, string> {
  const unique = [...new Set(keys)].sort(compare);
  const byBase = new Map<string, string[]>();
  for (const key of unique) {
    const b = base(key);
    byBase.set(b, [...(byBase.get(b) ?? []), key]);
  }
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const [b, group] of byBase) if (group.length === 1) taken.add(b);
  for (const [b, group] of byBase) {
    if (group.length === 1) {
      ids.set(group[0]!, b);
      continue;
    }
    for (const key of group) {
      let length = 6;
      let id = `${b}_${shortHash(key, length)}`;
      while (taken.has(id)) id = `${b}_${shortHash(key, ++length)}`;
      taken.add(id);
      ids.set(key, id);
    }
  }
  return ids;
}

/** Code-point order: the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------- erDiagram

const PARENT_SIDE: Record<ForeignKey['parentCardinality'], string> = { 'exactly-one': '||', 'zero-or-one': '|o' };
const CHILD_SIDE: Record<ForeignKey['childCardinality'], string> = { 'zero-or-more': 'o{', 'zero-or-one': 'o|' };

/** `table:public.orders` or `public.orders` → `public.orders`. */
function tableKey(ref: string): string {
  return ref.startsWith('table:') ? ref.slice('table:'.length) : ref;
}

function displayName(schema: string, name: string): string {
  return schema === 'public' ? name : `${schema}.${name}`;
}

/** The part of a schema one diagram draws. */
export interface ErScope {
  /**
   * Ids of the tables to draw, with their key columns only (primary key, foreign key and
   * single-column unique columns). Tables their foreign keys reference from outside the scope are
   * drawn as stubs: the primary key and the referenced columns. Foreign keys of other tables are
   * left out (their own diagram draws them).
   */
  tables: readonly string[];
}

/**
 * An entity-relationship diagram of the tables and views: one entity per table (real name as the
 * label when the id had to change), its columns with PK/FK/UK, and one relationship per foreign key,
 * parent on the left: `customers ||--o{ orders : "customer_id"`. Without a scope it draws every
 * table with every column.
 */
export function erDiagram(schema: SchemaFacts, scope?: ErScope): string {
  const all = [...schema.tables].sort(
    (a, b) => compare(a.schema, b.schema) || compare(a.name, b.name) || compare(a.id, b.id),
  );
  const byKey = new Map<string, Table>();
  for (const t of all) {
    byKey.set(tableKey(t.id), t);
    if (!byKey.has(`${t.schema}.${t.name}`)) byKey.set(`${t.schema}.${t.name}`, t);
  }
  const keyOf = (ref: string): string => {
    const t = byKey.get(tableKey(ref));
    return t ? tableKey(t.id) : tableKey(ref);
  };
  const labelOf = (key: string): string => {
    const t = byKey.get(key);
    if (t) return displayName(t.schema, t.name);
    return key.startsWith('public.') ? key.slice('public.'.length) : key;
  };

  const inScope = scope ? new Set(scope.tables.map(keyOf)) : undefined;
  const tables = inScope ? all.filter((t) => inScope.has(tableKey(t.id))) : all;
  const members = new Set(tables.map((t) => tableKey(t.id)));
  const fks = [...schema.foreignKeys]
    .sort((a, b) => compare(a.id, b.id))
    .filter((fk) => !inScope || inScope.has(keyOf(fk.table)));
  const keys = [...tables.map((t) => tableKey(t.id)), ...fks.flatMap((fk) => [keyOf(fk.table), keyOf(fk.refTable)])];
  const ids = assignIds(keys, (key) => erEntityBase(labelOf(key)));

  const lines = ['erDiagram'];
  const entity = (key: string): string => {
    const id = ids.get(key)!;
    const label = erLabel(labelOf(key));
    return label === id ? id : `${id}["${label}"]`;
  };
  const uniqueColumnsOf = (key: string) =>
    new Set(
      schema.indexes
        .filter((ix) => ix.unique && !ix.primary && ix.columns.length === 1 && keyOf(ix.table) === key)
        .map((ix) => ix.columns[0]!),
    );
  const draw = (key: string, columns: readonly Column[], marksOf: (column: string) => string[]) => {
    const names = assignIds(
      columns.map((c) => c.name),
      erAttributeName,
    );
    if (columns.length === 0) {
      lines.push(`  ${entity(key)}`);
      return;
    }
    lines.push(`  ${entity(key)} {`);
    for (const column of columns) {
      const name = names.get(column.name)!;
      const marks = marksOf(column.name);
      let line = `    ${erAttributeType(column.type)} ${name}`;
      if (marks.length > 0) line += ` ${marks.join(', ')}`;
      if (name !== column.name) line += ` "${erLabel(column.name)}"`;
      lines.push(line);
    }
    lines.push('  }');
  };

  for (const table of tables) {
    const key = tableKey(table.id);
    const fkColumns = new Set(fks.filter((fk) => keyOf(fk.table) === key).flatMap((fk) => fk.columns));
    const uniqueColumns = uniqueColumnsOf(key);
    const primary = new Set(table.primaryKey);
    const marksOf = (column: string) =>
      [primary.has(column) && 'PK', fkColumns.has(column) && 'FK', uniqueColumns.has(column) && 'UK'].filter(
        (m): m is string => typeof m === 'string',
      );
    draw(key, inScope ? table.columns.filter((c) => marksOf(c.name).length > 0) : table.columns, marksOf);
  }

  // Tables outside the scope that a drawn foreign key references, key columns only, and tables only
  // a foreign key names (their migration failed, or they live outside the scanned set), bare.
  for (const key of [...new Set(keys)].filter((k) => !members.has(k)).sort(compare)) {
    const table = byKey.get(key);
    if (!table) {
      lines.push(`  ${entity(key)}`);
      continue;
    }
    const primary = new Set(table.primaryKey);
    const referenced = new Set(fks.filter((fk) => keyOf(fk.refTable) === key).flatMap((fk) => fk.refColumns));
    const uniqueColumns = uniqueColumnsOf(key);
    const marksOf = (column: string) =>
      [primary.has(column) && 'PK', uniqueColumns.has(column) && 'UK'].filter(
        (m): m is string => typeof m === 'string',
      );
    draw(
      key,
      table.columns.filter((c) => primary.has(c.name) || referenced.has(c.name)),
      marksOf,
    );
  }

  for (const fk of fks) {
    const parent = ids.get(keyOf(fk.refTable))!;
    const child = ids.get(keyOf(fk.table))!;
    const label = erLabel(fk.columns.join(', ')) || fk.name;
    // Dashed: a relation no database constraint enforces (an ORM keeps it), drawn as Mermaid's
    // non-identifying line.
    const line = fk.keptBy ? '..' : '--';
    lines.push(
      `  ${parent} ${PARENT_SIDE[fk.parentCardinality]}${line}` +
        `${CHILD_SIDE[fk.childCardinality]} ${child} : "${erLabel(label)}"`,
    );
  }
  return `${lines.join('\n')}\n`;
}
