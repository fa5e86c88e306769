// Grounding: does every name the model wrote exist in the facts? Deterministic, exact matching, no
// model. The text is parsed (remark + GFM) and mentions are pulled out of the mdast; each is looked
// up in the shared index of the fact model (src/facts/index).
//
// What counts as a mention (everything else is prose and is not checked):
//
//   Prose (text, headings, table cells, link text):
//     - `METHOD /path` (or `METHOD https://host/path`) anywhere                         → endpoint
//     - "x_y table" / "x_y view" / "x_y column" / "public.x_y" in plain words, only when the word
//       looks like an identifier (has `_` or `.`) or is a known table; "foo-api service" (and
//       deployment, container, queue …) when the word ends in a service-like part (`-api`, `-worker` …)
//       or has `_`                                                                → table / column / component
//   Inline code spans:
//     - `METHOD /path`                                                                     → endpoint
//     - a bare `/path` that is an API path (has a `{param}`, or its first segment is one of the
//       API's first segments, or it starts with a server base path); other `/paths` are files → endpoint
//     - a span followed or preceded by a kind word — "`x` table", "table `x`", "tables `a` and `b`",
//       "`x` column", "`x` service / deployment / container / pod / queue / bucket / cluster /
//       instance / namespace …", "`x` header / parameter / tag / operation / index / constraint /
//       scheme / variable / status" — is checked as that kind (strictly: a table called a service is
//       unknown)                                                                            → by the kind word
//     - `schema.table` (first part a known schema) / `table.column` (first part a known table) /
//       `schema.table.column`                                                               → table / column
//     - `table(col, col)` with a known table                                                → column
//     - component references: `name`, `namespace/name`, `kind/name` (kubectl kinds and short
//       names), `Kind/namespace/name`, Terraform `type.name` (and `type.name.attribute`), fact ids,
//       `name.namespace.svc(.cluster.local)`, `name:port`                                  → component
//     - `$VAR` / `${VAR}` (the variable), `Header-Name: value` (the header), media types     → name
//     - gRPC `pkg.Service/Method`, `Service/Method`, `/pkg.Service/Method`; GraphQL `Query.field`
//       (`Mutation.…`, `Subscription.…`, or the schema's own root names); a known AsyncAPI channel
//       address or name (`orders.eu.created` is on `orders.{region}.created`) or gRPC service. Only
//       for a protocol the facts hold operations of (else it cannot be told invented from unread);
//       an unknown channel or service is left to the rules below                     → endpoint
//     - any other single identifier-like span (`^[A-Za-z_][A-Za-z0-9_.:/-]*$`) that carries an
//       identifier signal (`_ - . : /`, a digit, or camelCase). Plain words in one case style
//       (`pending`, `Deployment`, `SELECT`) are indistinguishable from English or keywords, so they
//       are mentions only when known or when a kind word (above) makes them a claim          → name
//     - multi-word spans (commands, SQL): only the typed patterns below, as in code blocks.
//   Fenced / indented code blocks (and multi-word inline code). The code is never judged as prose;
//   only these typed patterns are read:
//     - `METHOD /path` and `curl` lines (method from `-X`/`--request`, `-d` → POST, else GET; URL
//       on a server host, localhost/a component with a known port, or `$VAR/…`)          → endpoint
//     - kubectl: `kind/name`, `kubectl <verb> <kind> <name>`, `-n <namespace>`              → component
//     - docker compose: the service names after `logs/restart/exec/…`                      → component
//     - terraform: `-target=type.name`, `state show type.name`                               → component
//     - SQL: relations after FROM / JOIN / UPDATE / INTO / TABLE / VIEW / COPY / VACUUM / ANALYZE
//       and psql `\d name`, in blocks tagged sql/psql/postgres (any case, literals and comments
//       blanked) or in shell blocks / inline code that contain psql or an UPPERCASE SQL verb
//       (UPPERCASE keywords only, `#` comment lines skipped). CTE names, tables the snippet itself
//       creates, functions (`FROM f(`), `pg_*` catalogs and `information_schema` are skipped → table
//     - grpcurl: the method it calls (`Service/Method`, `Service.Method`), the symbol after
//       `describe`/`list` (a service, method or message; `grpc.*`/`google.*` skipped)        → endpoint
//     - GraphQL operations, parsed by graphql-js: ```graphql blocks, gql`…` templates in JS/TS
//       blocks, and code spans starting with `query`/`mutation`/`subscription`; their root fields.
//       What does not parse is not read                                                    → endpoint
//     - blocks in other languages (yaml, json, hcl …) are read for `METHOD /path` only.
//     - nothing else: SQL columns, YAML keys, shell words are not checked.
//
// Known means the name exists in the facts, compared case-insensitively (PostgreSQL folds unquoted
// names, HTTP headers are case-insensitive). "Names in the facts" is broad: tables, views, columns,
// enums and their values, index and FK constraint names, operationIds, tags, parameter names,
// security schemes (and the header an apiKey scheme uses), content types, spec files/titles/servers,
// components in every reference form, namespaces, images (with and without tag; the tag; the bare
// image name for "the `redis` container"), env var names, edge notes, input files and their folders,
// migration files, and snake_case names spelled out in a migration's file name (the old name of a
// rename, `full_name` in `…_rename_customers_full_name.up.sql`). A span on `GENERIC_TERMS` /
// `GENERIC_PATTERNS` (`pg_stat_activity`, `Retry-After`, `readinessProbe` …) is not a mention at all.
// Endpoints match an operation with the same method whose path is equal ignoring path-parameter
// names (`{id}` = `{orderId}` = `:id` = `<id>`); a concrete value (a number, a UUID, anything with a
// digit) also matches a parameter; a server base path (`/v1`) may be included or left out; `/x/*`
// and `/x/...` match any operation below `/x`.

import type { Nodes } from 'mdast';
import type { FactModel } from '../../facts/model.js';
import { parseMarkdown } from '../markdown/check-markdown.js';
import { codeBlockMentions } from './code-mentions.js';
import { UNKNOWN_CODE_NOTE, type GroundingOptions, type GroundingResult } from './grounding-types.js';
import { KnownFacts } from './known-facts.js';
import { MentionCollector } from './mention-collector.js';
import { phrasingMentions } from './phrasing-mentions.js';

export function checkGrounding(markdown: string, facts: FactModel, opts: GroundingOptions = {}): GroundingResult {
  const out = new MentionCollector(new KnownFacts(facts, opts.extraKnown), markdown, opts.commands, opts.sqlParser);
  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'code':
        codeBlockMentions(out, node);
        return;
      case 'html':
      case 'definition':
        return;
      case 'paragraph':
        // The note `markUnknownMentions` adds after a code block repeats the block's mentions.
        if (node.children[0]?.type === 'text' && node.children[0].value.startsWith(UNKNOWN_CODE_NOTE)) return;
        phrasingMentions(out, node);
        return;
      case 'heading':
      case 'tableCell':
        phrasingMentions(out, node);
        return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(parseMarkdown(markdown));
  const mentions = out.mentions.sort((a, b) => a.line - b.line || (a.end ?? 0) - (b.end ?? 0));
  const unknown = mentions.filter((m) => !m.known);
  return { mentions, unknown, ratio: mentions.length === 0 ? 1 : (mentions.length - unknown.length) / mentions.length };
}
