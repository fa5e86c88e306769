// One Compose file, parsed and interpolated: the value every later step (merging overrides,
// `extends`, `include`) works on, with the lines facts and diagnostics cite.
//
// Interpolation runs on the YAML nodes before `<<` merges are resolved, so a value shared through
// an anchor is interpolated once, and each unset variable is reported at the line it is written.

import { isMap, isPair, isScalar, LineCounter, Pair, parseDocument, Scalar, visit, YAMLMap } from 'yaml';
import type { Diagnostic } from '../../facts/model.js';
import { lineOfNode, pairOf, syntaxErrorDiagnostics } from '../common/yaml-positions.js';
import type { DotEnv } from './dot-env.js';
import { interpolate, type InterpolationIssue } from './interpolate.js';
import { type Json, OVERRIDE, RESET } from './merge-services.js';

/**
 * A file of this many alias expansions is an alias bomb, not a Compose file. Real ones come close:
 * Sentry's self-hosted compose file expands its 134 `<<: *defaults` merges past 1,000.
 */
const MAX_ALIAS_COUNT = 20_000;

export interface ComposeFile {
  file: string;
  root: Json;
  /** Line of each service's key in `services:`. */
  serviceLines: Map<string, number>;
  /** Line of each `include:` entry, in order. */
  includeLines: number[];
}

/**
 * Parses and interpolates `text`; undefined (with diagnostics) when it is not readable YAML.
 * `interpolation: false` reads values as written (the quick look for `include`/`extends` paths).
 */
export function readComposeFile(
  file: string,
  text: string,
  env: DotEnv | false,
  diagnostics: Diagnostic[],
): ComposeFile | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, merge: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    diagnostics.push(...syntaxErrorDiagnostics(file, doc, lineCounter));
    return undefined;
  }
  if (env) interpolateDocument(file, doc, lineCounter, env, diagnostics);
  markResetAndOverride(doc);
  let root: unknown;
  try {
    root = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // e.g. an alias to an undefined anchor, or an alias bomb past the limit.
    const message = error instanceof Error ? error.message : String(error);
    diagnostics.push({ severity: 'error', stage: 'infra', file, line: 1, message: `cannot read YAML: ${message}` });
    return undefined;
  }
  const serviceLines = new Map<string, number>();
  const servicesNode = pairOf(doc.contents, 'services')?.value;
  if (isMap(servicesNode)) {
    for (const item of (servicesNode as YAMLMap).items) {
      if (isPair(item) && isScalar(item.key))
        serviceLines.set(String(item.key.value), lineOfNode(lineCounter, item.key));
    }
  }
  const includeNode = pairOf(doc.contents, 'include')?.value as { items?: unknown[] } | undefined;
  const includeLines = (includeNode?.items ?? []).map((n) => lineOfNode(lineCounter, n));
  const record = typeof root === 'object' && root !== null && !Array.isArray(root) ? (root as Json) : {};
  return { file, root: record, serviceLines, includeLines };
}

/**
 * Compose's merge tags: `ports: !reset []` removes what the file it is merged over set, and
 * `environment: !override {…}` replaces it instead of merging. The tags become markers the merge
 * reads (merge-services.ts); `yaml` itself would only warn about them.
 */
function markResetAndOverride(doc: ReturnType<typeof parseDocument>): void {
  visit(doc, {
    Pair(_, pair) {
      const value = pair.value as { tag?: string } | null;
      if (value?.tag === '!reset') pair.value = new Scalar(RESET);
      else if (value?.tag === '!override') {
        value.tag = undefined;
        const wrapper = new YAMLMap();
        wrapper.items.push(new Pair(new Scalar(OVERRIDE), value));
        pair.value = wrapper;
      }
    },
  });
}

function interpolateDocument(
  file: string,
  doc: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
  env: DotEnv,
  diagnostics: Diagnostic[],
): void {
  const lookup = (name: string) => env.usable.get(name);
  // Variables a deployment sets (`${POSTGRES_PASSWORD:?}` in a production file) are the normal case,
  // not a fault of the file: one notice per file names them, at the first line that uses one.
  const unset = new Map<string, { line: number; required: boolean }>();
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string' || !node.value.includes('$')) return;
      const issues: InterpolationIssue[] = [];
      node.value = interpolate(node.value, lookup, issues);
      const line = lineOfNode(lineCounter, node);
      for (const issue of issues) {
        if (issue.kind === 'syntax') {
          diagnostics.push(issueDiagnostic(file, line, issue));
          continue;
        }
        const seen = unset.get(issue.variable);
        unset.set(issue.variable, {
          line: seen?.line ?? line,
          required: (seen?.required ?? false) || issue.kind === 'required',
        });
      }
    },
  });
  if (unset.size === 0) return;
  const names = [...unset.keys()];
  const required = names.filter((n) => unset.get(n)!.required);
  const withheld = names.filter((n) => env.withheld.has(n));
  const shown =
    names
      .slice(0, 12)
      .map((n) => `\`${n}\``)
      .join(', ') + (names.length > 12 ? ', …' : '');
  diagnostics.push({
    severity: 'notice',
    stage: 'infra',
    file,
    line: Math.min(...[...unset.values()].map((u) => u.line)),
    message:
      `${names.length} variable(s) not set in .env, so set where it is deployed: ${shown}` +
      (required.length ? `; ${required.length} required (\`:?\`)` : '') +
      (withheld.length ? `; ${withheld.length} with a secret-looking name whose .env value is not read` : '') +
      '; read as their defaults or blank',
  });
}

function issueDiagnostic(file: string, line: number, issue: InterpolationIssue): Diagnostic {
  return {
    stage: 'infra',
    file,
    line,
    severity: 'warning',
    message: `invalid interpolation \`${issue.variable}\`; left as written`,
  };
}
