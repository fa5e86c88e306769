import type { Nodes, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/checks/markdown/check-markdown.js';
import type { ApiChange } from '../../src/facts/model.js';
import { apiChangeLines } from '../../src/report/run-summary.js';

// The job summary's "API changes" table: one row per change, as GitHub renders it (GFM), the
// breaking ones counted in the heading; no section at all when nothing changed.

const REMOVED: ApiChange = {
  rule: 'api-removed-without-deprecation',
  level: 'error',
  protocol: 'http',
  id: 'op:DELETE /orders/{orderId}',
  message: 'DELETE /orders/{orderId}: removed without a deprecation',
  source: { file: 'api/openapi.yaml', line: 16 },
};
const RPC_ADDED: ApiChange = {
  rule: 'RPC_ADDED',
  level: 'info',
  protocol: 'grpc',
  id: 'rpc:shop.v1.OrderService/ListOrders',
  // A pipe and a line break in a message must not break the table.
  message: 'ListOrders added | streaming\nfrom the server',
};
const UNION: ApiChange = {
  rule: 'TYPE_REMOVED_FROM_UNION',
  level: 'warning',
  protocol: 'graphql',
  id: 'schema:schema/search.graphql#SearchResult',
  message: 'Account was removed from SearchResult',
  source: { file: 'schema/search.graphql', line: 3 },
};

/** The text a reader sees in a node: its text and code, markup dropped. */
function textOf(node: Nodes): string {
  if ('value' in node) return node.value;
  return 'children' in node ? node.children.map((c) => textOf(c as Nodes)).join('') : '';
}

function tableOf(lines: string[]): Table {
  const tree = parseMarkdown(lines.join('\n'));
  const table = tree.children.find((n) => n.type === 'table');
  if (!table) throw new Error(`no table in:\n${lines.join('\n')}`);
  return table;
}

describe('run summary: API changes', () => {
  it('renders nothing when there are no changes', () => {
    expect(apiChangeLines([])).toEqual([]);
  });

  it('has a heading counting the breaking changes and one table row per change, in order', () => {
    const changes = [REMOVED, UNION, RPC_ADDED];
    const lines = apiChangeLines(changes);
    expect(lines[0]).toBe('### API changes (1 breaking, 2 to review)');
    const rows = tableOf(lines).children.map((row) => row.children.map((cell) => textOf(cell)));
    expect(rows[0]).toEqual(['Level', 'Rule', 'About', 'Change']);
    expect(rows.slice(1)).toEqual(
      changes.map((c) => [
        c.level,
        c.rule,
        c.id,
        `${c.message.replace(/\n/g, ' ')}${c.source ? ` (${c.source.file}:${c.source.line})` : ''}`,
      ]),
    );
  });

  it('counts every error as breaking', () => {
    const second = { ...REMOVED, id: 'op:GET /health', message: 'GET /health: removed' };
    expect(apiChangeLines([REMOVED, second])[0]).toBe('### API changes (2 breaking, 0 to review)');
  });
});
