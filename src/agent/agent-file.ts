// Reads a Claude Code subagent definition (`.claude/agents/<name>.md`): YAML front matter between
// `---` lines, then the system prompt as Markdown.
//
//   ---
//   name: backend-architect
//   description: "When to use this agent ..."
//   model: sonnet            # optional: an alias (opus, sonnet, haiku) or a model id
//   tools: Read, Grep, Glob  # optional: a comma-separated string or a YAML list
//   color: blue              # optional
//   ---
//   You are ...
//
// Keys we do not use are kept in `extra`. Every error names the file and the line.

import { readFile } from 'node:fs/promises';
import { parseDocument, isMap, isScalar, LineCounter, type YAMLError } from 'yaml';

export interface AgentDefinition {
  name: string;
  description?: string;
  /** As written: an alias (`sonnet`) or a model id; resolve it with model-resolution.ts. */
  model?: string;
  /** Undefined when the file names none (Claude Code then gives the agent every tool). */
  tools?: string[];
  color?: string;
  /** The body, trimmed. */
  systemPrompt: string;
  /** Other front-matter keys, as parsed. */
  extra: Record<string, unknown>;
  /** Where the body starts (1-based line), for messages that point into the file. */
  bodyLine: number;
}

export class AgentFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'AgentFileError';
  }
}

const KNOWN = new Set(['name', 'description', 'model', 'tools', 'color']);

export async function loadAgentFile(path: string, displayName: string = path): Promise<AgentDefinition> {
  return parseAgentFile(await readFile(path, 'utf8'), displayName);
}

export function parseAgentFile(text: string, file: string): AgentDefinition {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!isFence(lines[0])) {
    throw new AgentFileError(
      file,
      1,
      'no front matter: an agent file starts with a `---` line, then YAML (name, description, model, tools), ' +
        'then `---` and the system prompt',
    );
  }
  const close = lines.findIndex((l, i) => i > 0 && isFence(l));
  if (close < 0) throw new AgentFileError(file, 1, 'the front matter opened on line 1 is never closed by a `---` line');

  const yamlText = lines.slice(1, close).join('\n');
  const firstYamlLine = 2;
  const data = parseFrontMatter(yamlText, file, firstYamlLine);

  const lineOf = (key: string) =>
    firstYamlLine +
    Math.max(
      0,
      lines.slice(1, close).findIndex((l) => l.startsWith(`${key}:`)),
    );
  const name = data.name;
  if (name === undefined || name === null || (typeof name === 'string' && name.trim() === '')) {
    throw new AgentFileError(file, data.name === undefined ? 1 : lineOf('name'), 'the front matter has no `name`');
  }
  if (typeof name !== 'string') throw new AgentFileError(file, lineOf('name'), '`name` must be a string');

  const optionalString = (key: string): string | undefined => {
    const v = data[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') throw new AgentFileError(file, lineOf(key), `\`${key}\` must be a string`);
    const t = v.trim();
    return t === '' ? undefined : t;
  };

  const bodyStart = close + 1;
  const systemPrompt = lines.slice(bodyStart).join('\n').trim();
  if (systemPrompt === '') {
    throw new AgentFileError(
      file,
      close + 1,
      "the system prompt is empty: write the agent's instructions below the closing `---`",
    );
  }
  const leading = lines.slice(bodyStart).findIndex((l) => l.trim() !== '');

  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) if (!KNOWN.has(k)) extra[k] = v;

  const def: AgentDefinition = {
    name: name.trim(),
    systemPrompt,
    extra,
    bodyLine: bodyStart + 1 + Math.max(0, leading),
  };
  const description = optionalString('description');
  const model = optionalString('model');
  const color = optionalString('color');
  const tools = parseTools(data.tools, file, lineOf('tools'));
  if (description !== undefined) def.description = description;
  if (model !== undefined) def.model = model;
  if (color !== undefined) def.color = color;
  if (tools !== undefined) def.tools = tools;
  return def;
}

function isFence(line: string | undefined): boolean {
  return line !== undefined && /^---[ \t]*$/.test(line);
}

/** Parses the YAML; a value Claude Code would take as plain text (`description: Use when: ...`) is accepted too. */
function parseFrontMatter(yamlText: string, file: string, firstLine: number): Record<string, unknown> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length === 0) {
    const contents = doc.contents;
    if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
      throw new AgentFileError(file, 1, 'the front matter is empty: it needs at least `name`');
    }
    if (!isMap(contents)) throw new AgentFileError(file, firstLine, 'the front matter must be YAML `key: value` lines');
    const value = doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
    return value;
  }
  const lenient = plainKeyValues(yamlText);
  if (lenient) return lenient;
  const err = doc.errors[0] as YAMLError;
  const pos = err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]);
  const line = firstLine + (pos ? pos.line - 1 : 0);
  throw new AgentFileError(file, line, `invalid YAML in the front matter: ${err.message.split('\n')[0]}`);
}

/**
 * Claude Code's own loader is forgiving: `description: Use this agent when: (1) ...` (a colon in an
 * unquoted value) is common in published agents and invalid YAML. Accept front matter made only of
 * `key: value` lines at column 0 (plus blank and comment lines), each value taken as plain text.
 * Anything structured (indented lines, lists, flow collections, quotes) is left to the YAML parser's verdict.
 */
function plainKeyValues(yamlText: string): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const line of yamlText.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const m = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/.exec(line);
    if (!m) return undefined;
    const value = (m[2] ?? '').trim();
    if (value === '' || /^["'[{|>&*!%@`-]/.test(value)) return undefined;
    if (Object.hasOwn(out, m[1]!)) return undefined;
    out[m[1]!] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * `Read, Grep, Glob` or `[Read, Grep]` or a YAML list; commas inside parentheses (`Bash(git add:*, git
 * status)`) do not split.
 */
function parseTools(value: unknown, file: string, line: number): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  let items: unknown[];
  if (typeof value === 'string') items = splitTopLevel(value);
  else if (Array.isArray(value)) items = value;
  else throw new AgentFileError(file, line, '`tools` must be a comma-separated string or a list of tool names');
  const out: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string')
      throw new AgentFileError(file, line, `\`tools\` entries must be tool names, got ${JSON.stringify(item)}`);
    const t = item.trim();
    if (t !== '' && !out.includes(t)) out.push(t);
  }
  return out;
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}
