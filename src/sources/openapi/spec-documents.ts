// The files one extraction run reads for its OpenAPI documents, and `$ref` resolution among them.
//
// The facts need a few levels of each document (path items, operations, parameters, bodies,
// responses, named schemas), reached through refs. Resolving those refs on demand, over the
// plain objects `JSON.parse` (or the YAML reader) made, is what keeps a 13 MB description cheap:
// Redocly's bundler builds its own YAML tree of the whole text and walks every node, which costs
// more than everything else together and tells the facts nothing more.
//
// Only files inside the repository are read, never the network: a docs run must not depend on
// somebody else's server, and `$ref: ../../../../etc/passwd` in a pull request must not pull
// runner files into generated docs.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { normalizeText } from '../common/decode-text.js';
import { repoContainment } from '../common/repo-containment.js';
import { pointerLinesFor, pointerSegments, type PointerLines } from './pointer-lines.js';

/** A node together with where it was found: needed to resolve refs relative to it and to cite it. */
export interface Located {
  node: unknown;
  absoluteRef: string;
  pointer: string[];
}

/** A parsed file: its text, positions and value. */
export interface SpecFile {
  text: string;
  lines: PointerLines;
  parsed: unknown;
}

/** A ref chain longer than this is a loop (`a` → `b` → `a`) or as good as one. */
const MAX_REF_HOPS = 32;

export class SpecDocuments {
  private readonly files = new Map<string, SpecFile | { error: string }>();
  private readonly isInside: (file: string) => boolean;
  /**
   * Every failed resolution, counted each time (a spec meeting a known-bad ref again is flagged
   * too). The reader only needs to know that one failed: the lint it then runs says which and why.
   */
  failureCount = 0;

  constructor(repoRoot: string) {
    this.isInside = repoContainment(repoRoot);
  }

  /** Registers a root document the caller has already read and parsed. */
  add(absoluteRef: string, file: SpecFile): void {
    this.files.set(absoluteRef, file);
  }

  /** Every file read, by absolute path (roots and referenced ones). */
  loaded(): Map<string, SpecFile> {
    const out = new Map<string, SpecFile>();
    for (const [path, file] of this.files) if (!('error' in file)) out.set(path, file);
    return out;
  }

  file(absoluteRef: string): SpecFile | undefined {
    const found = this.files.get(absoluteRef) ?? this.load(absoluteRef);
    return 'error' in found ? undefined : found;
  }

  /**
   * Follows `$ref`s from a node to what they name, keeping track of file and pointer. `undefined`
   * when the node is absent or a ref on the way names nothing (counted in `failureCount`).
   */
  follow(at: Located): Located | undefined {
    let current = at;
    for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
      const node = current.node;
      if (node === undefined) return undefined;
      if (!isRecord(node) || typeof node.$ref !== 'string') return current;
      const next = this.target(current, node.$ref);
      if (!next) return undefined;
      current = next;
    }
    // the chain of refs never reaches a definition
    this.fail();
    return undefined;
  }

  /** One step: what the `$ref` at `at` names, or `at` itself when it holds no ref. */
  hop(at: Located): Located | undefined {
    const node = at.node;
    if (!isRecord(node) || typeof node.$ref !== 'string') return at;
    return this.target(at, node.$ref);
  }

  /** What one `$ref` (written in the object at `at`) names. */
  private target(at: Located, ref: string): Located | undefined {
    const hash = ref.indexOf('#');
    const path = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? '' : ref.slice(hash + 1);
    let absoluteRef = at.absoluteRef;
    if (path !== '') {
      if (/^[a-z][a-z0-9+.-]*:/i.test(path)) {
        // remote reference not fetched: only files in the repository are read
        this.fail();
        return undefined;
      }
      let decoded = path;
      try {
        decoded = decodeURI(path);
      } catch {
        // a literal `%`: use the path as written
      }
      absoluteRef = resolve(dirname(at.absoluteRef), decoded);
      if (!this.isInside(absoluteRef)) {
        // the file is outside the repository; not read
        this.fail();
        return undefined;
      }
    }
    const file = this.files.get(absoluteRef) ?? this.load(absoluteRef);
    if ('error' in file) {
      this.fail();
      return undefined;
    }
    const pointer = pointerSegments(fragment);
    let node: unknown = file.parsed;
    for (const segment of pointer) {
      if (Array.isArray(node)) node = /^\d+$/.test(segment) ? node[Number(segment)] : undefined;
      else if (isRecord(node)) node = Object.hasOwn(node, segment) ? node[segment] : undefined;
      else node = undefined;
      if (node === undefined) {
        // no such location in the document
        this.fail();
        return undefined;
      }
    }
    return { node, absoluteRef, pointer };
  }

  private load(absoluteRef: string): SpecFile | { error: string } {
    let loaded: SpecFile | { error: string };
    try {
      // A byte-order mark is legal in the file but not in JSON; lines are unaffected by dropping it.
      const text = normalizeText(readFileSync(absoluteRef, 'utf8'));
      const lines = pointerLinesFor(text);
      const errors = lines.errors();
      loaded =
        errors.length > 0
          ? { error: `the file is not valid YAML/JSON (line ${errors[0]!.line ?? 1}: ${errors[0]!.message})` }
          : { text, lines, parsed: lines.toJS() };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      loaded = {
        error: code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'a folder, not a file' : 'unreadable',
      };
    }
    this.files.set(absoluteRef, loaded);
    return loaded;
  }

  private fail(): void {
    this.failureCount++;
  }
}

export function child(at: Located, key: string): Located {
  const node = at.node;
  let value: unknown;
  if (Array.isArray(node)) value = node[Number(key)];
  else if (isRecord(node)) value = Object.hasOwn(node, key) ? node[key] : undefined;
  return { node: value, absoluteRef: at.absoluteRef, pointer: [...at.pointer, key] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
