// Reads a CloudFormation / SAM template (YAML or JSON) into plain data in the long form of the
// intrinsic functions, with the line of every logical id.
//
// Templates written in YAML use the short forms (`!Ref Table`, `!GetAtt Table.Arn`, `!Sub '…'`).
// They are registered with the `yaml` package as custom tags so the parser accepts them without
// a warning, and the tagged nodes are then rewritten to what the JSON syntax says
// (`{ Ref: Table }`, `{ 'Fn::GetAtt': ['Table', 'Arn'] }`), so the rest of the reader sees one
// shape. JSON is read by the same parser (YAML 1.2 contains JSON): one code path, and lines for
// JSON templates too. A tag CloudFormation does not know is a warning with its line, and its
// value is read as if it had no tag.

import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Tags } from 'yaml';
import type { Diagnostic } from '../../facts/model.js';
import { lineOfNode, pairOf, syntaxErrorDiagnostics } from '../common/yaml-positions.js';

export type Json = Record<string, unknown>;

/**
 * CloudFormation's limit is 1 MB for a template in S3 (51,200 bytes inline); a SAM template is
 * smaller still before its transform. Anything far past that is not a template someone deploys,
 * and parsing it would cost the run minutes and gigabytes.
 */
export const MAX_TEMPLATE_CHARS = 5 * 1024 * 1024;
/** Deeper nesting than this is no template: stop rather than recurse without end. */
const MAX_DEPTH = 64;
/** Aliases (`*anchor`) expanded per file: guards against an alias bomb. */
const MAX_ALIASES = 1000;

/** Short-form tag → long-form key. `!Ref` and `!Condition` have no `Fn::` prefix. */
const SHORT_FORMS: Record<string, string> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!GetAtt': 'Fn::GetAtt',
  '!Sub': 'Fn::Sub',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!If': 'Fn::If',
  '!Equals': 'Fn::Equals',
  '!Not': 'Fn::Not',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!FindInMap': 'Fn::FindInMap',
  '!ImportValue': 'Fn::ImportValue',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!GetAZs': 'Fn::GetAZs',
  '!Transform': 'Fn::Transform',
};

/** Each short form may tag a scalar, a sequence or a mapping; the tagged node is kept as parsed. */
const CUSTOM_TAGS: Tags = Object.keys(SHORT_FORMS).flatMap((tag) => [
  { tag, resolve: (value: string) => value },
  { tag, collection: 'seq' as const, resolve: (value: unknown) => value },
  { tag, collection: 'map' as const, resolve: (value: unknown) => value },
]) as Tags;

export interface ReadTemplate {
  /** The template as plain data, intrinsics in the long form; undefined when it could not be read. */
  template?: Json;
  /** Line of a key path from the top (`['Resources', 'OrdersTable']`), 1 when not found. */
  lineOf(path: string[]): number;
  diagnostics: Diagnostic[];
}

export function readTemplate(file: string, text: string): ReadTemplate {
  const noLines = () => 1;
  if (text.length > MAX_TEMPLATE_CHARS) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    return {
      lineOf: noLines,
      diagnostics: [
        {
          severity: 'warning',
          stage: 'infra',
          file,
          line: 1,
          message:
            `template is ${mb} MiB, past the ${MAX_TEMPLATE_CHARS / 1024 / 1024} MiB this reader takes ` +
            `(CloudFormation itself accepts 1 MB); not read`,
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, customTags: CUSTOM_TAGS, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    return { lineOf: noLines, diagnostics: [problem(file, 1, `cannot read the template: ${messageOf(error)}`)] };
  }
  if (doc.errors.length > 0) return { lineOf: noLines, diagnostics: syntaxErrorDiagnostics(file, doc, lineCounter) };

  const diagnostics: Diagnostic[] = [];
  for (const w of doc.warnings) {
    const unknownTag = /^Unresolved tag: (.*)$/.exec(w.message);
    diagnostics.push({
      severity: 'warning',
      stage: 'infra',
      file,
      line: lineCounter.linePos(w.pos[0]).line,
      message: unknownTag
        ? `\`${unknownTag[1]}\` is not a CloudFormation intrinsic function; its value is read as plain data`
        : `YAML: ${w.message}`,
    });
  }
  const lineOf = (path: string[]) => {
    let node: unknown = doc.contents;
    let line = 1;
    for (const key of path) {
      const pair = pairOf(node, key);
      if (!pair) return line;
      line = lineOfNode(lineCounter, pair.key);
      node = pair.value;
    }
    return line;
  };

  const state = { aliases: 0, tooDeep: false };
  let value: unknown;
  try {
    value = plain(doc, doc.contents, 0, state);
  } catch (error) {
    diagnostics.push(problem(file, 1, `cannot read the template: ${messageOf(error)}`));
    return { lineOf, diagnostics };
  }
  if (state.tooDeep) diagnostics.push(problem(file, 1, `nested deeper than ${MAX_DEPTH} levels; the rest is not read`));
  const template = asRecord(value);
  if (!template) {
    diagnostics.push(problem(file, 1, 'the template is not a mapping of sections; not read'));
    return { lineOf, diagnostics };
  }
  return { template, lineOf, diagnostics };
}

interface WalkState {
  aliases: number;
  tooDeep: boolean;
}

/** The node as plain data, each short-form tag turned into its long form. */
function plain(doc: Document, node: unknown, depth: number, state: WalkState): unknown {
  if (depth > MAX_DEPTH) {
    state.tooDeep = true;
    return null;
  }
  if (isAlias(node)) {
    if (++state.aliases > MAX_ALIASES) throw new Error(`more than ${MAX_ALIASES} aliases`);
    return plain(doc, node.resolve(doc), depth + 1, state);
  }
  let value: unknown;
  if (isScalar(node)) value = node.value;
  else if (isSeq(node)) value = node.items.map((item) => plain(doc, item, depth + 1, state));
  else if (isMap(node)) {
    const out: Json = {};
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(plain(doc, pair.key, depth + 1, state));
      out[key] = plain(doc, pair.value, depth + 1, state);
    }
    value = out;
  } else return node ?? null;
  const tag = (node as { tag?: string }).tag;
  const long = tag === undefined ? undefined : SHORT_FORMS[tag];
  if (long === undefined) return value;
  // `!GetAtt Table.Arn` is the string form of `['Table', 'Arn']`; an attribute may itself hold
  // dots (`Endpoint.Address`), so only the first dot splits.
  if (long === 'Fn::GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { [long]: dot === -1 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [long]: value };
}

function problem(file: string, line: number, message: string): Diagnostic {
  return { severity: 'error', stage: 'infra', file, line, message };
}

export function asRecord(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
