import type { Diagnostic, FactModel } from '../facts/model.js';
import { parseBlocks } from './managed-blocks.js';
import { mergeDocument } from './merge-document.js';
import { stringify } from './markdown.js';
import type { PlannedDoc } from './plan-docs.js';
import { agentPlaceholder, holdsNoModelText } from './sections/agent-placeholder.js';
import type { ServiceGroup } from './sections/section-context.js';
import { SECTIONS } from './sections/section-registry.js';

export interface RenderedDoc {
  file: string;
  /** The full new text of the document. */
  text: string;
  /** The text on disk before this run (undefined: the file is new). */
  previous: string | undefined;
  /** Agent blocks that hold no model text because the run was offline. */
  needsModel: string[];
}

/**
 * Renders each planned document: computes the facts blocks, fills agent blocks offline with a
 * plain "needs the model" note (never over text a model wrote earlier), and merges the result
 * into the existing file so human text and hand-edited blocks survive.
 */
export function renderDocs(
  facts: FactModel,
  docsDir: string,
  planned: PlannedDoc[],
  services: ServiceGroup[],
  existing: Map<string, string | undefined>,
  opts: {
    force: boolean;
    /** Model-written bodies by doc and block id (online runs). */
    agentBodies?: Map<string, Map<string, string>>;
    /** Docs to leave exactly as they are (a model call for them failed). */
    frozenDocs?: Map<string, string>;
    /** The text on disk, when `existing` holds a version with new template blocks inserted. */
    onDisk?: Map<string, string | undefined>;
  },
): { docs: RenderedDoc[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const docs: RenderedDoc[] = [];
  for (const doc of planned) {
    const previous = existing.get(doc.file);
    const disk = opts.onDisk ? opts.onDisk.get(doc.file) : previous;
    if (disk !== undefined && opts.frozenDocs?.has(doc.file)) {
      docs.push({ file: doc.file, text: disk, previous: disk, needsModel: [] });
      continue;
    }
    const fromModel = opts.agentBodies?.get(doc.file);
    const current = previous !== undefined ? parseBlocks(previous) : undefined;
    const ids = new Set([
      ...parseBlocks(doc.template).blocks.map((b) => b.id),
      ...(current?.blocks.map((b) => b.id) ?? []),
    ]);
    const ctx = { facts, docFile: doc.file, docsDir, services, service: doc.service, adr: doc.adr };
    const bodies = new Map<string, string>();
    const needsModel: string[] = [];
    for (const id of ids) {
      const spec = SECTIONS[id];
      if (!spec) {
        diagnostics.push({
          severity: 'warning',
          stage: 'docs',
          file: doc.file,
          message: `unknown managed block id "${id}": left as it is`,
        });
        continue;
      }
      if (spec.kind === 'facts') {
        bodies.set(id, stringify(spec.render(ctx)));
        continue;
      }
      const written = fromModel?.get(id);
      if (written !== undefined) {
        bodies.set(id, written);
        continue;
      }
      const held = current?.blocks.find((b) => b.id === id);
      if (!held || holdsNoModelText(held.body)) {
        bodies.set(id, stringify(agentPlaceholder(spec.purpose)));
        needsModel.push(id);
      }
    }
    const merged = mergeDocument(previous, doc.template, bodies, { force: opts.force, existingBlocks: current });
    for (const c of merged.conflicts) {
      diagnostics.push({
        severity: 'warning',
        stage: 'docs',
        file: doc.file,
        line: c.line,
        message:
          `block "${c.id}" was edited by hand since it was generated: kept as it is ` +
          `(delete the block's hash or run with force to regenerate it)`,
      });
    }
    for (const p of merged.problems) {
      diagnostics.push({
        severity: 'warning',
        stage: 'docs',
        file: doc.file,
        line: p.line,
        message: `malformed managed block: ${p.message}`,
      });
    }
    docs.push({ file: doc.file, text: merged.text, previous: disk, needsModel });
  }
  return { docs, diagnostics };
}
