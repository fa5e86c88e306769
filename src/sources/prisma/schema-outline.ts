import type { SchemaFiles } from './load-prisma-engine.js';

// What the engine's data model leaves out and the SQL needs, read from the schema text after the
// engine has validated it (so the text is well formed): where each block and field is (file:line,
// for Table.source and diagnostics), the foreign keys' `map:` names, `Unsupported("…")` fields (the
// DMMF drops them; `prisma migrate` still creates their columns), an enum's `@@schema`, and the
// datasource's `relationMode` and `extensions`. A lexical outline, not a second parser.

export interface OutlineField {
  name: string;
  line: number;
  /** The type as written: `String?`, `Post[]`, `Unsupported("tsvector")?`. */
  type: string;
  /** The field's attributes as written (`@id @default(…)`), comments removed. */
  attributes: string;
}

export interface OutlineBlock {
  keyword: 'model' | 'view' | 'enum' | 'type' | 'datasource' | 'generator';
  name: string;
  file: string;
  line: number;
  fields: OutlineField[];
  /** `@@…` attributes, each with its line. */
  blockAttributes: { text: string; line: number }[];
  /** Every line of the body as written (a datasource's `key = value` settings, enum values). */
  entries: { text: string; line: number }[];
}

export interface SchemaOutline {
  blocks: OutlineBlock[];
  model(name: string): OutlineBlock | undefined;
  enumBlock(name: string): OutlineBlock | undefined;
  datasource(): OutlineBlock | undefined;
}

const BLOCK_START = /^\s*(model|view|enum|type|datasource|generator)\s+(\w+)\s*\{/;
const FIELD = /^(\w+)\s+(Unsupported\("(?:[^"\\]|\\.)*"\)(?:\?|\[\])?|[\w.]+(?:\?|\[\])?)\s*(.*)$/;

export function outlineSchema(files: SchemaFiles): SchemaOutline {
  const blocks: OutlineBlock[] = [];
  for (const [file, text] of files) blocks.push(...outlineFile(file, text));
  const find = (keywords: string[], name?: string) =>
    blocks.find((b) => keywords.includes(b.keyword) && (name === undefined || b.name === name));
  return {
    blocks,
    model: (name) => find(['model', 'view'], name),
    enumBlock: (name) => find(['enum'], name),
    datasource: () => find(['datasource']),
  };
}

function outlineFile(file: string, text: string): OutlineBlock[] {
  const out: OutlineBlock[] = [];
  let block: OutlineBlock | undefined;
  // An attribute may run over several lines (`@@index([\n a,\n b\n])`): its lines are joined.
  let pending: { text: string; line: number } | undefined;
  let depth = 0;
  text.split('\n').forEach((raw, i) => {
    const code = withoutComment(raw);
    if (!block) {
      const start = BLOCK_START.exec(code);
      if (!start) return;
      block = {
        keyword: start[1] as OutlineBlock['keyword'],
        name: start[2]!,
        file,
        line: i + 1,
        fields: [],
        blockAttributes: [],
        entries: [],
      };
      out.push(block);
      if (/\}\s*$/.test(code.slice(code.indexOf('{') + 1))) block = undefined;
      return;
    }
    if (depth === 0 && code.trim() === '}') {
      block = undefined;
      return;
    }
    pending = pending
      ? { text: `${pending.text} ${code.trim()}`, line: pending.line }
      : { text: code.trim(), line: i + 1 };
    depth += nesting(code);
    if (depth > 0) return;
    depth = 0;
    const entry = pending;
    pending = undefined;
    if (entry.text === '') return;
    block.entries.push(entry);
    if (entry.text.startsWith('@@')) {
      block.blockAttributes.push(entry);
      return;
    }
    const field = FIELD.exec(entry.text);
    if (field) block.fields.push({ name: field[1]!, line: entry.line, type: field[2]!, attributes: field[3] ?? '' });
  });
  return out;
}

/** The line without its `//` comment (a `//` inside a string is text). */
function withoutComment(line: string): string {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '/' && line[i + 1] === '/') return line.slice(0, i);
  }
  return line;
}

/** Opened minus closed brackets and parentheses outside strings. */
function nesting(code: string): number {
  let n = 0;
  let inString = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '(' || c === '[') n++;
    else if (c === ')' || c === ']') n--;
  }
  return n;
}

/** A Prisma string literal's value (`"a\"b"` → `a"b`). */
export function unquotePrismaString(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal.slice(1, -1);
  }
}

const STRING = String.raw`"(?:[^"\\]|\\.)*"`;

/** The `map:` of a relation field's `@relation(…)`: the foreign key's name, when the schema gives it. */
export function relationMapName(attributes: string): string | undefined {
  const at = attributes.indexOf('@relation(');
  if (at < 0) return undefined;
  const args = balanced(attributes, at + '@relation'.length);
  const m = new RegExp(String.raw`\bmap\s*:\s*(${STRING})`).exec(args);
  return m ? unquotePrismaString(m[1]!) : undefined;
}

/** The argument of a single-string attribute: `@map("x")`, `@@schema("audit")`. */
export function stringArgument(attributes: string, attribute: string): string | undefined {
  const m = new RegExp(String.raw`${attribute}\(\s*(?:name\s*:\s*)?(${STRING})\s*\)`).exec(attributes);
  return m ? unquotePrismaString(m[1]!) : undefined;
}

/** `@default(dbgenerated("…"))`: the SQL expression. */
export function dbGeneratedDefault(attributes: string): string | undefined {
  const m = new RegExp(String.raw`@default\(\s*dbgenerated\(\s*(${STRING})\s*\)\s*\)`).exec(attributes);
  return m ? unquotePrismaString(m[1]!) : undefined;
}

/** The text from an opening parenthesis at `from` to its match, both included. */
function balanced(text: string, from: number): string {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return text.slice(from, i + 1);
  }
  return text.slice(from);
}

interface DatasourceSettings {
  relationMode?: string;
  /** Where `relationMode` is set. */
  relationModeAt?: { file: string; line: number };
  extensions: { name: string; schema?: string }[];
}

/** The datasource's settings the SQL depends on. */
export function datasourceSettings(block: OutlineBlock | undefined): DatasourceSettings {
  const settings: DatasourceSettings = { extensions: [] };
  if (!block) return settings;
  const text = block.entries.map((e) => e.text).join('\n');
  const modeAt = /\b(?:relationMode|referentialIntegrity)\s*=\s*"(\w+)"/;
  const modeEntry = block.entries.find((e) => modeAt.test(e.text));
  if (modeEntry) {
    settings.relationMode = modeAt.exec(modeEntry.text)![1]!;
    settings.relationModeAt = { file: block.file, line: modeEntry.line };
  }
  const list = /\bextensions\s*=\s*\[([^\]]*)\]/.exec(text);
  for (const item of list?.[1]?.split(/,(?![^(]*\))/) ?? []) {
    const m = /^\s*(\w+)\s*(?:\((.*)\))?\s*$/.exec(item);
    if (!m) continue;
    const args = m[2] ?? '';
    const map = new RegExp(String.raw`\bmap\s*:\s*(${STRING})`).exec(args);
    const schema = new RegExp(String.raw`\bschema\s*:\s*(${STRING})`).exec(args);
    settings.extensions.push({
      name: map ? unquotePrismaString(map[1]!) : m[1]!,
      ...(schema ? { schema: unquotePrismaString(schema[1]!) } : {}),
    });
  }
  return settings;
}
