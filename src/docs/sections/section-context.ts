import { posix } from 'node:path';
import type { SignificantChange } from '../../facts/diff-facts.js';
import type { Component, FactModel, SourceLocation } from '../../facts/model.js';
import { link, type Inline } from '../markdown.js';

/** One deployable service, possibly deployed on several platforms (Compose and Kubernetes …). */
export interface ServiceGroup {
  name: string;
  /** File-name-safe form of the name, for `runbooks/<slug>.md`. */
  slug: string;
  components: Component[];
}

export interface SectionContext {
  facts: FactModel;
  /** Repo-relative path of the doc being rendered: links are made relative to it. */
  docFile: string;
  docsDir: string;
  services: ServiceGroup[];
  /** Set for a runbook. */
  service?: ServiceGroup;
  /** Set for an architecture decision record. */
  adr?: SignificantChange;
}

/** A relative link from the current doc to a source line (GitHub's `#L<n>` anchor). */
export function sourceLink(ctx: SectionContext, at: SourceLocation | undefined, label?: string): Inline {
  if (!at) return '—';
  const rel = posix.relative(posix.dirname(ctx.docFile), at.file);
  return link(`${rel}#L${at.line}`, label ?? `${at.file}:${at.line}`);
}

/** A relative link from the current doc to another file in the docs folder. */
export function docLink(ctx: SectionContext, docRelPath: string, label: string): Inline {
  const target = posix.join(ctx.docsDir, docRelPath);
  return link(posix.relative(posix.dirname(ctx.docFile), target), label);
}
