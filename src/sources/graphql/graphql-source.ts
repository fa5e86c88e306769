import type { Diagnostic } from '../../facts/model.js';
import type { SourceKind } from '../source-kind.js';
import { isClientDocument } from './sniff-graphql.js';

const GRAPHQL = /\.(graphqls?|gql)$/i;
/** How many skipped client documents the notice names before it counts the rest. */
const NAMED_IN_NOTICE = 6;

/**
 * GraphQL schemas (SDL) in `.graphql`, `.graphqls` and `.gql` files, one schema split over many
 * files. Frontends keep their queries in such files too: those hold no type definitions and are
 * dropped before extraction, with one notice for all of them.
 */
export const graphqlSource = {
  name: 'graphql',
  label: 'GraphQL schemas',
  stage: 'openapi',
  area: 'api',
  configKey: 'contracts',
  fileName: GRAPHQL,
  forcedBy: (file, matches) =>
    GRAPHQL.test(file) && (matches(file) || matches(file.slice(0, Math.max(0, file.lastIndexOf('/'))))),
  detect: (c) => GRAPHQL.test(c.base),
  select(files, text) {
    const client = files.filter((f) => isClientDocument(text(f)));
    const skipped = new Set(client);
    return {
      files: files.filter((f) => !skipped.has(f)),
      diagnostics: client.length > 0 ? [clientNotice(client)] : [],
    };
  },
  async extract({ files, text }) {
    const { extractGraphql } = await import('./extract-graphql.js');
    const r = await extractGraphql(files, text);
    return { facts: { api: r.facts }, diagnostics: r.diagnostics };
  },
  changeGroups: [{ prefix: 'gql:', title: 'GraphQL API' }],
} satisfies SourceKind;

function clientNotice(files: string[]): Diagnostic {
  const named = files.slice(0, NAMED_IN_NOTICE).join(', ');
  const more = files.length > NAMED_IN_NOTICE ? `, and ${files.length - NAMED_IN_NOTICE} more` : '';
  return {
    severity: 'notice',
    stage: 'openapi',
    file: files[0]!,
    message:
      `${files.length} GraphQL file${files.length === 1 ? '' : 's'} holding only client operations and ` +
      `fragments (${named}${more}) ${files.length === 1 ? 'was' : 'were'} not read as a schema`,
  };
}
