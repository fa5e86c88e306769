// Rule `link-scheme`: links, images and link definitions must point at an `https://` URL or at a path
// relative to the document (no scheme, not `//host`, not `/rooted`), and a relative path must not
// climb out of the repository (see `MAX_PARENT_SEGMENTS`). GFM turns bare `www.x` / `http://x` /
// `a@b.c` text into links: those are checked too.

import { posix } from 'node:path';
import type { Definition, Image, Link, Nodes } from '../../markdown/mdast.js';
import { clip, code, plainText } from './text.js';

/**
 * Without `docFile`, how many `..` segments a relative link may climb in total. Generated docs live
 * at most three folders down (`docs/architecture/runbooks/x.md`), and their generated source links
 * climb exactly that far to reach `deploy/…`, `db/…`; a deeper climb leaves any sane repository.
 */
export const MAX_PARENT_SEGMENTS = 3;

/** What is wrong with a link, image or link definition, or undefined when it is fine. */
export function linkMessage(
  node: Link | Image | Definition,
  markdown: string,
  docFile: string | undefined,
): string | undefined {
  const what =
    node.type === 'image'
      ? 'image'
      : node.type === 'definition'
        ? `link definition \`[${node.label ?? node.identifier}]:\``
        : 'link';
  const literal = node.type === 'link' && isAutolinkLiteral(markdown, node) ? plainText(node) : undefined;
  return urlProblem(node.url, what, literal, docFile);
}

/** A GFM autolink literal (`www.x`, `http://x`, `a@b.c` in plain text): its source is not `[…](…)` or `<…>`. */
function isAutolinkLiteral(markdown: string, node: Nodes): boolean {
  const start = node.position?.start.offset;
  if (start === undefined) return false;
  const c = markdown[start];
  return c !== '[' && c !== '<';
}

/** Why a link target is not allowed, or undefined when it is fine. */
function urlProblem(
  rawUrl: string,
  what: string,
  literal: string | undefined,
  docFile: string | undefined,
): string | undefined {
  // Browsers drop ASCII whitespace and control characters from URLs (`java\tscript:` is `javascript:`).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are exactly what this strips
  const url = rawUrl.replace(/[\u0000-\u0020\u007f]+/g, '');
  const shown = clip(rawUrl, 60);
  const allowed = 'only `https://` URLs and paths relative to this document are allowed';
  if (url === '') {
    return `${what} has no target; link to a repository file by relative path or to an \`https://\` URL`;
  }
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (scheme === 'https') {
      if (/^https:\/\/[^/\\?#]+/i.test(url)) return undefined;
      return `${what} ${code(shown)} is not a valid \`https://host/…\` URL`;
    }
    if (literal !== undefined) {
      const bare = code(clip(literal, 60));
      return scheme === 'mailto'
        ? `the bare address ${bare} becomes a \`mailto:\` link; put it in backticks`
        : `the bare URL ${bare} becomes an \`${scheme}:\` link; write it as \`https://…\` or put it in backticks`;
    }
    const https = scheme === 'http' ? ' (use `https://`)' : '';
    return `${what} ${code(shown)} uses the \`${scheme}:\` scheme; ${allowed}${https}`;
  }
  if (/^[/\\]{2}/.test(url)) return `${what} ${code(shown)} is protocol-relative; write the full \`https://\` URL`;
  if (/^[/\\]/.test(url)) {
    const instead = 'use a path relative to this document (`../…`) or an `https://` URL';
    return `${what} ${code(shown)} is an absolute path; ${instead}`;
  }
  return climbProblem(url, what, shown, docFile);
}

/** A relative path that climbs out of the repository (or, without `docFile`, too far up). */
function climbProblem(url: string, what: string, shown: string, docFile: string | undefined): string | undefined {
  let path = url.replace(/[?#].*$/s, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape stays as written; it cannot decode to `..` then.
  }
  const segments = path.split(/[/\\]+/);
  const folder = docFile ? posix.dirname(docFile.replace(/\\/g, '/')) : '';
  const base = docFile ? folder.split('/').filter((s) => s !== '' && s !== '.') : [];
  let depth = base.length;
  let lowest = depth;
  for (const s of segments) {
    if (s === '..') depth--;
    else if (s !== '' && s !== '.') depth++;
    lowest = Math.min(lowest, depth);
  }
  const floor = docFile ? 0 : -MAX_PARENT_SEGMENTS;
  if (lowest >= floor) return undefined;
  return docFile
    ? `${what} ${code(shown)} climbs above the repository root; link to a file inside the repository`
    : `${what} ${code(shown)} climbs more than ${MAX_PARENT_SEGMENTS} folders up; link to a file inside the repository`;
}
