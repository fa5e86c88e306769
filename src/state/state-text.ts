import type { InputFile } from '../facts/model.js';

// The state file as text: one fact per line, sorted, so that two branches that each ran the action
// merge line by line, and so that its size grows with the number of generated sections and source
// references, not with the size of the fact model (the facts themselves are a cache, facts-cache.ts,
// or are read again from a commit's sources, change-base.ts). Only types are imported: the no-op
// run reads this file before anything heavy is loaded.

export const STATE_TEXT_VERSION = 2;

/** What the state file remembers of each agent-written section. */
export interface SectionState {
  /** Digest of everything the text was written from. */
  digest: string;
  model: string;
}

export interface StateRecord {
  generator: string;
  /** Digest of everything extraction depends on: generator version, source config, input hashes. */
  extractionKey: string;
  /**
   * The commit whose sources the facts were read from, when every input was as committed there:
   * a later run with no cached facts reads that commit's sources to know what changed since.
   */
  commit?: string;
  /** How many diagnostics the run reported: a no-op run says they still stand. */
  diagnostics: number;
  /** Inputs read through references (an OpenAPI `$ref`), which discovery cannot find on its own. */
  referenced: InputFile[];
  /** Agent-written sections by `file#blockId`: what each was written from, so unchanged ones cost nothing. */
  sections: Record<string, SectionState>;
  /** The managed blocks each doc had after the run: a block missing later was deleted by a person. */
  blocks: Record<string, string[]>;
  /**
   * Digest of everything the run's output depends on (run-key.ts), written only by a run that
   * finished every section: a later run that computes the same key has nothing to do.
   */
  runKey?: string;
  /** Digest of the docs folder as that run left it (run-key.ts). */
  docsKey?: string;
  /** Sections the run left to the model (offline, over budget, failed): a run that may call it has work. */
  modelPending?: boolean;
}

const HEADER =
  '# Architect Docs state: what the last run read and wrote. Written by the action; on a merge conflict\n' +
  '# keep either side (the next run checks every line against the sources and rewrites the file).\n';

/** Stable bytes: fixed field order, sections and blocks sorted by key, so an unchanged state diffs as unchanged. */
export function formatState(s: StateRecord): string {
  const lines = [
    `version ${STATE_TEXT_VERSION}`,
    `generator ${word(s.generator)}`,
    `extraction-key ${word(s.extractionKey)}`,
  ];
  if (s.commit) lines.push(`commit ${word(s.commit)}`);
  lines.push(`diagnostics ${s.diagnostics}`);
  if (s.runKey) lines.push(`run-key ${word(s.runKey)}`);
  if (s.docsKey) lines.push(`docs-key ${word(s.docsKey)}`);
  if (s.modelPending) lines.push('model-pending');
  for (const i of [...s.referenced].sort((a, b) => compare(a.file, b.file)))
    lines.push(`referenced ${word(i.kind)} ${word(i.sha256)} ${word(i.file)}`);
  for (const key of Object.keys(s.sections).sort(compare)) {
    const section = s.sections[key]!;
    lines.push(`section ${word(section.digest)} ${word(section.model)} ${word(key)}`);
  }
  for (const file of Object.keys(s.blocks).sort(compare))
    lines.push(['blocks', word(file), ...s.blocks[file]!.map(word)].join(' '));
  return `${HEADER}${lines.join('\n')}\n`;
}

/**
 * A state file's text as a record, or undefined when it is not one this release can use (another
 * version, not the line format, a required field missing). Unknown lines are skipped: a later
 * release may add some, and what this one knows still holds.
 */
export function parseStateText(text: string): StateRecord | undefined {
  const record: Partial<StateRecord> & Pick<StateRecord, 'referenced' | 'sections' | 'blocks'> = {
    referenced: [],
    sections: {},
    blocks: {},
  };
  let version: number | undefined;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [field, ...words] = line.split(' ').map(unword);
    switch (field) {
      case 'version':
        version = Number(words[0]);
        break;
      case 'generator':
        record.generator = words[0];
        break;
      case 'extraction-key':
        record.extractionKey = words[0];
        break;
      case 'commit':
        record.commit = words[0];
        break;
      case 'diagnostics':
        record.diagnostics = Number(words[0]) || 0;
        break;
      case 'run-key':
        record.runKey = words[0];
        break;
      case 'docs-key':
        record.docsKey = words[0];
        break;
      case 'model-pending':
        record.modelPending = true;
        break;
      case 'referenced':
        if (words.length === 3)
          record.referenced.push({ kind: words[0]!, sha256: words[1]!, file: words[2]!, referenced: true });
        break;
      case 'section':
        if (words.length === 3) record.sections[words[2]!] = { digest: words[0]!, model: words[1]! };
        break;
      case 'blocks':
        if (words.length >= 1) record.blocks[words[0]!] = words.slice(1);
        break;
    }
  }
  if (version !== STATE_TEXT_VERSION || !record.generator || !record.extractionKey) return undefined;
  return { diagnostics: 0, ...record } as StateRecord;
}

// Paths and block ids may hold spaces: the few bytes that would break a line or a word are
// percent-encoded, and so is `%` itself, so every word decodes back to what it was.
function word(value: string): string {
  return value.replace(/[% \t\n\v\f\r]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
}

function unword(value: string): string {
  return value.replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
