// Tells a schema file (SDL: `type`, `extend type`, `scalar` …) from a client document (`query`,
// `mutation`, `fragment`) without loading the parser: discovery asks this of every `.graphql` file
// of a repository, and frontends keep hundreds of queries in such files.

/** Words that open a type-system definition or extension. */
const SDL_KEYWORDS = new Set([
  'schema',
  'scalar',
  'type',
  'interface',
  'union',
  'enum',
  'input',
  'directive',
  'extend',
]);
/** Words that open an executable definition (a client operation or fragment). */
const EXECUTABLE_KEYWORDS = new Set(['query', 'mutation', 'subscription', 'fragment']);

export interface DefinitionCounts {
  /** Type-system definitions and extensions. */
  sdl: number;
  /** Operations and fragments, including an anonymous `{ … }` query. */
  executable: number;
}

/**
 * Counts the top-level definitions of a GraphQL document by their opening word. Comments, strings
 * and everything inside brackets are skipped, so a field named `type` or a `"""query"""`
 * description is not taken for a definition.
 */
export function countDefinitions(text: string): DefinitionCounts {
  const counts: DefinitionCounts = { sdl: 0, executable: 0 };
  let depth = 0;
  // At the start of the text or right after a definition's closing brace, a `{` is an anonymous query.
  let atDefinitionStart = true;
  let afterExtend = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '#') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '"') {
      i = skipString(text, i);
    } else if (c === '{' || c === '(' || c === '[') {
      if (c === '{' && depth === 0 && atDefinitionStart) counts.executable++;
      depth++;
      atDefinitionStart = false;
      i++;
    } else if (c === '}' || c === ')' || c === ']') {
      depth = Math.max(0, depth - 1);
      if (c === '}' && depth === 0) atDefinitionStart = true;
      i++;
    } else if (/[A-Za-z_]/.test(c)) {
      let end = i + 1;
      while (end < text.length && /\w/.test(text[end]!)) end++;
      const word = text.slice(i, end);
      // A name right after `$` or `@` is a variable or directive, never a keyword.
      const prefixed = i > 0 && (text[i - 1] === '$' || text[i - 1] === '@');
      if (depth === 0 && !prefixed) {
        // `extend type X` is one definition: the word after `extend` is not counted again.
        if (SDL_KEYWORDS.has(word) && !afterExtend) counts.sdl++;
        else if (EXECUTABLE_KEYWORDS.has(word) && atDefinitionStart) counts.executable++;
      }
      atDefinitionStart = false;
      afterExtend = word === 'extend';
      i = end;
    } else {
      i++;
    }
  }
  return counts;
}

/** A document of operations and fragments only: client code, not a schema. */
export function isClientDocument(text: string): boolean {
  const counts = countDefinitions(text);
  return counts.executable > 0 && counts.sdl === 0;
}

/** The index just past a string or block string that starts at `start`. */
function skipString(text: string, start: number): number {
  if (text.startsWith('"""', start)) {
    let i = start + 3;
    while (i < text.length) {
      if (text.startsWith('\\"""', i)) i += 4;
      else if (text.startsWith('"""', i)) return i + 3;
      else i++;
    }
    return text.length;
  }
  let i = start + 1;
  while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}
