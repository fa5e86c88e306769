// What a Mermaid source declares, read without Mermaid: the nodes of a flowchart and the entities of
// an erDiagram. The render test compares these with the nodes the browser drew, so a node Mermaid
// silently merged, dropped or split (an id that lexed as a keyword, a label that ended a statement)
// shows up as a count that differs. It is deliberately a separate, small reading of the syntax, not
// Mermaid's grammar: agreeing with the real renderer is what the render test checks.

import { parseMarkdown } from '../../src/markdown/processor.js';

export interface MermaidBlock {
  /** The fenced block's text. */
  text: string;
  /** 1-based line of the opening fence in its file. */
  line: number;
}

/** Every ```mermaid fenced block of a Markdown text, in order. */
export function mermaidBlocks(markdown: string): MermaidBlock[] {
  const blocks: MermaidBlock[] = [];
  const walk = (node: { type: string; children?: unknown[] }): void => {
    if (node.type === 'code') {
      const code = node as unknown as { lang?: string | null; value: string; position?: { start: { line: number } } };
      if ((code.lang ?? '').toLowerCase() === 'mermaid')
        blocks.push({ text: code.value, line: code.position?.start.line ?? 0 });
    }
    for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
  };
  walk(parseMarkdown(markdown));
  return blocks;
}

export type CountedKind = 'flowchart' | 'erDiagram';

export interface DeclaredNodes {
  kind: CountedKind;
  /** Node ids (flowchart) or entity names (erDiagram), each once, in order of first mention. */
  nodes: string[];
}

/** The kind of diagram and what it declares, or undefined for a diagram type this does not count. */
export function declaredNodes(text: string): DeclaredNodes | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('%%'));
  if (start < 0) return undefined;
  const header = lines[start]!.trim();
  const body = lines.slice(start + 1);
  if (/^(flowchart|graph)\b/.test(header)) return { kind: 'flowchart', nodes: flowchartNodes(body) };
  if (/^erDiagram\b/.test(header)) return { kind: 'erDiagram', nodes: erEntities(body) };
  return undefined;
}

// ---------------------------------------------------------------- flowchart

/** Statements that declare no node. */
const FLOW_NON_NODE = /^(end|direction|classDef|class|style|linkStyle|click|accTitle|accDescr)\b/;

/**
 * Links between nodes, longest forms first: text links (`-- text -->`, `-. text .->`,
 * `== text ==>`) once their text is gone, then arrows of any length with any heads
 * (`-->`, `---`, `-.->`, `==>`, `<-->`, `--o`, `x--x`, `~~~`), optionally named (`e1@-->`).
 */
const FLOW_TEXT_LINK = /(?:--|==|-\.)\s+[^\s>][^>]*?\s+(?:-{2,}[>ox]?|={2,}[>ox]?|\.+-[>ox]?)(?=\s|$)/g;
const FLOW_LINK = /\s*(?:[\w$]+@)?[<ox]?(?:-{2,}|={2,}|-\.+-|~{3,})[>ox]?\s*/g;

function flowchartNodes(body: string[]): string[] {
  const nodes: string[] = [];
  const subgraphs = new Set<string>();
  for (const rawLine of body) {
    // Quoted text first: labels may hold `;`, `|`, brackets and arrows.
    const line = rawLine.replace(/"[^"]*"/g, '""');
    for (const raw of line.split(';')) {
      const statement = raw.trim();
      if (statement === '' || statement.startsWith('%%') || FLOW_NON_NODE.test(statement)) continue;
      const sub = /^subgraph\s+([^\s[({]+)/.exec(statement);
      if (sub) {
        subgraphs.add(sub[1]!);
        continue;
      }
      const bare = stripShapes(statement.replace(/\|[^|]*\|/g, ' ')).replace(FLOW_TEXT_LINK, ' --> ');
      for (const end of bare.split(FLOW_LINK)) {
        for (const part of end.split('&')) {
          const id = /^[\p{L}\p{N}_$.-]+/u.exec(part.trim().replace(/:::[\w-]+$/, ''))?.[0];
          if (id && !nodes.includes(id)) nodes.push(id);
        }
      }
    }
  }
  return nodes.filter((id) => !subgraphs.has(id));
}

/**
 * A statement without its node shapes' text (`[…]`, `(…)`, `{…}`, `[[…]]`, `((…))`, `{{…}}`,
 * `>…]`, `@{ … }`): what is left is ids and links.
 */
function stripShapes(statement: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < statement.length; i++) {
    const c = statement[i]!;
    const prev = statement[i - 1] ?? '';
    const opens = c === '[' || c === '(' || c === '{' || (c === '>' && /[\p{L}\p{N}_]/u.test(prev) && depth === 0);
    if (opens && (depth > 0 || /[\p{L}\p{N}_@\])}]/u.test(prev))) {
      depth++;
      continue;
    }
    if (depth > 0) {
      if (c === '[' || c === '(' || c === '{') depth++;
      else if (c === ']' || c === ')' || c === '}') depth--;
      continue;
    }
    out += c;
  }
  return out;
}

// ---------------------------------------------------------------- erDiagram

const ER_NAME = String.raw`(?:"[^"]*"|[\p{L}\p{N}_][\p{L}\p{N}_-]*)`;
const ER_ALIAS = String.raw`(?:\[(?:"[^"]*"|[^\]]*)\])?`;
const ER_CLASS = String.raw`(?::::[\w-]+)?`;
/**
 * A relationship: two entities around a cardinality (`||--o{`, `}o..o|`, or Mermaid's words,
 * `one or more to zero or many`) and then `:` and a label.
 */
const ER_RELATIONSHIP = new RegExp(
  String.raw`^(${ER_NAME})${ER_ALIAS}${ER_CLASS}\s*(\S.*?)\s*(${ER_NAME})${ER_ALIAS}${ER_CLASS}\s*:`,
  'u',
);
const ER_CARDINALITY = /--|\.\.|\bto\b/;
const ER_ENTITY = new RegExp(String.raw`^(${ER_NAME})${ER_ALIAS}${ER_CLASS}\s*(\{.*)?$`, 'u');
const ER_NON_ENTITY = /^(style|classDef|class|direction|title|accTitle|accDescr)\b/;

function erEntities(body: string[]): string[] {
  const entities: string[] = [];
  const add = (name: string) => {
    const n = name.replace(/^"(.*)"$/, '$1');
    if (!entities.includes(n)) entities.push(n);
  };
  let inBlock = false;
  for (const raw of body) {
    const line = raw.trim();
    if (inBlock) {
      if (line.replace(/"[^"]*"/g, '').includes('}')) inBlock = false;
      continue;
    }
    if (line === '' || line.startsWith('%%') || ER_NON_ENTITY.test(line)) continue;
    const rel = ER_RELATIONSHIP.exec(line);
    if (rel && ER_CARDINALITY.test(rel[2]!)) {
      add(rel[1]!);
      add(rel[3]!);
      continue;
    }
    const entity = ER_ENTITY.exec(line);
    if (entity) {
      add(entity[1]!);
      const block = entity[2];
      if (block !== undefined && !block.replace(/"[^"]*"/g, '').includes('}')) inBlock = true;
    }
  }
  return entities;
}
